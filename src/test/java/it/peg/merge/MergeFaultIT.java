package it.peg.merge;

import it.peg.io.Sha256;
import it.peg.merge.standin.StandInMain;
import it.peg.merge.standin.StandInPipeline;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Real {@code peg merge} processes over a few hundred files, killed at seeded random moments, with SIGKILL or with
 * SIGTERM (what {@code timeout}, systemd and a shutdown send: Java's orderly exit, no step of peg's finished).
 * Two "nights": the second adds files. After every kill: the inbox is unchanged, every recorded file is in
 * the archive with its hash, the summary and the CSV are byte-for-byte either the previous night's or the
 * new one (so they open); the next clean run gives exactly what an uninterrupted run gives. Also: two
 * concurrent merges (one exits 3 and changes nothing) and a run with nothing new.
 *
 * <p>The processes run {@link StandInMain} (merge wired to the test stand-in pipeline) with a fixed clock
 * ({@code -Dpeg.merge.now}) so that interrupted and clean histories can be compared byte for byte.
 */
class MergeFaultIT {
    private static final long SEED = 20240701L;
    private static final int SERVICES = 60;
    private static final int KILLS_PER_NIGHT = 11;
    private static final String NIGHT1 = "2024-07-01T01:00:00Z";
    private static final String NIGHT2 = "2024-07-02T01:00:00Z";

    @TempDir
    static Path tmp;
    static Path plan;
    static Path inbox1;
    static Path inbox2;
    static Map<String, String> inbox1Hashes;
    static Map<String, String> inbox2Hashes;
    static Outputs ref1;
    static Outputs ref2;
    /** How long a run takes once the night's work is done (nothing new: it stops after the archive step). */
    static long quietMillis;

    record Outputs(int exit, byte[] xlsx, byte[] csv, long millis, List<String> archived) {
    }

    @BeforeAll
    static void referenceHistory() throws Exception {
        plan = MergeFixture.plan(tmp, SERVICES);
        inbox1 = tmp.resolve("inbox1");
        inbox2 = tmp.resolve("inbox2");
        Random rnd = new Random(SEED);
        for (int v = 1; v <= 5; v++) {
            for (int s = 1; s <= SERVICES; s++) {
                String name = (s % 2 == 0 ? "ufficio-" + (s % 5) + "/" : "") + MergeFixture.service(s) + " v" + v + ".txt";
                String body = s % 7 == 0 && v >= 4 ? "servizio=" + MergeFixture.service(s) + "\nvalore=??\n"
                        : "servizio=" + MergeFixture.service(s) + "\nvalore=" + rnd.nextInt(120) + "\n";
                if (v <= 3) {
                    MergeFixture.drop(inbox1, name, body);
                }
                MergeFixture.drop(inbox2, name, body);
            }
        }
        for (int j = 0; j < 3; j++) {
            MergeFixture.drop(inbox1, "varie/appunti " + j + ".txt", "appunti " + j);
            MergeFixture.drop(inbox2, "varie/appunti " + j + ".txt", "appunti " + j);
            // named as workbooks, refused by content: failed deliveries, which make night 2 exit 1
            MergeFixture.drop(inbox2, "varie/foto " + j + ".xlsx", "non una scheda " + j);
        }
        MergeFixture.drop(inbox1, "~$S001 v1.txt", "excel lock file"); // skipped by the scanner
        inbox1Hashes = MergeFixture.hashes(inbox1);
        inbox2Hashes = MergeFixture.hashes(inbox2);
        assertTrue(inbox2Hashes.size() >= 300);

        Path ref = tmp.resolve("work-ref");
        ref1 = completeRun(inbox1, ref, NIGHT1);
        ref2 = completeRun(inbox2, ref, NIGHT2);
        // issue 17: only notes (appunti .txt) were rejected in inbox1: nobody's failed delivery, exit 0
        assertEquals(0, ref1.exit(), "only stray notes were rejected");
        assertEquals(1, ref2.exit());
        assertFalse(Arrays.equals(ref1.xlsx(), ref2.xlsx()));
        quietMillis = completeRun(inbox2, ref, NIGHT2).millis();
    }

