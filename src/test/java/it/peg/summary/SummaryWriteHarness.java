package it.peg.summary;

import it.peg.bench.DirectFiller;
import it.peg.bench.SyntheticPlan;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookFileNames;
import it.peg.generate.WorkbookTemplate;
import it.peg.readback.XlsxReturnedWorkbookReader;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: a measurement of the summary and CSV writers on a synthetic consolidation (issue 6). Builds a
 * ConsolidationResult for N services once (the filled workbooks are cached under {@code dir}), then times
 * {@link SummaryWorkbookWriter#write} and {@link CsvExporter#write} over several rounds, with the live heap
 * (heap used after each collection, minus what was live before writing).
 *
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) it.peg.summary.SummaryWriteHarness 2000 5 /tmp/peg-harness
 * java -Xmx320m -cp ... it.peg.summary.SummaryWriteHarness 10000 2 /tmp/peg-harness-10k both nofiles
 * </pre>
 * Arguments: services, rounds, folder (filled workbooks cached there), what to write (both, summary, csv, forms:
 * the Schede per la valutazione; all: the three; copied: the summary copied from an earlier one, then in full),
 * "nofiles" for a plan with no workbook delivered.
 */
public final class SummaryWriteHarness {
    /** The machine is shared: the writing thread's CPU time is the steadier figure (the writers use one thread). */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** All threads (the deflating one, GC, JIT): the work the machine did for a round. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SummaryWriteHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("fixture")) {
            Files.write(Path.of(args[1]), SummaryTestSupport.fixtureBytes());
            return;
        }
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Path.of(args.length > 2 ? args[2] : "/tmp/peg-harness-" + services);
        String only = args.length > 3 ? args[3] : "both";
        long t0 = System.nanoTime();
        ConsolidationResult result = args.length > 4 && args[4].equals("nofiles") ? planOnly(services)
                : build(services, dir);
        System.out.printf("consolidation of %d services: %.1f s, %d indicator rows, %d findings%n", services,
                (System.nanoTime() - t0) / 1e9, IndicatorRows.of(result).size(), result.findings().size());
        System.gc();
        long base = used();
        System.out.printf("live after consolidation: %d MB%n", base >> 20);
        Path out = dir.resolve("riepilogo.xlsx");
        Path csv = dir.resolve("indicatori.csv");
        if (only.equals("copied")) {
            copied(result, out, rounds);
            return;
        }
        for (int i = 0; i < rounds; i++) {
            if (!only.equals("csv") && !only.equals("forms")) {
                System.gc();
                it.peg.bench.HeapPeak.reset();
                t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                long process0 = PROCESS.getProcessCpuTime();
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                    SummaryWorkbookWriter.write(result, o);
                }
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double process = (PROCESS.getProcessCpuTime() - process0) / 1e9;
                System.out.printf("round %d summary: %.3f s (cpu %.3f s this thread, %.3f s process), %d KB, "
                        + "live peak over base %d MB%n", i, s, cpu, process,
                        Files.size(out) >> 10, Math.max(0, it.peg.bench.HeapPeak.liveSinceReset() - base) >> 20);
            }
            if (only.equals("forms") || only.equals("all")) {
                System.gc();
                it.peg.bench.HeapPeak.reset();
                t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                Path forms = dir.resolve(ValutazioneWorkbookWriter.FILE_NAME);
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(forms))) {
                    ValutazioneWorkbookWriter.write(result, o);
                }
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("round %d forms: %.3f s (cpu %.3f s), %d KB, live peak over base %d MB%n", i, s, cpu,
                        Files.size(forms) >> 10, Math.max(0, it.peg.bench.HeapPeak.liveSinceReset() - base) >> 20);
                if (only.equals("forms")) {
                    continue;
                }
            }
            if (!only.equals("summary")) {
                System.gc();
                it.peg.bench.HeapPeak.reset();
                t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(csv))) {
                    CsvExporter.write(result, o); // as consolidate writes it
                }
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("round %d csv: %.3f s (cpu %.3f s), %d KB, live peak over base %d MB%n", i, s, cpu,
                        Files.size(csv) >> 10, Math.max(0, it.peg.bench.HeapPeak.liveSinceReset() - base) >> 20);
            }
        }
    }

    static ConsolidationResult build(int services, Path dir) throws Exception {
        long seed = 20240601L;
        Plan plan = SyntheticPlan.build(services, seed);
        Verifica verifica = plan.settings().finalVerifica();
        Path delivered = dir.resolve("consegne");
        Instant received = verifica.due().orElse(verifica.date()).minusDays(3).atStartOfDay(Consolidator.ZONE)
                .toInstant();
        List<InputFile> files = new ArrayList<>();
        boolean cached = Files.isDirectory(delivered);
        Files.createDirectories(delivered);
        ServiceWorkbookGenerator generator = cached ? null : new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        OfficeSimulator offices = new OfficeSimulator(plan, seed);
        for (Service s : plan.services()) {
            Path file = delivered.resolve(WorkbookFileNames.of(s));
            if (!cached) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (Verifica v : plan.settings().verifiche()) {
                    values.putAll(offices.values(s.code(), v));
                }
                Files.write(file, DirectFiller.fill(generator.generate(plan, s), values).bytes());
            }
            files.add(new InputFile(file, file.getFileName().toString(), received));
        }
        Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
        List<FileAssessment> assessments = consolidator.assessAll(plan, files, 2, done -> {
        });
        return consolidator.combine(plan, verifica, assessments, Map.of());
    }

    /**
     * The plan of N services with no workbook delivered (every service missing): as many Indicatori rows as a
     * full night, without generating N workbooks first (10,000 take hours on a shared machine).
     */
    static ConsolidationResult planOnly(int services) {
        Plan plan = SyntheticPlan.build(services, 20240601L);
        Verifica verifica = plan.settings().finalVerifica();
        Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
        return consolidator.combine(plan, verifica, List.of(), Map.of());
    }

    /**
     * The summary written as a night with nothing changed writes it: every run of rows copied from the file written
     * first (a lower bound for a night with a few new files), with the Indicatori rows alone copied (as before issue
     * 21's change), and in full, in turn.
     */
    private static void copied(ConsolidationResult result, Path out, int rounds) throws Exception {
        List<it.peg.io.SegmentIndex> indexes;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            indexes = SummaryWorkbookWriter.write(result, o, java.util.Optional.empty(), List.of(),
                    java.util.Optional.of(out.getParent()));
        }
        Path again = out.resolveSibling("riepilogo-copia.xlsx");
        for (int i = 0; i < rounds; i++) {
            for (String mode : List.of("copied", "Indicatori copied", "full")) {
                boolean copy = !mode.equals("full");
                List<it.peg.io.SegmentIndex> from = mode.equals("copied") ? indexes : indexes.stream()
                        .filter(x -> x.part().equals(SummaryWorkbookWriter.INDICATORI_PART)).toList();
                System.gc();
                long t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                long process0 = PROCESS.getProcessCpuTime();
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(again))) {
                    SummaryWorkbookWriter.write(result, o, copy ? java.util.Optional.of(out) : java.util.Optional.empty(),
                            copy ? from : List.of(), java.util.Optional.of(out.getParent()));
                }
                System.out.printf("round %d summary %s: %.3f s (cpu %.3f s this thread, %.3f s process)%n", i,
                        mode, (System.nanoTime() - t0) / 1e9,
                        (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9, (PROCESS.getProcessCpuTime() - process0) / 1e9);
            }
        }
    }

    private static long used() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                sum += p.getUsage().getUsed();
            }
        }
        return sum;
    }

}
