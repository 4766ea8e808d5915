package it.peg.bench;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.summary.SummaryWorkbookWriter;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The phases measured side by side in this JVM on the filled workbooks: the floors (JDK and Woodstox), consolidate
 * (sequential and parallel) and the naive POI reader, {@link #ROUNDS} times interleaved; then the summary workbook;
 * and the check that the streaming and the POI reader agree.
 */
final class ReadingPhases {
    /** Times each of the floors, consolidate and the baseline is measured. */
    static final int ROUNDS = 3;
    /** Rounds of them run first, untimed, over every file. */
    static final int UNTIMED_ROUNDS = 1;
    private static final int WARM_UP_FILES = 30;

    private final Path dir;
    private final int threads;
    private final boolean baseline;
    private final boolean summary;

    /**
     * @param dir      the bench's folder (the summary workbook is written in it)
     * @param threads  threads of the parallel consolidation
     * @param baseline also run the naive POI reader
     * @param summary  also write the summary workbook
     */
    ReadingPhases(Path dir, int threads, boolean baseline, boolean summary) {
        this.dir = dir;
        this.threads = threads;
        this.baseline = baseline;
        this.summary = summary;
    }

    /**
     * Measures every phase on {@code workbooks}, adding their rows and checks; nothing of them stays live after it
     * returns.
     */
    void run(Plan plan, List<FilledWorkbook> workbooks, List<BenchResult.Row> rows, List<String> checks)
            throws IOException {
        long t0;
        int services = workbooks.size();
        Verifica verifica = plan.settings().finalVerifica();
        List<InputFile> files = workbooks.stream().map(FilledWorkbook::file).toList();
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
            for (String phase : List.of(Benchmark.FLOOR_JDK, Benchmark.FLOOR)) {
                FloorReader floor = phase.equals(Benchmark.FLOOR) ? FloorReader.woodstox() : FloorReader.jdk();
                HeapPeak.reset();
                t0 = System.nanoTime();
                cells = 0;
                for (FilledWorkbook w : workbooks) {
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
                measured.computeIfAbsent(Benchmark.NAIVE, k -> new ArrayList<>()).add(Measure.since(t0));
            }
            for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
                result = null;
                Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
                HeapPeak.reset();
                t0 = System.nanoTime();
                List<FileAssessment> assessments = consolidator.assessAll(plan, files, n, done -> {
                });
                result = consolidator.combine(plan, verifica, assessments, Map.of());
                measured.computeIfAbsent(n == 1 ? Benchmark.CONSOLIDATE_SEQ : Benchmark.CONSOLIDATE, k -> new ArrayList<>())
                        .add(Measure.since(t0));
            }
        }
        for (String phase : List.of(Benchmark.FLOOR_JDK, Benchmark.FLOOR)) {
            rows.add(Measure.row(phase, services, measured.get(phase), cells + " celle attraversate, nessuna interpretazione"));
        }
        for (int n : threads > 1 ? List.of(1, threads) : List.of(1)) {
            String phase = n == 1 ? Benchmark.CONSOLIDATE_SEQ : Benchmark.CONSOLIDATE;
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
                rows.add(new BenchResult.Row(Benchmark.SUMMARY, 1, Optional.of(Measure.seconds(t0)), HeapPeak.sinceReset(), HeapPeak.liveSinceReset(), false,
                        "un file: " + plan.indicators().size() + " righe di indicatori"));
            } catch (OutOfMemoryError e) {
                // reported, not hidden: the other figures of the run stay valid
                rows.add(new BenchResult.Row(Benchmark.SUMMARY, 1, Optional.empty(), 0, 0, false,
                        "non completato: memoria esaurita (" + (HeapPeak.max() >> 20) + " MB)"));
            }
        }
        consolidated = null;
        result = null;

        // 6. the naive baseline (measured above), and the agreement of both readers on a sample
        if (baseline) {
            rows.add(Measure.row(Benchmark.NAIVE, services, measured.get(Benchmark.NAIVE), namesRead + " nomi risolti e letti, senza validazione"));
            checks.add(sameSubmissions(plan, verifica, files));
        }
    }

    /** Class loading and JIT of every path before anything is timed. */
    private static void warmUp(Plan plan, Verifica verifica, List<FilledWorkbook> workbooks) {
        List<FilledWorkbook> sample = workbooks.subList(0, Math.min(WARM_UP_FILES, workbooks.size()));
        FloorReader floor = FloorReader.jdk();
        FloorReader woodstox = FloorReader.woodstox();
        Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
        PoiFullReader naive = new PoiFullReader();
        for (FilledWorkbook w : sample) {
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
}