    @Test
    void killedRunsNeverLoseOrCorruptAnythingAndTheNextRunConverges() throws Exception {
        Path work = tmp.resolve("work-fault");
        Random rnd = new Random(SEED);
        Random signals = new Random(SEED + 1); // apart, so that the moments drawn stay those of SIGKILL alone
        int kills = 0;
        int terms = 0;
        Outputs previous = null;
        for (int night = 1; night <= 2; night++) {
            Path inbox = night == 1 ? inbox1 : inbox2;
            String now = night == 1 ? NIGHT1 : NIGHT2;
            Outputs next = night == 1 ? ref1 : ref2;
            int killedTonight = 0;
            boolean completedTonight = false;
            for (int attempt = 0; killedTonight < KILLS_PER_NIGHT && attempt < 4 * KILLS_PER_NIGHT; attempt++) {
                long endsBefore = runEnds(work);
                Process p = start(inbox, work, now);
                // once a run has completed tonight the next ones have nothing to do and end sooner: the kill is
                // drawn within the time such a run takes, so that it still lands while the run works
                long expected = completedTonight ? quietMillis : next.millis();
                long delay = rnd.nextInt((int) Math.max(300, expected * 11 / 10));
                if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    if (signals.nextBoolean()) {
                        p.destroy(); // SIGTERM
                        terms++;
                    } else {
                        p.destroyForcibly(); // SIGKILL
                    }
                    killedTonight++;
                    p.waitFor(30, TimeUnit.SECONDS);
                    // killed after it had recorded its end: its work is complete, rejections reported
                    completedTonight |= runEnds(work) > endsBefore;
                } else {
                    // it finished before the kill: its exit code is the one the scheduler would have seen
                    assertEquals(completedTonight ? 0 : next.exit(), p.exitValue());
                    completedTonight = true;
                }
                checkInvariants(work, previous, next);
            }
            kills += killedTonight;
            Outputs done = completeRun(inbox, work, now);
            assertEquals(completedTonight ? 0 : next.exit(), done.exit(),
                    "the run completing killed ones reports what an uninterrupted run reports");
            assertArrayEquals(next.xlsx(), done.xlsx(), "night " + night + ": same summary as an uninterrupted run");
            assertArrayEquals(next.csv(), done.csv(), "night " + night + ": same CSV as an uninterrupted run");
            assertTrue(next.archived().equals(done.archived()), "night " + night + ": same files recorded ("
                    + next.archived().size() + " in the clean run, " + done.archived().size() + " here)");
            previous = next;
        }
        System.out.println("MergeFaultIT: " + kills + " runs killed, " + terms + " of them with SIGTERM");
        assertTrue(kills >= 20, "only " + kills + " runs were actually killed");
        assertTrue(terms >= 5 && kills - terms >= 5, terms + " of " + kills + " runs killed with SIGTERM");

