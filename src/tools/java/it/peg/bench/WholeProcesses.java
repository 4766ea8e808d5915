package it.peg.bench;

import it.peg.domain.Plan;
import it.peg.plan.PlanWorkbookWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The phases of issue 21, each a whole process as users run it, every one a new JVM started as {@code bin/peg}
 * starts peg ({@link JavaProcess}):
 * <ol>
 *   <li>{@code consolidate} over the first half of the workbooks (with a plan of just those services) and over all
 *       of them, summary and CSV written and the console captured, each against the floor process of the same size
 *       ({@link FloorMain}), interleaved, {@link #ROUNDS} times;</li>
 *   <li>cold nights: {@code merge} with {@code -Xmx256m} in a new JVM per night, a first night, nights after 1% of
 *       the offices re-sent a workbook, nights with nothing new, as shares of the first;</li>
 *   <li>{@code generate} of the half plan, twice, its rate and the two outputs compared byte by byte.</li>
 * </ol>
 */
final class WholeProcesses {
    static final String FLOOR = "processo: floor (JVM, zip + StAX)";
    static final String CONSOLIDATE = "processo: consolidate";
    static final String NIGHT_FIRST = "notte a freddo: prima notte";
    static final String NIGHT_RESENT = "notte a freddo: 1% reinviati";
    static final String NIGHT_QUIET = "notte a freddo: niente di nuovo";
    /** {@code peg --version} with a night's JVM options: the start every night pays before it looks at anything. */
    static final String NIGHT_START = "notte a freddo: solo avvio di peg";
    static final String GENERATE = "processo: generate";
    /**
     * How many times each process runs: {@code rounds} of the floor and consolidate of one size (interleaved),
     * 1% nights (each with other offices' files) and nights with nothing new; rows give the median.
     */
    record Counts(int rounds, int resentNights, int quietNights) {
        Counts {
            if (rounds < 1 || resentNights < 1 || quietNights < 1) {
                throw new IllegalArgumentException("at least one run of each");
            }
        }
    }

    /** peg bench's: two rounds, three 1% nights, two quiet nights. */
    static final Counts DEFAULT = new Counts(2, 3, 2);
    /** A test's: each process once. */
    static final Counts ONCE = new Counts(1, 1, 1);
    /** The targets. */
    static final double CONSOLIDATE_TARGET = 2.0;
    static final double RESENT_TARGET = 0.10;
    static final double QUIET_TARGET = 0.02;
    static final double GENERATE_TARGET = 200;
    static final String NIGHT_HEAP = "-Xmx256m";
    static final String DIR = "processi";

    /** One size of the consolidate comparison: its plan file, a folder with just its workbooks, the floor's list. */
    record Size(int services, Path plan, Path inbox, Path floorManifest) {
    }

    /** What the cold nights need: the full plan and inbox, each 1% night's files, the originals to put back. */
    record Nights(Path plan, Path inbox, List<Map<Path, Path>> resends, Map<Path, Path> originals) {
    }

    private final Path dir;
    private final JavaProcess jvm;
    private final String at;
    private final Consumer<String> log;
    private final Counts counts;

    WholeProcesses(Path dir, JavaProcess java, String at, Counts counts, Consumer<String> log) {
        this.dir = dir;
        this.counts = counts;
        this.jvm = java;
        this.at = at;
        this.log = log;
    }

    /**
     * Writes the plan of the first {@code services} services and a folder linking their workbooks (copies where links
     * are refused), and the floor's manifest of them.
     */
    static Size prepare(Path dir, Plan plan, Path planOfAll, int services, List<Path> workbooks, List<List<String>> parts)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve(DIR).resolve("schede-" + services));
        Path planFile = planOfAll;
        if (services < plan.services().size()) {
            planFile = dir.resolve(DIR).resolve("piano-" + services + ".xlsx");
            PlanWorkbookWriter.write(firstServices(plan, services), planFile);
        }
        List<String> manifest = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            Path target = folder.resolve(workbooks.get(i).getFileName());
            try {
                Files.createLink(target, workbooks.get(i));
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(workbooks.get(i), target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            manifest.add(FloorMain.manifestLine(target, parts.get(i)));
        }
        Path manifestFile = dir.resolve(DIR).resolve("floor-" + services + ".txt");
        FloorMain.writeManifest(manifestFile, manifest);
        return new Size(services, planFile, folder, manifestFile);
    }

    /** The plan cut to its first {@code n} services, with their objectives, indicators, phases and data. */
    static Plan firstServices(Plan plan, int n) {
        if (n >= plan.services().size()) {
            return plan;
        }
        Set<String> services = plan.services().subList(0, n).stream().map(s -> s.code()).collect(Collectors.toSet());
        Set<String> objectives = plan.objectives().stream().filter(o -> services.contains(o.serviceCode()))
                .map(o -> o.code()).collect(Collectors.toSet());
        return new Plan(plan.settings(), plan.services().subList(0, n),
                plan.objectives().stream().filter(o -> services.contains(o.serviceCode())).toList(),
                plan.indicators().stream().filter(i -> objectives.contains(i.objectiveCode())).toList(),
                plan.phases().stream().filter(p -> objectives.contains(p.objectiveCode())).toList(),
                plan.dataYears(),
                plan.dataRows().stream().filter(d -> services.contains(d.serviceCode())).toList());
    }

    /** Every process phase, in printing order; {@code checks} gets what was verified. */
    List<BenchResult.ProcessRow> run(List<Size> sizes, Nights nights, Size generate, List<String> checks)
            throws IOException {
        List<BenchResult.ProcessRow> rows = new ArrayList<>();
        // every process, the floor included, gets the same options: say which, so that a table can be reproduced
        checks.add("processi interi: opzioni della JVM di ognuno, floor compreso: "
                + (jvm.options().isEmpty() ? "nessuna" : String.join(" ", jvm.options())));
        try {
            for (Size size : sizes) {
                rows.addAll(consolidate(size));
            }
            rows.addAll(nights(nights));
            rows.add(generate(generate, checks));
        } finally {
            // the plans, links, outputs and console files of the processes: scratch, as the re-sent workbooks are
            deleteTree(dir.resolve(DIR));
        }
        return rows;
    }

    /** Only the cold nights ({@code peg bench --only notti}); {@code checks} gets the processes' options. */
    List<BenchResult.ProcessRow> nightsOnly(Nights nights, List<String> checks) throws IOException {
        checks.add("processi interi: solo le notti a freddo (--only notti); opzioni della JVM di ognuna: "
                + (jvm.options().isEmpty() ? "nessuna" : String.join(" ", jvm.options())));
        try {
            return nights(nights);
        } finally {
            deleteTree(dir.resolve(DIR));
        }
    }

    private List<BenchResult.ProcessRow> consolidate(Size size) throws IOException {
        Path scratch = dir.resolve(DIR);
        // consolidate keeps the read plan in the user's cache folder: here one of the scratch's, so that the first
        // run reads the plan (its figures in the note) and the measured ones find it, as a user's later runs do
        JavaProcess peg = jvm.withOptions("-Dpeg.cache=" + scratch.resolve("cache-" + size.services()));
        JavaProcess.Run first = consolidate(peg, scratch, size, "consolidate-" + size.services() + "-0");
        List<JavaProcess.Run> floors = new ArrayList<>();
        List<JavaProcess.Run> runs = new ArrayList<>();
        for (int r = 1; r <= counts.rounds(); r++) {
            floors.add(jvm.main(scratch, "floor-" + size.services() + "-" + r, FloorMain.class,
                    List.of(size.floorManifest().toString())));
            runs.add(consolidate(peg, scratch, size, "consolidate-" + size.services() + "-" + r));
        }
        log.accept("Processi consolidate e floor su " + size.services() + " schede misurati.");
        BenchResult.ProcessRow floor = row(FLOOR, size.services(), floors, Optional.empty(), "");
        Optional<BenchResult.Ratio> ratio = ratio(runs, floors, BenchResult.Ratio.Kind.TIMES_FLOOR, CONSOLIDATE_TARGET);
        JavaProcess.Run last = runs.get(runs.size() - 1);
        BenchResult.ProcessRow consolidate = row(CONSOLIDATE, size.services(), runs, ratio,
                String.format(Locale.ITALY, "riepilogo e CSV scritti, console %d righe (stdout %d, stderr %d); piano dalla"
                                + " cache; la prima esecuzione, che legge il piano: %.2f s, %s s CPU%s",
                        last.stdoutLines() + last.stderrLines(), last.stdoutLines(), last.stderrLines(), first.seconds(),
                        first.cpuSeconds().map(c -> String.format(Locale.ITALY, "%.2f", c)).orElse("-"),
                        first.exitCode() == 0 ? "" : ", uscita " + first.exitCode()));
        return List.of(floor, consolidate);
    }

    /** One consolidate of {@code size}, summary and CSV written afresh. */
    private JavaProcess.Run consolidate(JavaProcess peg, Path scratch, Size size, String name) throws IOException {
        Path out = scratch.resolve("riepilogo-" + size.services() + ".xlsx");
        Path csv = scratch.resolve("riepilogo-" + size.services() + ".csv");
        // the same work each round: an existing summary would be read first for the Nucleo's columns
        Files.deleteIfExists(out);
        Files.deleteIfExists(csv);
        return peg.peg(scratch, name, List.of("consolidate", "--plan", size.plan().toString(), "--in",
                size.inbox().toString(), "--at", at, "--out", out.toString(), "--csv", csv.toString()));
    }

    private List<BenchResult.ProcessRow> nights(Nights n) throws IOException {
        Path scratch = dir.resolve(DIR);
        Path work = dir.resolve(DIR).resolve("merge-a-freddo");
        JavaProcess cold = jvm.withOptions(NIGHT_HEAP);
        List<String> args = List.of("merge", "--plan", n.plan().toString(), "--inbox", n.inbox().toString(), "--work",
                work.toString(), "--at", at);
        List<BenchResult.ProcessRow> rows = new ArrayList<>();
        int files;
        try (Stream<Path> inbox = Files.list(n.inbox())) {
            files = (int) inbox.count();
        }
        try {
            aDayOlder(work);
            List<JavaProcess.Run> first = List.of(cold.peg(scratch, "notte-1", args));
            log.accept("Prima notte a freddo misurata.");
            List<JavaProcess.Run> resent = new ArrayList<>();
            int changed = n.resends().isEmpty() ? 0 : n.resends().get(0).size();
            for (int k = 0; k < Math.min(counts.resentNights(), n.resends().size()); k++) {
                copy(n.resends().get(k));
                arrivedBeforeTheNight();
                aDayOlder(work);
                resent.add(cold.peg(scratch, "notte-reinvii-" + (k + 1), args));
            }
            List<JavaProcess.Run> quiet = new ArrayList<>();
            List<JavaProcess.Run> start = new ArrayList<>();
            for (int k = 0; k < counts.quietNights(); k++) {
                start.add(cold.peg(scratch, "avvio-" + (k + 1), List.of("--version")));
                aDayOlder(work);
                quiet.add(cold.peg(scratch, "notte-quieta-" + (k + 1), args));
            }
            log.accept("Notti a freddo misurate.");
            rows.add(row(NIGHT_FIRST, files, first, Optional.empty(), NIGHT_HEAP + ", ogni notte una JVM nuova"
                    + "; dalla seconda, un giorno nuovo come sotto cron (" + NEW_DAY + ")"));
            rows.add(row(NIGHT_RESENT, changed, resent,
                    ratio(resent, first, BenchResult.Ratio.Kind.SHARE_OF_FIRST, RESENT_TARGET),
                    "ogni notte altri uffici, arrivati in cartella prima della notte"));
            rows.add(row(NIGHT_QUIET, 0, quiet, ratio(quiet, first, BenchResult.Ratio.Kind.SHARE_OF_FIRST, QUIET_TARGET), NEW_DAY));
            rows.add(row(NIGHT_START, 0, start, ratio(start, first, BenchResult.Ratio.Kind.SHARE_OF_FIRST, Optional.empty()),
                    "peg --version con le opzioni delle notti, prima di ogni notte senza novità: l'avvio che ogni notte"
                            + " paga (JVM, archivio delle classi, main di peg); nessun obiettivo, per confronto"));
        } finally {
            copy(n.originals());
        }
        return rows;
    }

    /**
     * How long before a night its re-sent workbooks have arrived: under cron the offices' files land in the inbox during
     * the day, hours before the night reads them. A file written less than merge's margin (FileStamp.MARGIN_MILLIS,
     * 2 s, in it.peg.merge) before the night reads it is one whose stamp cannot vouch for what was read, and the next
     * night reads it again: copied a moment before each 1% night, the 20 files made the quiet night after it hash them
     * again, a cost no cron night has. A bench tool's wait, not a test's.
     */
    static final long ARRIVED_BEFORE_MILLIS = 2_100;

    private static void arrivedBeforeTheNight() {
        try {
            Thread.sleep(ARRIVED_BEFORE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        }
    }

    /** What each measured night finds, said in the nights' notes. */
    static final String NEW_DAY = "logs/merge.log scritto l'ultima volta ieri: ruotato in archivio";

    /**
     * merge.log as a cron night finds it: last written on an earlier day (here yesterday at noon, local time, every
     * night the same: deterministic), so that each measured night rolls it over into its archive as every real night
     * does. Without it every night after the first ran on the first night's day and only appended a line.
     */
    static void aDayOlder(Path work) throws IOException {
        Path log = work.resolve("logs").resolve("merge.log");
        if (Files.isRegularFile(log, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.setLastModifiedTime(log, java.nio.file.attribute.FileTime.from(java.time.LocalDate.now().minusDays(1)
                    .atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        }
    }

    private BenchResult.ProcessRow generate(Size size, List<String> checks) throws IOException {
        Path scratch = dir.resolve(DIR);
        List<JavaProcess.Run> runs = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int r = 1; r <= 2; r++) {
            Path out = scratch.resolve("generate-" + r);
            outs.add(out);
            runs.add(jvm.peg(scratch, "generate-" + size.services() + "-" + r,
                    List.of("generate", "--plan", size.plan().toString(), "--out", out.toString())));
        }
        log.accept("Processi generate misurati.");
        String same = sameBytes(outs.get(0), outs.get(1));
        checks.add("generate (processo): " + same);
        double median = median(runs.stream().map(JavaProcess.Run::seconds).toList());
        Optional<BenchResult.Ratio> rate = ok(runs) && median > 0
                ? Optional.of(new BenchResult.Ratio(size.services() / median, BenchResult.Ratio.Kind.RATE, GENERATE_TARGET,
                cpuMedian(runs).filter(c -> c > 0).map(c -> size.services() / c)))
                : Optional.empty();
        for (Path out : outs) {
            deleteTree(out);
        }
        return row(GENERATE, size.services(), runs, rate, "schede/s; " + same);
    }

    /** "identico byte per byte (N file)" or what differs. */
    static String sameBytes(Path a, Path b) throws IOException {
        List<Path> left = files(a);
        List<Path> right = files(b);
        if (!left.stream().map(p -> a.relativize(p).toString()).toList()
                .equals(right.stream().map(p -> b.relativize(p).toString()).toList())) {
            return "DIVERSO: file diversi (" + left.size() + " e " + right.size() + ")";
        }
        if (left.isEmpty()) {
            return "DIVERSO: nessun file scritto";
        }
        for (int i = 0; i < left.size(); i++) {
            if (Files.mismatch(left.get(i), right.get(i)) != -1) {
                return "DIVERSO: " + a.relativize(left.get(i)) + " cambia tra due esecuzioni";
            }
        }
        return "output identico byte per byte in due esecuzioni (" + left.size() + " file)";
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The row of a phase run several times: median wall and CPU time, highest heap, each time and exit in the note. */
    private static BenchResult.ProcessRow row(String phase, int files, List<JavaProcess.Run> runs,
                                              Optional<BenchResult.Ratio> ratio, String note) {
        String times = runs.stream().map(r -> String.format(Locale.ITALY, "%.2f", r.seconds()))
                .collect(Collectors.joining(" "));
        String exits = runs.stream().map(r -> Integer.toString(r.exitCode())).distinct().collect(Collectors.joining("/"));
        String failure = runs.stream().filter(r -> r.exitCode() > 1).findFirst()
                .map(r -> "; ERRORE: " + r.firstError()).orElse("");
        String text = (note.isEmpty() ? "" : note + "; ") + "uscita " + exits
                + (runs.size() > 1 ? "; mediana di " + runs.size() + ": " + times + " s" : "") + failure;
        return new BenchResult.ProcessRow(phase, files, Optional.of(median(runs.stream().map(JavaProcess.Run::seconds).toList())),
                cpuMedian(runs), runs.stream().mapToLong(JavaProcess.Run::peakHeap).max().orElse(0),
                runs.stream().mapToLong(JavaProcess.Run::liveHeap).max().orElse(0), ratio, text);
    }

    /** The ratio of the medians (wall and CPU), when every process of both ended as peg's commands end when done. */
    static Optional<BenchResult.Ratio> ratio(List<JavaProcess.Run> runs, List<JavaProcess.Run> base,
                                             BenchResult.Ratio.Kind kind, double target) {
        return ratio(runs, base, kind, Optional.of(target));
    }

    /** As above, with no target when {@code target} is empty (a figure shown for comparison). */
    static Optional<BenchResult.Ratio> ratio(List<JavaProcess.Run> runs, List<JavaProcess.Run> base,
                                             BenchResult.Ratio.Kind kind, Optional<Double> target) {
        if (!ok(runs) || !ok(base)) {
            return Optional.empty();
        }
        double b = median(base.stream().map(JavaProcess.Run::seconds).toList());
        if (b <= 0) {
            return Optional.empty();
        }
        Optional<Double> cpu = cpuMedian(runs).flatMap(c -> cpuMedian(base).filter(x -> x > 0).map(x -> c / x));
        return Optional.of(new BenchResult.Ratio(median(runs.stream().map(JavaProcess.Run::seconds).toList()) / b, kind,
                target, cpu));
    }

    /** Exit 0 (done) or 1 (done, some inputs with errors): the work was done. */
    private static boolean ok(List<JavaProcess.Run> runs) {
        return !runs.isEmpty() && runs.stream().allMatch(r -> r.exitCode() == 0 || r.exitCode() == 1);
    }

    private static Optional<Double> cpuMedian(List<JavaProcess.Run> runs) {
        List<Optional<Double>> cpu = runs.stream().map(JavaProcess.Run::cpuSeconds).toList();
        return cpu.stream().allMatch(Optional::isPresent) && !cpu.isEmpty()
                ? Optional.of(median(cpu.stream().map(Optional::get).toList())) : Optional.empty();
    }

    static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return (s.get((s.size() - 1) / 2) + s.get(s.size() / 2)) / 2;
    }

    private static void copy(Map<Path, Path> files) throws IOException {
        for (Map.Entry<Path, Path> e : files.entrySet()) {
            Files.copy(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
