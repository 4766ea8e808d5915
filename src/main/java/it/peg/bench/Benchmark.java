package it.peg.bench;

import it.peg.cli.Version;
import it.peg.domain.PlanFingerprint;
import it.peg.merge.MergeJob;
import it.peg.merge.MergeReport;
import it.peg.merge.MergeRequest;
import it.peg.merge.RealPipeline;
import it.peg.plan.PlanReader;
import it.peg.plan.PlanWorkbookWriter;
import java.time.Clock;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookFileNames;
import it.peg.generate.WorkbookTemplate;
import it.peg.readback.PoiFullReader;
import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.summary.SummaryWorkbookWriter;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The benchmark of issue 6: a synthetic plan of N services, its workbooks generated and filled once,
 * then, side by side on the same files and in one JVM: generate, the floor, consolidate (sequential
 * and parallel), the summary, [incremental merge: hook], and the naive POI reader.
 */
public final class Benchmark {
    public static final String GENERATE = "generate";
    public static final String FILL = "compilazione (preparazione)";
    public static final String FLOOR_JDK = "floor: zip + StAX del JDK, fogli con input";
    public static final String FLOOR = "floor: zip + StAX Woodstox, fogli con input";
    public static final String CONSOLIDATE_SEQ = "consolidate, 1 thread";
    public static final String CONSOLIDATE = "consolidate, parallelo";
    public static final String SUMMARY = "scrittura riepilogo.xlsx";
    public static final String MERGE_FULL = "merge completo (prima notte)";
    public static final String MERGE = "merge incrementale (1% modificati)";
    public static final String MERGE_QUIET = "merge senza novità (notte dopo)";
    public static final String NAIVE = "baseline: POI XSSFWorkbook";
    public static final long SEED = 20240601L;
    private static final int WARM_UP_FILES = 30;

    private final int services;
    private final int threads;
    private final Path dir;
    private final Consumer<String> log;
    private final boolean baseline;
    private final boolean summary;

    /**
     * @param services number of services (workbooks)
     * @param threads  threads of the parallel consolidation
     * @param dir      working folder (the workbooks are written under it)
     * @param baseline also run the naive POI reader (slow: skipped for the 10,000-file heap run)
     * @param summary  also write the summary workbook (POI, one file with every indicator)
     * @param log      progress lines (Italian)
     */
    public Benchmark(int services, int threads, Path dir, boolean baseline, boolean summary, Consumer<String> log) {
        this.services = services;
        this.baseline = baseline;
        this.summary = summary;
        this.threads = threads;
        this.dir = dir;
        this.log = log;
    }

    /** The files of the run: each filled workbook and the worksheet parts holding its inputs. */
    private record Workbook(InputFile file, List<String> namedParts) {
    }

