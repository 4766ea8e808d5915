package it.peg.bench;

import it.peg.version.Version;
import it.peg.domain.PlanFingerprint;
import it.peg.merge.MergeJob;
import it.peg.merge.MergeReport;
import it.peg.merge.MergeRequest;
import it.peg.merge.Stages;
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
import java.nio.file.StandardCopyOption;
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
        List<BenchResult.ProcessRow> processes = new ArrayList<>();
        if (setup instanceof MergeSetup m) {
            Map<Path, Path> originals = keepOriginals(m.resends());
            try {
                rows.addAll(nights(m.request(), m.resends(), originals, m.files()));
                if (processes()) {
                    // whole processes last, with this JVM idle: each is a new JVM as bin/peg starts one
                    WholeProcesses whole = new WholeProcesses(dir, JavaProcess.likeThisOne(), m.request().at().orElseThrow()
                            .toString(), processCounts, log);
                    processes.addAll(whole.run(m.sizes(), new WholeProcesses.Nights(m.request().planFile(),
                            m.request().inbox(), m.resends(), originals), m.sizes().get(0), checks));
                }
            } finally {
                send(originals);
                deleteTree(dir.resolve(ORIGINALS_DIR));
                deleteTree(dir.resolve(RESENT_DIR));
            }
        } else {
            rows.add((BenchResult.Row) setup);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        return new BenchResult(services, threads, HeapPeak.max(), cores, load, rows, checks, processes, loadAfter);
    }

    /**
     * Whether the whole processes of issue 21 run: yes, unless the system property {@value #PROCESSES_PROPERTY} is
     * {@code false} (tests of the command's other options, which need not start a dozen JVMs).
     */
    static boolean processes() {
        return Boolean.parseBoolean(System.getProperty(PROCESSES_PROPERTY, "true"));
    }

    public static final String PROCESSES_PROPERTY = "peg.bench.processes";

    private WholeProcesses.Counts processCounts = WholeProcesses.DEFAULT;

    /** Each process run this many times (a test runs each once). */
    Benchmark processCounts(WholeProcesses.Counts counts) {
        this.processCounts = counts;
        return this;
    }

    /** Every workbook a night will replace, copied with its time, to put the inbox back as it was. */
    private Map<Path, Path> keepOriginals(List<Map<Path, Path>> resends) throws IOException {
        Path originals = Files.createDirectories(dir.resolve(ORIGINALS_DIR));
        Map<Path, Path> backup = new LinkedHashMap<>();
        for (Map<Path, Path> send : resends) {
            for (Path f : send.keySet()) {
                if (!backup.containsKey(f)) {
                    backup.put(f, Files.copy(f, originals.resolve(f.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES));
                }
            }
        }
        return backup;
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

        // 3. the floor, with the JDK's parser (issue 6's floor) and with Woodstox (peg's parser, a stricter floor):
        // the table gives the ratio to each; 4. consolidate: read, validate, score, combine (sequential, then
        // parallel); and the naive baseline. Each is measured ROUNDS times, the phases interleaved, so that a noisy
        // moment of a shared host weighs on all of them alike; a row gives the median time, and every time
        Map<String, List<Measure>> measured = new LinkedHashMap<>();
        ConsolidationResult result = null;
        long cells = 0;
        long namesRead = 0;
        // a first round over every file is untimed: the warm-up above ran each path on 30 files only, and the
        // first of the rounds was still the slowest of each phase (JIT), by up to half
        for (int round = 0; round < UNTIMED_ROUNDS + ROUNDS; round++) {
            result = null; // the previous round's result must not stay live while this one is measured
            for (String phase : List.of(FLOOR_JDK, FLOOR)) {
                FloorReader floor = phase.equals(FLOOR) ? FloorReader.woodstox() : FloorReader.jdk();
                HeapPeak.reset();
                t0 = System.nanoTime();
                cells = 0;
                for (Workbook w : workbooks) {
                    cells += floor.read(w.file().path(), w.namedParts());
                }
                measured.computeIfAbsent(phase, k -> new ArrayList<>()).add(Measure.since(t0));
            }
            if (baseline) {
                ReturnedWorkbookReader naive = new PoiFullReader();
                HeapPeak.reset();
                t0 = System.nanoTime();
                namesRead = 0;
                for (InputFile f : files) {
                    namesRead += naive.read(f.path()).workbook().map(w -> w.cells().size()).orElse(0);
                }
                measured.computeIfAbsent(NAIVE, k -> new ArrayList<>()).add(Measure.since(t0));
            }
            for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
                result = null;
                Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
                HeapPeak.reset();
                t0 = System.nanoTime();
                List<FileAssessment> assessments = consolidator.assessAll(plan, files, n, done -> {
                });
                result = consolidator.combine(plan, verifica, assessments, Map.of());
                measured.computeIfAbsent(n == 1 ? CONSOLIDATE_SEQ : CONSOLIDATE, k -> new ArrayList<>())
                        .add(Measure.since(t0));
            }
        }
        for (String phase : List.of(FLOOR_JDK, FLOOR)) {
            rows.add(Measure.row(phase, services, measured.get(phase), cells + " celle attraversate, nessuna interpretazione"));
        }
        for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
            String phase = n == 1 ? CONSOLIDATE_SEQ : CONSOLIDATE;
            rows.add(Measure.row(phase, services, measured.get(phase), n + " thread: lettura, validazione, punteggi"));
        }
        ConsolidationResult consolidated = result;
        long valid = consolidated.deliveries().stream().filter(d -> d.state().isDelivery()).count();
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

        // 6. the naive baseline (measured above), and the agreement of both readers on a sample
        if (baseline) {
            rows.add(Measure.row(NAIVE, services, measured.get(NAIVE), namesRead + " nomi risolti e letti, senza validazione"));
            checks.add(sameSubmissions(plan, verifica, files));
        }

        return merges(plan, offices, generated, workbooks);
    }

    /** Times each of the floors, consolidate and the baseline is measured (see {@link #otherPhases}). */
    static final int ROUNDS = 3;
    /** Rounds of them run first, untimed, over every file. */
    static final int UNTIMED_ROUNDS = 1;

    /** One measurement of a phase: its time and heap. */
    private record Measure(double seconds, long heap, long live) {
        static Measure since(long t0) {
            return new Measure(Benchmark.seconds(t0), HeapPeak.sinceReset(), HeapPeak.liveSinceReset());
        }

        /** The row of a phase measured several times: the median time, the highest heap, every time in the note. */
        static BenchResult.Row row(String phase, int files, List<Measure> rounds, String note) {
            List<Measure> all = rounds.subList(Math.min(UNTIMED_ROUNDS, rounds.size() - 1), rounds.size());
            List<Double> times = all.stream().map(Measure::seconds).toList();
            List<Double> sorted = times.stream().sorted().toList();
            String each = timesText(times);
            double median = (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
            return new BenchResult.Row(phase, files, Optional.of(median),
                    all.stream().mapToLong(Measure::heap).max().orElse(0),
                    all.stream().mapToLong(Measure::live).max().orElse(0), true,
                    note + (all.size() > 1 ? " (mediana di " + all.size() + " misure: " + each + " s)" : ""));
        }
    }

    /** What the two merge nights need, once the synthetic plan is gone. */
    private record MergeSetup(MergeRequest request, List<Map<Path, Path>> resends, int files,
                              List<WholeProcesses.Size> sizes) {
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
        // the workbooks 1% of the offices will re-send, corrected, for each 1% night (warm-up and measured), each
        // night other services': prepared now, on disk (at 10,000 services they are megabytes, and the first
        // night's heap is near its limit), written into the inbox before their night
        List<Map<Path, Path>> resends = new ArrayList<>();
        Path prepared = dir.resolve(RESENT_DIR);
        try {
            for (int k = 0; k < RESENT_NIGHTS && (k + 1) * changed <= workbooks.size(); k++) {
                Map<Path, Path> send = new LinkedHashMap<>();
                Path folder = Files.createDirectories(prepared.resolve(Integer.toString(k + 1)));
                for (Map.Entry<Path, byte[]> e : corrected(plan, offices, generated, workbooks, k * changed, changed).entrySet()) {
                    send.put(e.getKey(), Files.write(folder.resolve(e.getKey().getFileName()), e.getValue()));
                }
                resends.add(send);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(prepared, e);
            throw e;
        }
        Verifica verifica = plan.settings().finalVerifica();
        Path inbox = workbooks.get(0).file().path().getParent();
        MergeRequest request = new MergeRequest(planFile, inbox, dir.resolve("merge"), Optional.of(verifica.date()));
        // issue 21's whole processes: consolidate over the first half of the workbooks (a plan of those services) and
        // over all of them; generate from the half plan
        List<WholeProcesses.Size> sizes = new ArrayList<>();
        if (processes()) {
            List<Path> paths = workbooks.stream().map(w -> w.file().path()).toList();
            List<List<String>> parts = workbooks.stream().map(Workbook::namedParts).toList();
            int half = Math.max(1, workbooks.size() / 2);
            sizes.add(WholeProcesses.prepare(dir, plan, planFile, half, paths, parts));
            if (half < workbooks.size()) {
                sizes.add(WholeProcesses.prepare(dir, plan, planFile, workbooks.size(), paths, parts));
            }
        }
        return new MergeSetup(request, resends, workbooks.size(), sizes);
    }

    /**
     * The workbooks of services {@code from} to {@code from + count - 1} as their offices re-send them, corrected: a
     * count one more than before (percentages and progress, at most 1, stay as they were).
     */
    private static Map<Path, byte[]> corrected(Plan plan, OfficeSimulator offices, List<Path> generated,
                                               List<Workbook> workbooks, int from, int count) throws IOException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        for (int i = from; i < from + count; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Verifica v : plan.settings().verifiche()) {
                values.putAll(offices.values(plan.services().get(i).code(), v));
            }
            values.replaceAll((name, value) -> value instanceof Double d && d > 1 && name.startsWith("IN_") ? d + 1 : value);
            out.put(workbooks.get(i).file().path(), DirectFiller.fill(Files.readAllBytes(generated.get(i)), values).bytes());
        }
        return out;
    }

    /** The plan read back from its file has the same slices as the generated one, on a sample of services. */
    private static boolean sameSlices(Optional<Plan> reread, Map<String, String> fingerprints) {
        return reread.isPresent() && fingerprints.entrySet().stream()
                .allMatch(e -> PlanFingerprint.of(reread.get(), e.getKey()).equals(e.getValue()));
    }

    /**
     * A first night over every file, then nights after 1% of the offices re-sent a corrected workbook (each night
     * other offices), then a night with nothing new (most nights).
     * Called with nothing else of the benchmark live: the heap is the merge's own.
     */
    private List<BenchResult.Row> nights(MergeRequest request, List<Map<Path, Path>> resends, Map<Path, Path> backup,
                                         int files) throws IOException {
        MergeJob job = new MergeJob(Stages.real(), Clock.systemUTC(), Version.current(), Version.build());
        List<BenchResult.Row> rows = new ArrayList<>();
        int changed = resends.get(0).size();
        try {
            // the originals (backup) put the inbox back as it was: after the warm-up, and at the end (a kept inbox
            // then matches the summary of its first night)
            List<Double> warmUpNights = warmUpMerge(job, request, resends, backup);
            Night first = night(job, request, "bench-1");
            rows.add(first.row(MERGE_FULL, files, first.report().outcome() + ": archivio, lettura, riepilogo"));
            List<Night> resent = new ArrayList<>();
            for (int k = 0; k < Math.min(MEASURED_NIGHTS, resends.size()); k++) {
                send(resends.get(k));
                resent.add(night(job, request, "bench-resent-" + (k + 1)));
            }
            rows.add(Night.median(resent).relativeRow(MERGE, changed, first, resent, warmUpNights));
            rows.add(night(job, request, "bench-quiet").relativeRow(MERGE_QUIET, 0, first));
        } catch (OutOfMemoryError e) {
            rows.add(new BenchResult.Row(MERGE, changed, Optional.empty(), 0, 0, false,
                    "non completato: memoria esaurita (" + (HeapPeak.max() >> 20) + " MB)"));
        } finally {
            send(backup);
        }
        return rows;
    }

    /** Puts workbooks into the inbox, in place of the ones there, with their time. */
    private static void send(Map<Path, Path> resent) throws IOException {
        for (Map.Entry<Path, Path> e : resent.entrySet()) {
            Files.copy(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Removes a folder the run made, adding a failure to do so to the error that stops the run. */
    private static void deleteQuietly(Path folder, Exception cause) {
        try {
            deleteTree(folder);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Folders of the merge nights' workbooks, inside the bench's folder (removed at the end of the nights). */
    public static final String RESENT_DIR = "reinvii";
    public static final String ORIGINALS_DIR = "originali";
    public static final String WARM_UP_DIR = "merge-riscaldamento";

    /**
     * The three kinds of night, untimed, over every file, in a work folder of their own; then the inbox is put back
     * as it was. Without it the first measured night would be the first in this JVM to archive, assess and cache
     * thousands of files, and the 1% night the first to decode thousands of cache entries and copy rows: each would
     * pay for class loading and JIT, as the other phases, measured after {@link #warmUp}, do not.
     *
     * <p>A first night runs each of its paths 2,000 times, and one untimed first night leaves them compiled. A 1%
     * night runs its own (decoding the cache, copying rows) once per night, and on two cores the JIT compiler,
     * still compiling what earlier nights made hot, competes with it for several nights: in one JVM, the 1% nights
     * after the first took 1.3-2.7 s for about eight nights, then 0.8-1.2 s (sixth session). So the 1% night runs
     * {@link #WARM_UP_NIGHTS} times untimed (fewer on a plan too small to re-send other files each night: the same
     * files again would be a night with nothing new); their times are printed with the measured ones. What a cold
     * JVM adds (a nightly cron job is one) is in docs/performance.md.
     *
     * @return the seconds of each untimed 1% night, in order
     */
    private List<Double> warmUpMerge(MergeJob job, MergeRequest request, List<Map<Path, Path>> resends,
                                     Map<Path, Path> originals) throws IOException {
        Path scratch = dir.resolve(WARM_UP_DIR);
        MergeRequest warm = new MergeRequest(request.planFile(), request.inbox(), scratch, request.at());
        List<Double> seconds = new ArrayList<>();
        try {
            job.run(warm, "warm-1");
            for (int k = 0; k < Math.min(WARM_UP_NIGHTS, resends.size()); k++) {
                send(resends.get(k));
                long t0 = System.nanoTime();
                job.run(warm, "warm-resent-" + (k + 1));
                seconds.add(seconds(t0));
            }
            job.run(warm, "warm-quiet");
        } finally {
            send(originals);
            deleteTree(scratch);
        }
        return seconds;
    }

    /** Untimed 1% nights (see {@link #warmUpMerge}). */
    static final int WARM_UP_NIGHTS = 6;
    /**
     * Measured 1% nights, each with other offices' files: a 1% night is about a second, and on a shared host one
     * such night varies by a fifth from one to the next; the figure is their median, every time printed.
     */
    static final int MEASURED_NIGHTS = 5;
    private static final int RESENT_NIGHTS = Math.max(WARM_UP_NIGHTS, MEASURED_NIGHTS);

    /** Times as a note prints them: seconds, two decimals, Italian comma, in order. */
    private static String timesText(List<Double> times) {
        return times.stream().map(x -> String.format(java.util.Locale.ITALY, "%.2f", x))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
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

        /**
         * The row of the median of several nights after {@code full}, with its share of that first night, the
         * nights measured and the untimed ones before them.
         */
        BenchResult.Row relativeRow(String phase, int files, Night full, List<Night> measured, List<Double> untimed) {
            String outcomes = measured.stream().map(n -> String.valueOf(n.report().outcome())).distinct()
                    .collect(java.util.stream.Collectors.joining("/"));
            return new BenchResult.Row(phase, files, Optional.of(seconds),
                    measured.stream().mapToLong(Night::heap).max().orElse(heap),
                    measured.stream().mapToLong(Night::live).max().orElse(live), false,
                    String.format(java.util.Locale.ITALY, "%s: %d nuovi, %d letti per notte; %.1f%% del merge completo "
                                    + "(mediana di %d notti: %s s); notti di riscaldamento non misurate: %s s",
                            outcomes, report.newFiles(), report.read(), 100 * seconds / full.seconds(),
                            measured.size(), timesText(measured.stream().map(Night::seconds).toList()),
                            timesText(untimed)));
        }

        /** The night of median time (of an even number, the slower middle one: the figure is not flattered). */
        static Night median(List<Night> nights) {
            List<Night> sorted = nights.stream().sorted(java.util.Comparator.comparingDouble(Night::seconds)).toList();
            return sorted.get(sorted.size() / 2);
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