        // nothing new: outputs byte-identical, the ledger notes the run
        int ends = Ledger.read(work).of("RUN_END").size();
        Outputs again = completeRun(inbox2, work, NIGHT2);
        assertArrayEquals(ref2.xlsx(), again.xlsx());
        List<LedgerEntry> runEnds = Ledger.read(work).of("RUN_END");
        assertEquals(ends + 1, runEnds.size());
        assertEquals("0", runEnds.get(runEnds.size() - 1).require("new"));
        assertEquals("unchanged", runEnds.get(runEnds.size() - 1).require("summary"));
        assertTrue(Ledger.read(work).of("LOCK_TAKEN_OVER").size() > 0, "killed runs' locks were taken over");
    }

    @Test
    void aSecondConcurrentMergeExitsThreeAndChangesNothing() throws Exception {
        Path work = tmp.resolve("work-concurrent");
        // the first run takes the lock, writes RUN_START and holds in loadPlan until the test closes its input:
        // no guess at how long a loaded machine needs for either
        Process first = start(inbox1, work, NIGHT1, "-D" + StandInPipeline.HOLD + "=true");
        try {
            awaitErrorLine(first, StandInPipeline.HOLDING);
            assertTrue(RunLock.describeOwner(work).contains("pid=" + first.pid()), RunLock.describeOwner(work));
            assertEquals(1, Ledger.read(work).of("RUN_START").size(), "the first run has started");
            Map<String, String> before = MergeFixture.hashes(work, MergeLogging.DIR);
            Process second = start(inbox1, work, NIGHT1);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(3, second.exitValue());
            assertTrue(first.isAlive(), "the second run exited while the first still held the lock");
            assertEquals(before, MergeFixture.hashes(work, MergeLogging.DIR), "the refused run changed nothing");
            first.getOutputStream().close(); // lets the first run go on
            assertTrue(first.waitFor(120, TimeUnit.SECONDS));
            assertEquals(ref1.exit(), first.exitValue());
            assertArrayEquals(ref1.xlsx(), Files.readAllBytes(work.resolve(MergeJob.SUMMARY)));
        } finally {
            first.destroyForcibly();
        }
    }

    /** Reads the process's standard error until {@code line}; fails if the process ends or a minute passes first. */
    private static void awaitErrorLine(Process p, String line) {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String l = err.readLine(); l != null; l = err.readLine()) {
                if (l.equals(line)) {
                    return;
                }
                seen.add(l);
            }
            fail("the process ended before \"" + line + "\": " + seen);
        }, () -> "no \"" + line + "\" within a minute: " + seen);
    }

    private static void checkInvariants(Path work, Outputs previous, Outputs next) throws Exception {
        assertEquals(inbox1Hashes, MergeFixture.hashes(inbox1), "inbox modified");
        assertEquals(inbox2Hashes, MergeFixture.hashes(inbox2), "inbox modified");
        Archive archive = new Archive(work);
        Ledger.Contents ledger = Ledger.read(work);
        for (LedgerEntry e : ledger.of("ARCHIVED")) {
            Path copy = archive.pathOf(e.require("sha256"), e.require("name"));
            assertTrue(Files.isRegularFile(copy), "recorded but not archived: " + e.require("name"));
            assertEquals(e.require("sha256"), Sha256.ofFile(copy));
        }
        Path root = work.resolve(Archive.DIR);
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String n = p.getFileName().toString();
                    if (Files.isRegularFile(p) && !n.startsWith(".")) {
                        assertEquals(n.substring(0, 64), Sha256.ofFile(p), "archive file with wrong content");
                    }
                }
            }
        }
        checkOutput(work.resolve(MergeJob.SUMMARY), previous == null ? null : previous.xlsx(), next.xlsx(), true);
        checkOutput(work.resolve(MergeJob.CSV), previous == null ? null : previous.csv(), next.csv(), false);
    }

    private static void checkOutput(Path file, byte[] previous, byte[] next, boolean workbook) throws IOException {
        if (!Files.exists(file)) {
            assertEquals(null, previous, file.getFileName() + " vanished");
            return;
        }
        byte[] now = Files.readAllBytes(file);
        if (!Arrays.equals(now, next) && (previous == null || !Arrays.equals(now, previous))) {
            fail(file.getFileName() + " is neither the previous nor the new state");
        }
        if (workbook) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(now))) {
                assertNotNull(wb.getSheet("Registro"));
            }
        }
    }

    private static List<String> archivedSet(Path work) throws IOException {
        return Ledger.read(work).of("ARCHIVED").stream().map(e -> e.require("name") + " " + e.require("sha256"))
                .sorted().toList();
    }

    private static Outputs completeRun(Path inbox, Path work, String now) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(inbox, work, now);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "merge did not finish");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.exitValue() <= 1, "exit " + p.exitValue() + ": " + err);
        return new Outputs(p.exitValue(), Files.readAllBytes(work.resolve(MergeJob.SUMMARY)),
                Files.readAllBytes(work.resolve(MergeJob.CSV)), millis, archivedSet(work));
    }

    private static Process start(Path inbox, Path work, String now, String... jvmOptions) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Dpeg.merge.now=" + now);
        cmd.addAll(List.of(jvmOptions));
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(StandInMain.class.getName());
        cmd.addAll(List.of("merge", "--plan", plan.toString(), "--inbox", inbox.toString(), "--work", work.toString(),
                "--at", "30/06/2024", "-q"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        return pb.start();
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", "");
        if (cp.isBlank() || !cp.contains("classes")) {
            cp = System.getProperty("java.class.path");
        }
        if (!cp.contains("test-classes")) {
            cp = "target/test-classes" + File.pathSeparator + "target/classes" + File.pathSeparator + cp;
        }
        return cp;
    }

    /** RUN_END lines in the ledger: runs that completed, even if killed just before the JVM exited. */
    private static long runEnds(Path work) throws java.io.IOException {
        return Files.exists(work.resolve("ledger.tsv")) ? Ledger.read(work).of("RUN_END").size() : 0;
    }
}