    public BenchResult run() throws IOException {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<BenchResult.Row> rows = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        // the nightly merge, last: it reads the plan from its file, so the synthetic plan and everything built
        // from it go out of scope with the other phases and the merge's heap is the merge's own
        Object setup = otherPhases(rows, checks);
        if (setup instanceof MergeSetup m) {
            rows.addAll(nights(m.request(), m.resent(), m.files()));
        } else {
            rows.add((BenchResult.Row) setup);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return new BenchResult(services, threads, HeapPeak.max(), cores, load, rows, checks);
    }

    /** Every phase but the merge nights; returns the nights' set-up, or the row saying why they are skipped. */
    private Object otherPhases(List<BenchResult.Row> rows, List<String> checks) throws IOException {
        Plan plan = SyntheticPlan.build(services, SEED);
        Verifica verifica = plan.settings().finalVerifica();
        log.accept("Piano sintetico: " + plan.services().size() + " servizi, " + plan.objectives().size() + " obiettivi, "
                + plan.indicators().size() + " indicatori, " + plan.settings().verifiche().size() + " verifiche.");

        // 1. generate: template loaded once, each service stamped into a fresh copy of it
        Path blank = dir.resolve("schede");
        Files.createDirectories(blank);
        HeapPeak.reset();
        long t0 = System.nanoTime();
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        List<Path> generated = plan.services().stream().map(s -> blank.resolve(WorkbookFileNames.of(s))).toList();
        // one workbook per task on the same bounded pool size as consolidate: each copy of the template
        // is independent (the generator is stateless, the template's bytes are read-only)
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            pool.submit(() -> java.util.stream.IntStream.range(0, services).parallel().forEach(i -> {
                try {
                    Files.write(generated.get(i), generator.generate(plan, plan.services().get(i)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("generation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        rows.add(new BenchResult.Row(GENERATE, services, Optional.of(seconds(t0)), HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), false,
                "modello letto una volta, un servizio per copia, " + threads + " thread"));
        log.accept("Generate " + services + " schede in " + blank + ".");

        // 2. fill once, at the XML level (not measured against the readers)
        Path delivered = dir.resolve("consegne");
        Files.createDirectories(delivered);
        OfficeSimulator offices = new OfficeSimulator(plan, SEED);
        Instant received = verifica.due().orElse(verifica.date()).minusDays(3).atStartOfDay(Consolidator.ZONE).toInstant();
        List<Workbook> workbooks = new ArrayList<>(services);
        HeapPeak.reset();
        t0 = System.nanoTime();
        long cellsSet = 0;
        for (int i = 0; i < services; i++) {
            Service s = plan.services().get(i);
            Map<String, Object> values = new LinkedHashMap<>();
            for (Verifica v : plan.settings().verifiche()) {
                values.putAll(offices.values(s.code(), v));
            }
            DirectFiller.Filled filled = DirectFiller.fill(Files.readAllBytes(generated.get(i)), values);
            cellsSet += filled.cellsSet();
            Path file = delivered.resolve(generated.get(i).getFileName());
            Files.write(file, filled.bytes());
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(received));
            workbooks.add(new Workbook(new InputFile(file, file.getFileName().toString(), received), filled.namedParts()));
        }
        rows.add(new BenchResult.Row(FILL, services, Optional.of(seconds(t0)), HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), false,
                cellsSet + " celle compilate via XML, una volta per tutte le fasi"));
        log.accept("Compilate " + services + " schede in " + delivered + " (" + cellsSet + " celle).");

        List<InputFile> files = workbooks.stream().map(Workbook::file).toList();
        warmUp(plan, verifica, workbooks);

        // 3. the floor, with the JDK's parser (issue 6's wording) and with Woodstox (peg's parser): ratios
        // are computed against the lower of the two
        for (String phase : List.of(FLOOR_JDK, FLOOR)) {
            FloorReader floor = phase.equals(FLOOR) ? FloorReader.woodstox() : FloorReader.jdk();
            HeapPeak.reset();
            t0 = System.nanoTime();
            long cells = 0;
            for (Workbook w : workbooks) {
                cells += floor.read(w.file().path(), w.namedParts());
            }
            rows.add(new BenchResult.Row(phase, services, Optional.of(seconds(t0)), HeapPeak.sinceReset(),
                    HeapPeak.liveSinceReset(), true, cells + " celle attraversate, nessuna interpretazione"));
        }

        // 4. consolidate: read, validate, score, combine (sequential, then parallel)
        ConsolidationResult result = null;
        for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
            result = null; // the previous run's result must not stay live while this one is measured
            Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
            HeapPeak.reset();
            t0 = System.nanoTime();
            List<FileAssessment> assessments = consolidator.assessAll(plan, files, n, done -> {
            });
            result = consolidator.combine(plan, verifica, assessments, Map.of());
            rows.add(new BenchResult.Row(n == 1 ? CONSOLIDATE_SEQ : CONSOLIDATE, services, Optional.of(seconds(t0)),
                    HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), true, n + " thread: lettura, validazione, punteggi"));
        }
        ConsolidationResult consolidated = result;
        long valid = consolidated.deliveries().stream().filter(d -> d.state() == DeliveryState.VALID).count();
        long errors = consolidated.findings().stream().filter(Finding::isError).count();
        checks.add("consolidate: " + valid + "/" + services + " servizi con scheda valida, " + errors + " errori, "
                + consolidated.findings().size() + " segnalazioni in tutto");

        // 5. the summary workbook, measured apart (one file): written from the consolidation, then dropped
        if (summary) {
            HeapPeak.reset();
            t0 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(dir.resolve("riepilogo.xlsx"))) {
                SummaryWorkbookWriter.write(consolidated, out);
                rows.add(new BenchResult.Row(SUMMARY, 1, Optional.of(seconds(t0)), HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), false,
                        "un file: " + plan.indicators().size() + " righe di indicatori"));
            } catch (OutOfMemoryError e) {
                // reported, not hidden: the other figures of the run stay valid
                rows.add(new BenchResult.Row(SUMMARY, 1, Optional.empty(), 0, 0, false,
                        "non completato: memoria esaurita (" + (HeapPeak.max() >> 20) + " MB)"));
            }
        }
        consolidated = null;
        result = null;

        // 6. the naive baseline, and the agreement of both readers on a sample
        if (baseline) {
            ReturnedWorkbookReader naive = new PoiFullReader();
            HeapPeak.reset();
            t0 = System.nanoTime();
            long namesRead = 0;
            for (InputFile f : files) {
                namesRead += naive.read(f.path()).workbook().map(w -> w.cells().size()).orElse(0);
            }
            rows.add(new BenchResult.Row(NAIVE, services, Optional.of(seconds(t0)), HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), true,
                    namesRead + " nomi risolti e letti, senza validazione"));
            checks.add(sameSubmissions(plan, verifica, files));
        }

