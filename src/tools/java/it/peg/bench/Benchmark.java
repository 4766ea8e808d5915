package it.peg.bench;

import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The benchmark of issue 6: a synthetic plan of N services, its workbooks generated and filled once
 * ({@link Preparation}), then, side by side on the same files and in one JVM: the floor, consolidate (sequential
 * and parallel), the naive POI reader and the summary ({@link ReadingPhases}); the nightly merge
 * ({@link MergeNights}); and last the whole processes, each a new JVM ({@link WholeProcesses}). This class runs
 * them in that order and names the rows; {@link BenchTable} prints them.
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

    public BenchResult run() throws IOException {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<BenchResult.Row> rows = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        // the nightly merge, last: it reads the plan from its file, so the synthetic plan and everything built
        // from it go out of scope with the other phases and the merge's heap is the merge's own
        Object setup = otherPhases(rows, checks);
        List<BenchResult.ProcessRow> processes = new ArrayList<>();
        if (setup instanceof MergeNights.Setup m) {
            MergeNights nights = new MergeNights(dir);
            Map<Path, Path> originals = nights.keepOriginals(m.resends());
            try {
                if (!nightsOnly) {
                    rows.addAll(nights.measure(m.request(), m.resends(), originals, m.files()));
                }
                if (processes() || nightsOnly) {
                    // whole processes last, with this JVM idle: each is a new JVM as bin/peg starts one
                    WholeProcesses whole = new WholeProcesses(dir, JavaProcess.likeThisOne(), m.request().at().orElseThrow()
                            .toString(), processCounts, log);
                    WholeProcesses.Nights cold = new WholeProcesses.Nights(m.request().planFile(), m.request().inbox(),
                            m.resends(), originals);
                    processes.addAll(nightsOnly ? whole.nightsOnly(cold, checks)
                            : whole.run(m.sizes(), cold, m.sizes().get(0), checks));
                }
            } finally {
                nights.putBack(originals);
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
    private boolean nightsOnly;

    /**
     * Only the cold merge nights ({@code peg bench --only notti}): the workbooks are generated and filled, then the
     * nights run as whole processes; the in-JVM phases and the other processes are skipped, so that 10,000 services
     * take minutes, not an hour.
     */
    Benchmark nightsOnly(boolean only) {
        this.nightsOnly = only;
        return this;
    }

    /** Each process run this many times (a test runs each once). */
    Benchmark processCounts(WholeProcesses.Counts counts) {
        this.processCounts = counts;
        return this;
    }

    /** Every phase but the merge nights; returns the nights' set-up, or the row saying why they are skipped. */
    private Object otherPhases(List<BenchResult.Row> rows, List<String> checks) throws IOException {
        Plan plan = SyntheticPlan.build(services, SEED);
        log.accept("Piano sintetico: " + plan.services().size() + " servizi, " + plan.objectives().size() + " obiettivi, "
                + plan.indicators().size() + " indicatori, " + plan.settings().verifiche().size() + " verifiche.");
        Preparation preparation = new Preparation(dir, threads, log);
        List<Path> generated = preparation.generate(plan, rows);
        OfficeSimulator offices = new OfficeSimulator(plan, SEED);
        List<FilledWorkbook> workbooks = preparation.fill(plan, offices, generated, rows);
        if (!nightsOnly) {
            new ReadingPhases(dir, threads, baseline, summary).run(plan, workbooks, rows, checks);
        }
        return new MergeNights(dir).setUp(plan, offices, generated, workbooks, summary, !nightsOnly && processes());
    }

    /** Folders of the merge nights' workbooks, inside the bench's folder (removed at the end of the nights). */
    public static final String RESENT_DIR = "reinvii";
    public static final String ORIGINALS_DIR = "originali";
    public static final String WARM_UP_DIR = "merge-riscaldamento";
}
