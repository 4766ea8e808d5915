package it.peg.bench;

import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Verifica;
import it.peg.merge.MergeJob;
import it.peg.merge.MergeReport;
import it.peg.merge.MergeRequest;
import it.peg.merge.Stages;
import it.peg.plan.PlanReader;
import it.peg.plan.PlanWorkbookWriter;
import it.peg.version.Version;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly merge in this JVM, measured last: set up while the synthetic plan is live (the plan file, the corrected
 * workbooks 1% of the offices re-send each night), then run with nothing else of the benchmark live, so that the heap
 * is the merge's own: untimed warm-up nights, a first night over every file, the 1% nights, a night with nothing new.
 * The inbox is put back as the first night found it.
 */
final class MergeNights {
    private final Path dir;

    /** @param dir the bench's folder: the merge's work folder and the nights' scratch folders are made in it */
    MergeNights(Path dir) {
        this.dir = dir;
    }

    /** What the merge nights need, once the synthetic plan is gone. */
    record Setup(MergeRequest request, List<Map<Path, Path>> resends, int files, List<WholeProcesses.Size> sizes) {
    }

    /** The merge nights' set-up ({@link Setup}), or the row saying why they are not measured. */
    Object setUp(Plan plan, OfficeSimulator offices, List<Path> generated, List<FilledWorkbook> workbooks,
                 boolean summary, boolean consolidateSizes) throws IOException {
        int changed = Math.max(1, workbooks.size() / 100);
        if (!summary) {
            return new BenchResult.Row(Benchmark.MERGE, changed, Optional.empty(), 0, 0, false,
                    "non misurato con --no-summary: merge scrive il riepilogo");
        }
        // merge reads the plan from its file, as the controllo keeps it: written here, it must read back the same
        Path planFile = dir.resolve("piano.xlsx");
        try {
            PlanWorkbookWriter.write(plan, planFile);
        } catch (OutOfMemoryError e) {
            return new BenchResult.Row(Benchmark.MERGE, changed, Optional.empty(), 0, 0, false,
                    "non misurato: memoria esaurita scrivendo il file del piano");
        }
        List<String> sample = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> plan.services().get(i * (plan.services().size() - 1) / 4).code()).distinct().toList();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        sample.forEach(code -> fingerprints.put(code, PlanFingerprint.of(plan, code)));
        if (!sameSlices(PlanReader.read(planFile).plan(), fingerprints)) {
            return new BenchResult.Row(Benchmark.MERGE, changed, Optional.empty(), 0, 0, false,
                    "non misurato: il piano riletto dal file non coincide con quello generato");
        }
        // the workbooks 1% of the offices will re-send, corrected, for each 1% night (warm-up and measured), each
        // night other services': prepared now, on disk (at 10,000 services they are megabytes, and the first
        // night's heap is near its limit), written into the inbox before their night
        List<Map<Path, Path>> resends = new ArrayList<>();
        Path prepared = dir.resolve(Benchmark.RESENT_DIR);
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
        if (consolidateSizes) {
            List<Path> paths = workbooks.stream().map(w -> w.file().path()).toList();
            List<List<String>> parts = workbooks.stream().map(FilledWorkbook::namedParts).toList();
            int half = Math.max(1, workbooks.size() / 2);
            sizes.add(WholeProcesses.prepare(dir, plan, planFile, half, paths, parts));
            if (half < workbooks.size()) {
                sizes.add(WholeProcesses.prepare(dir, plan, planFile, workbooks.size(), paths, parts));
            }
        }
        return new Setup(request, resends, workbooks.size(), sizes);
    }

    /**
     * The workbooks of services {@code from} to {@code from + count - 1} as their offices re-send them, corrected: a
     * count one more than before (percentages and progress, at most 1, stay as they were).
     */
    private static Map<Path, byte[]> corrected(Plan plan, OfficeSimulator offices, List<Path> generated,
                                               List<FilledWorkbook> workbooks, int from, int count) throws IOException {
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

    /** Every workbook a night will replace, copied with its time, to put the inbox back as it was. */
    Map<Path, Path> keepOriginals(List<Map<Path, Path>> resends) throws IOException {
        Path originals = Files.createDirectories(dir.resolve(Benchmark.ORIGINALS_DIR));
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

    /**
     * A first night over every file, then nights after 1% of the offices re-sent a corrected workbook (each night
     * other offices), then a night with nothing new (most nights).
     * Called with nothing else of the benchmark live: the heap is the merge's own.
     */
    List<BenchResult.Row> measure(MergeRequest request, List<Map<Path, Path>> resends, Map<Path, Path> backup,
                                         int files) throws IOException {
        MergeJob job = new MergeJob(Stages.real(), Clock.systemUTC(), Version.current(), Version.build());
        List<BenchResult.Row> rows = new ArrayList<>();
        int changed = resends.get(0).size();
        try {
            // the originals (backup) put the inbox back as it was: after the warm-up, and at the end (a kept inbox
            // then matches the summary of its first night)
            List<Double> warmUpNights = warmUpMerge(job, request, resends, backup);
            Night first = night(job, request, "bench-1");
            rows.add(first.row(Benchmark.MERGE_FULL, files, first.report().outcome() + ": archivio, lettura, riepilogo"));
            List<Night> resent = new ArrayList<>();
            for (int k = 0; k < Math.min(MEASURED_NIGHTS, resends.size()); k++) {
                send(resends.get(k));
                resent.add(night(job, request, "bench-resent-" + (k + 1)));
            }
            rows.add(Night.median(resent).relativeRow(Benchmark.MERGE, changed, first, resent, warmUpNights));
            rows.add(night(job, request, "bench-quiet").relativeRow(Benchmark.MERGE_QUIET, 0, first));
        } catch (OutOfMemoryError e) {
            rows.add(new BenchResult.Row(Benchmark.MERGE, changed, Optional.empty(), 0, 0, false,
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

    /**
     * The three kinds of night, untimed, over every file, in a work folder of their own; then the inbox is put back
     * as it was. Without it the first measured night would be the first in this JVM to archive, assess and cache
     * thousands of files, and the 1% night the first to decode thousands of cache entries and copy rows: each would
     * pay for class loading and JIT, as the other phases, measured after {@link ReadingPhases}' warm-up, do not.
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
        Path scratch = dir.resolve(Benchmark.WARM_UP_DIR);
        MergeRequest warm = new MergeRequest(request.planFile(), request.inbox(), scratch, request.at());
        List<Double> seconds = new ArrayList<>();
        try {
            job.run(warm, "warm-1");
            for (int k = 0; k < Math.min(WARM_UP_NIGHTS, resends.size()); k++) {
                send(resends.get(k));
                long t0 = System.nanoTime();
                job.run(warm, "warm-resent-" + (k + 1));
                seconds.add(Measure.seconds(t0));
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
                            measured.size(), Measure.timesText(measured.stream().map(Night::seconds).toList()),
                            Measure.timesText(untimed)));
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
        double seconds = Measure.seconds(t0);
        return new Night(report, seconds, HeapPeak.sinceReset(), HeapPeak.liveSinceReset());
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

    /** Puts the inbox back as it was (the {@link #keepOriginals originals}) and removes the nights' folders. */
    void putBack(Map<Path, Path> originals) throws IOException {
        send(originals);
        deleteTree(dir.resolve(Benchmark.ORIGINALS_DIR));
        deleteTree(dir.resolve(Benchmark.RESENT_DIR));
    }
}