        return merges(plan, offices, generated, workbooks);
    }

    /** What the two merge nights need, once the synthetic plan is gone. */
    private record MergeSetup(MergeRequest request, Map<Path, byte[]> resent, int files) {
    }

    /** The merge nights' set-up ({@link MergeSetup}), or the row saying why they are not measured. */
    private Object merges(Plan plan, OfficeSimulator offices, List<Path> generated, List<Workbook> workbooks)
            throws IOException {
        int changed = Math.max(1, workbooks.size() / 100);
        if (!summary) {
            return new BenchResult.Row(MERGE, changed, Optional.empty(), 0, 0, false,
                    "non misurato con --no-summary: merge scrive il riepilogo");
        }
        // merge reads the plan from its file, as the controllo keeps it: written here, it must read back the same
        Path planFile = dir.resolve("piano.xlsx");
        try {
            PlanWorkbookWriter.write(plan, planFile);
        } catch (OutOfMemoryError e) {
            return new BenchResult.Row(MERGE, changed, Optional.empty(), 0, 0, false,
                    "non misurato: memoria esaurita scrivendo il file del piano");
        }
        List<String> sample = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> plan.services().get(i * (plan.services().size() - 1) / 4).code()).distinct().toList();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        sample.forEach(code -> fingerprints.put(code, PlanFingerprint.of(plan, code)));
        if (!sameSlices(PlanReader.read(planFile).plan(), fingerprints)) {
            return new BenchResult.Row(MERGE, changed, Optional.empty(), 0, 0, false,
                    "non misurato: il piano riletto dal file non coincide con quello generato");
        }
        // the workbooks 1% of the offices will re-send, corrected: a count one more than before (percentages
        // and progress, at most 1, stay as they were); prepared now, written after the first night
        Map<Path, byte[]> resent = new LinkedHashMap<>();
        for (int i = 0; i < changed; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Verifica v : plan.settings().verifiche()) {
                values.putAll(offices.values(plan.services().get(i).code(), v));
            }
            values.replaceAll((name, value) -> value instanceof Double d && d > 1 && name.startsWith("IN_") ? d + 1 : value);
            resent.put(workbooks.get(i).file().path(), DirectFiller.fill(Files.readAllBytes(generated.get(i)), values).bytes());
        }
        Verifica verifica = plan.settings().finalVerifica();
        Path inbox = workbooks.get(0).file().path().getParent();
        MergeRequest request = new MergeRequest(planFile, inbox, dir.resolve("merge"), Optional.of(verifica.date()));
        return new MergeSetup(request, resent, workbooks.size());
    }

    /** The plan read back from its file has the same slices as the generated one, on a sample of services. */
    private static boolean sameSlices(Optional<Plan> reread, Map<String, String> fingerprints) {
        return reread.isPresent() && fingerprints.entrySet().stream()
                .allMatch(e -> PlanFingerprint.of(reread.get(), e.getKey()).equals(e.getValue()));
    }

    /**
     * A first night over every file, then a night after the re-sent workbooks replaced theirs in the inbox, then
     * a night with nothing new (most nights).
     * Called with nothing else of the benchmark live but the re-sent bytes: the heap is the merge's own.
     */
    private List<BenchResult.Row> nights(MergeRequest request, Map<Path, byte[]> resent, int files) throws IOException {
        MergeJob job = new MergeJob(new RealPipeline(), Clock.systemUTC(), Version.current(), Version.build());
        List<BenchResult.Row> rows = new ArrayList<>();
        try {
            warmUpMerge(job, request, resent);
            Night first = night(job, request, "bench-1");
            rows.add(first.row(MERGE_FULL, files, first.report().outcome() + ": archivio, lettura, riepilogo"));
            for (Map.Entry<Path, byte[]> e : resent.entrySet()) {
                Files.write(e.getKey(), e.getValue());
            }
            rows.add(night(job, request, "bench-2").relativeRow(MERGE, resent.size(), first));
            rows.add(night(job, request, "bench-3").relativeRow(MERGE_QUIET, 0, first));
        } catch (OutOfMemoryError e) {
            rows.add(new BenchResult.Row(MERGE, resent.size(), Optional.empty(), 0, 0, false,
                    "non completato: memoria esaurita (" + (HeapPeak.max() >> 20) + " MB)"));
        }
        return rows;
    }

    /**
     * The three kinds of night once, over every file, in a work folder of their own, before any is timed; then the
     * inbox is put back as it was. Without it the first measured night would be the first in this JVM to archive,
     * assess and cache thousands of files, and the second the first to decode thousands of cache entries and copy
     * rows: each would pay for class loading and JIT (measured: the first 1% night in a JVM takes 30-40% longer than
     * the next ones), as the other phases, measured after {@link #warmUp}, do not. Both measured nights are then
     * steady-state figures; what a cold JVM adds (a nightly cron job is one) is in docs/performance.md.
     */
    private void warmUpMerge(MergeJob job, MergeRequest request, Map<Path, byte[]> resent) throws IOException {
        Path scratch = dir.resolve("merge-riscaldamento");
        MergeRequest warm = new MergeRequest(request.planFile(), request.inbox(), scratch, request.at());
        Map<Path, byte[]> original = new LinkedHashMap<>();
        for (Path f : resent.keySet()) {
            original.put(f, Files.readAllBytes(f));
        }
        try {
            job.run(warm, "warm-1");
            for (Map.Entry<Path, byte[]> e : resent.entrySet()) {
                Files.write(e.getKey(), e.getValue());
            }
            job.run(warm, "warm-2");
            job.run(warm, "warm-3");
        } finally {
            for (Map.Entry<Path, byte[]> e : original.entrySet()) {
                Files.write(e.getKey(), e.getValue());
            }
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One measured merge night: its report, time and heap. */
    private record Night(MergeReport report, double seconds, long heap, long live) {
        BenchResult.Row row(String phase, int files, String note) {
            return new BenchResult.Row(phase, files, Optional.of(seconds), heap, live, false, note);
        }

        /** The row of a night after {@code full}, with its share of that first night. */
        BenchResult.Row relativeRow(String phase, int files, Night full) {
            return row(phase, files, String.format(java.util.Locale.ITALY, "%s: %d nuovi, %d letti; %.1f%% del merge completo",
                    report.outcome(), report.newFiles(), report.read(), 100 * seconds / full.seconds()));
        }
    }

    private static Night night(MergeJob job, MergeRequest request, String runId) throws IOException {
        HeapPeak.reset();
        long t0 = System.nanoTime();
        MergeReport report = job.run(request, runId);
        double seconds = seconds(t0);
        return new Night(report, seconds, HeapPeak.sinceReset(), HeapPeak.liveSinceReset());
    }

    /** Class loading and JIT of every path before anything is timed. */
    private void warmUp(Plan plan, Verifica verifica, List<Workbook> workbooks) {
        List<Workbook> sample = workbooks.subList(0, Math.min(WARM_UP_FILES, workbooks.size()));
        FloorReader floor = FloorReader.jdk();
        FloorReader woodstox = FloorReader.woodstox();
        Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
        PoiFullReader naive = new PoiFullReader();
        for (Workbook w : sample) {
            floor.read(w.file().path(), w.namedParts());
            woodstox.read(w.file().path(), w.namedParts());
            naive.read(w.file().path());
        }
        // scoring too: combine was first compiled inside the timed sequential consolidate
        List<FileAssessment> assessed = sample.stream().map(w -> consolidator.assess(plan, w.file())).toList();
        for (int i = 0; i < 20; i++) {
            consolidator.combine(plan, verifica, assessed, Map.of());
        }
    }

    /** The naive and the streaming reader give the same submissions and findings on a sample of the files. */
    private static String sameSubmissions(Plan plan, Verifica verifica, List<InputFile> files) {
        SubmissionValidator validator = new SubmissionValidator(verifica.date().plusDays(1));
        ReturnedWorkbookReader fast = new XlsxReturnedWorkbookReader();
        ReturnedWorkbookReader full = new PoiFullReader();
        int step = Math.max(1, files.size() / 50);
        int compared = 0;
        for (int i = 0; i < files.size(); i += step) {
            Path p = files.get(i).path();
            ReadResult a = fast.read(p);
            ReadResult b = full.read(p);
            ValidationResult va = validator.validate(plan, a.workbook().orElseThrow());
            ValidationResult vb = validator.validate(plan, b.workbook().orElseThrow());
            if (!va.submission().equals(vb.submission()) || !va.findings().equals(vb.findings())
                    || !a.findings().equals(b.findings())) {
                throw new IllegalStateException("the streaming and the POI reader disagree on " + p);
            }
            compared++;
        }
        return "lettore veloce e POI: stesse schede e segnalazioni su " + compared + " file a campione";
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
