package it.peg.merge;

import it.peg.io.Sha256;
import it.peg.merge.cache.AssessmentCache;
import it.peg.merge.standin.StandInPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static it.peg.merge.Ledger.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The night's own overhead (issue 21, h24-skeleton): each received file and the plan hashed once a night, with the
 * guarantees the repeated hashes gave; the read-ahead stopped on every way out of a night; special files where merge
 * keeps its ledger and night state refused or treated as damaged, never waited on.
 */
class NightOverheadTest extends MergeNightCases {
    @BeforeEach
    void twoSchede() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=70\n");
    }

    @AfterEach
    void reset() {
        QuietNight.wallClock = System::currentTimeMillis;
        QuietNight.lister = InboxWalk::of;
    }

    /** Files written now are not settled: the wall clock moves on a minute so that their stamps vouch for them. */
    private static void aMinuteLater() {
        long later = System.currentTimeMillis() + 60_000;
        QuietNight.wallClock = () -> later;
    }

    /** A pipeline that saves the plan (other bytes) while the night reads it. */
    private final class SavesThePlanWhileRead extends StandInPipeline {
        final boolean sameSizeAndTime;

        SavesThePlanWhileRead(boolean sameSizeAndTime) {
            this.sameSizeAndTime = sameSizeAndTime;
        }

        @Override
        public it.peg.plan.PlanReadResult loadPlan(Path planFile) throws IOException {
            it.peg.plan.PlanReadResult read = super.loadPlan(planFile);
            String text = Files.readString(planFile);
            FileTime mtime = Files.getLastModifiedTime(planFile);
            if (sameSizeAndTime) {
                // one byte of a service's name changed in place, the time set back: only the change time tells
                Files.writeString(planFile, text.replace("S003", "S00X"));
                Files.setLastModifiedTime(planFile, mtime);
            } else {
                Files.writeString(planFile, text + "obiettivo=OB9;S002\n");
            }
            return read;
        }
    }

    private void deletePlanCache() throws IOException {
        try (var entries = Files.newDirectoryStream(work.resolve(AssessmentCache.DIR), "plan-*.bin")) {
            for (Path p : entries) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aPlanSavedWhileTheFirstNightReadsItLeavesNoNightState() throws Exception {
        MergeReport r = run("2024-07-01T02:00:00Z", new SavesThePlanWhileRead(false));
        assertEquals(MergeReport.Outcome.OK, r.outcome());
        assertFalse(Files.exists(QuietNight.nightStateFile(work)), "no state for a plan nobody read");
        assertFalse(Files.exists(NightManifest.path(work)), "nor a manifest");
    }

    @Test
    void aPlanSavedWhileANightReadsItIsNotTakenForTheOneReadThoughItsStampVouchedBefore() throws Exception {
        for (boolean sameSizeAndTime : new boolean[] {false, true}) {
            Files.deleteIfExists(NightManifest.path(work));
            QuietNight.wallClock = System::currentTimeMillis;
            run("2024-07-01T02:00:00Z");
            aMinuteLater();
            run("2024-07-01T03:00:00Z"); // the manifest written again, the plan's stamp now settled
            // the plan's settled stamp vouches for its digest: not hashed before the read
            assertTrue(PlanDigest.before(request(), "test").vouched(), "vouched by the manifest");
            byte[] state = Files.readAllBytes(QuietNight.nightStateFile(work));
            byte[] manifest = Files.readAllBytes(NightManifest.path(work));
            MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=60\n" + sameSizeAndTime); // not a quiet night
            deletePlanCache(); // the plan is read from the file, and saved meanwhile
            run("2024-07-02T02:00:00Z", new SavesThePlanWhileRead(sameSizeAndTime));
            assertEquals(List.of(), differing(state, Files.readAllBytes(QuietNight.nightStateFile(work))),
                    sameSizeAndTime + ": the night state is not replaced");
            assertEquals(List.of(), differing(manifest, Files.readAllBytes(NightManifest.path(work))),
                    sameSizeAndTime + ": nor the manifest");
            assertFalse(PlanDigest.before(request(), "test").vouched(), "the plan as saved is hashed");
            Files.delete(inbox.resolve("S003.txt"));
        }
    }

    private static List<Integer> differing(byte[] a, byte[] b) {
        return java.util.Arrays.equals(a, b) ? List.of() : List.of(a.length, b.length);
    }

    @Test
    void thePlansDigestIsTheManifestsOnlyWhileItsSettledStampVouchesForIt() throws Exception {
        run("2024-07-01T02:00:00Z");
        String real = Sha256.ofFile(plan);
        long justAfter = Files.getLastModifiedTime(plan).toMillis() + 1_000;
        QuietNight.wallClock = () -> justAfter;
        PlanDigest justWritten = PlanDigest.before(request(), "test");
        assertFalse(justWritten.vouched(), "the plan is younger than the margin: hashed");
        assertEquals(real, justWritten.sha());
        aMinuteLater();
        run("2024-07-01T03:00:00Z"); // the manifest written again, the plan's stamp now settled
        // a manifest claiming another digest under the plan's stamp: taken, so the plan is not read
        NightManifest m = NightManifest.read(work, "test").orElseThrow();
        new NightManifest(m.planPath(), m.inboxPath(), new NightManifest.Entry(m.plan().stamp(), true, "claimed"),
                m.planYear(), m.verificaDate(), m.verificaLabel(), m.validFrom(), m.validUntil(), m.counts(), m.inbox(),
                m.received(), m.work(), m.ledger(), m.nightState(), m.archiveFolders()).write(work, "test");
        PlanDigest vouched = PlanDigest.before(request(), "test");
        assertEquals("claimed", vouched.sha());
        assertTrue(vouched.stillTheOneRead(), "the stamp unchanged since: no second hash either");
        assertTrue(PlanDigest.before(new MergeRequest(plan, inbox, work, Optional.empty()), "another build").sha()
                .equals(real), "another build's manifest is not read");
        Files.setLastModifiedTime(plan, FileTime.from(Instant.parse("2024-07-01T12:00:00Z")));
        assertFalse(vouched.stillTheOneRead(), "touched since: hashed again, and the claim does not hold");
        PlanDigest touched = PlanDigest.before(request(), "test");
        assertFalse(touched.vouched());
        assertEquals(real, touched.sha());
        assertTrue(touched.stillTheOneRead(), "the same bytes");
    }

    /** A new file is hashed once a night: the quiet check's reading goes to the ordinary run with the listing. */
    @Test
    void theFileTheQuietCheckReadIsNotReadAgainByTheOrdinaryRun() throws Exception {
        run("2024-07-01T02:00:00Z");
        aMinuteLater();
        run("2024-07-01T03:00:00Z"); // the inbox's stamps now settled in the manifest: not read again
        Path added = MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=60\n");
        QuietNight.Learned learned = new QuietNight.Learned();
        Clock clock = Clock.fixed(Instant.parse("2024-07-02T02:00:00Z"), ZoneOffset.UTC);
        assertTrue(QuietNight.run(request(), "test", "test", clock, "r", System.nanoTime(), learned).isEmpty());
        assertEquals(Map.of("S003.txt", Sha256.ofFile(added)), learned.listing().orElseThrow().digests(), "read by the check");
        // the ordinary run takes that reading: a claim put in its place is what it gets
        List<it.peg.consolidate.InputFile> files = learned.listing().orElseThrow().inputs().files();
        List<String> hashes = InboxHashes.of(request(), "test", files, learned.listing().orElseThrow().stamps(),
                Map.of("S003.txt", "read-by-the-check"));
        assertEquals("read-by-the-check", hashes.get(files.stream().map(f -> f.name()).toList().indexOf("S003.txt")));
        // and the night archives it under the digest of the bytes it copied
        MergeReport r = run("2024-07-02T02:00:00Z");
        assertEquals(1, r.newFiles());
        assertTrue(new Archive(work).contains(Sha256.ofFile(added), "S003.txt"));
    }

    /** The check reads the likely new files first: a new name before a file the last night read as it arrived. */
    @Test
    void theQuietCheckReadsANewFileBeforeTheFilesNotYetSettled() throws Exception {
        run("2024-07-01T02:00:00Z"); // S001 and S002 read just after they were written: their stamps do not vouch yet
        aMinuteLater();
        Path added = MergeFixture.drop(inbox, "S000.txt", "servizio=S003\nvalore=60\n"); // listed first
        QuietNight.Learned learned = new QuietNight.Learned();
        Clock clock = Clock.fixed(Instant.parse("2024-07-02T02:00:00Z"), ZoneOffset.UTC);
        assertTrue(QuietNight.run(request(), "test", "test", clock, "r", System.nanoTime(), learned).isEmpty());
        assertEquals(Map.of("S000.txt", Sha256.ofFile(added)), learned.listing().orElseThrow().digests(), "only the new file read");
        Files.delete(added);
        assertTrue(QuietNight.run(request(), "test", "test", clock, "r", System.nanoTime(), learned).isPresent(),
                "nothing new: the files not yet settled are read, found known");
    }

    /**
     * The manifest vouches for an inbox file by the stamp taken while listing, not one taken at the end of the run: a
     * file rewritten after the listing (same size, its time set back) is read again the next night.
     */
    @Test
    void aFileRewrittenAfterTheListingIsReadAgainTheNextNight() throws Exception {
        run("2024-07-01T02:00:00Z");
        aMinuteLater();
        run("2024-07-02T02:00:00Z"); // every stamp now settled in the manifest
        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=60\n"); // an ordinary night
        Path s1 = inbox.resolve("S001.txt");
        QuietNight.lister = folder -> {
            InboxWalk walk = InboxWalk.of(folder);
            FileTime mtime = Files.getLastModifiedTime(s1);
            Files.writeString(s1, "servizio=S001\nvalore=90\n");
            Files.setLastModifiedTime(s1, mtime);
            return walk;
        };
        MergeReport second = run("2024-07-03T02:00:00Z");
        assertEquals(1, second.newFiles(), "S003; S001 was known by its listed stamp");
        QuietNight.lister = InboxWalk::of;
        MergeReport third = run("2024-07-04T02:00:00Z");
        assertEquals(1, third.newFiles(), "S001 as rewritten: its stamp differs from the one listed");
    }

    /** A night with nothing new makes one append durable: its RUN_START and RUN_END together. */
    @Test
    void aQuietNightWritesItsTwoLedgerLinesWithOneFsync() throws Exception {
        run("2024-07-01T02:00:00Z");
        aMinuteLater();
        int before = Ledger.FORCES.get();
        MergeReport quiet = run("2024-07-02T02:00:00Z");
        assertEquals(1, Ledger.FORCES.get() - before);
        List<LedgerEntry> entries = Ledger.read(work).entries();
        LedgerEntry start = entries.get(entries.size() - 2);
        LedgerEntry end = entries.get(entries.size() - 1);
        assertTrue(start.is(LedgerEvent.RUN_START) && end.is(LedgerEvent.RUN_END), entries.toString());
        assertEquals("r-2024-07-02T02:00:00Z", start.run());
        assertEquals(start.run(), end.run());
        assertEquals("unchanged", end.require("inputs"));
        assertEquals(MergeReport.Outcome.OK, quiet.outcome());
    }

    /** Regression: a night that failed after the read-ahead started (here in archivedFiles) left its thread running. */
    @Test
    void aNightThatFailsStopsTheCacheReadAhead() throws Exception {
        run("2024-07-01T02:00:00Z");
        int before = CacheReadAhead.running();
        // a line of the ledger naming a content that is not a SHA-256: the archive's path for it cannot be made
        Ledger.open(work, "hand", Clock.systemUTC()).append(LedgerEvent.ARCHIVED, fields("sha256", "zz",
                "name", "S009.txt", "size", "3", "received", "2024-07-01T03:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> run("2024-07-02T02:00:00Z"));
        assertEquals(before, CacheReadAhead.running(), "stopped");
    }

    @Test
    void aNightWithAnInvalidPlanOrUnchangedInputsStopsTheCacheReadAhead() throws Exception {
        int before = CacheReadAhead.running();
        run("2024-07-01T02:00:00Z");
        Files.delete(NightManifest.path(work)); // the ordinary run, which stops at the night state
        assertEquals(0, run("2024-07-02T02:00:00Z").newFiles());
        Files.writeString(plan, Files.readString(plan) + "invalido\n");
        assertEquals(MergeReport.Outcome.PLAN_INVALID, run("2024-07-03T02:00:00Z").outcome());
        assertEquals(before, CacheReadAhead.running());
    }

    private void mkfifo(Path file) throws Exception {
        Files.deleteIfExists(file);
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
    }

    /** Regression: a FIFO at the ledger's path was opened to be read (or appended to), waiting for a peer for ever. */
    @Test
    void aFifoAtTheLedgersPathIsRefusedNotWaitedOn() throws Exception {
        run("2024-07-01T02:00:00Z");
        Path ledger = work.resolve(Ledger.FILE_NAME);
        mkfifo(ledger);
        for (boolean withManifest : new boolean[] {true, false}) {
            if (!withManifest) {
                NightManifest.delete(work);
            }
            IOException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(IOException.class, () -> run("2024-07-02T02:00:00Z")), "waited on the FIFO");
            assertEquals("Il registro " + ledger + " non è un file normale (una pipe, un dispositivo o una cartella):"
                    + " peg non lo apre, perché leggerlo o scriverlo potrebbe bloccare la notte per sempre. Rimuoverlo"
                    + " (rm " + ledger + ") o ripristinare il registro da una copia di sicurezza e rilanciare.",
                    e.getMessage());
        }
        assertEquals(Optional.empty(), Ledger.refusal(tmp.resolve("no-work-yet")));
        assertTrue(Ledger.refusal(work).isPresent());
    }

    /** Regression: a FIFO at cache/night-state.bin was read to seal or decode it, waiting for a writer for ever. */
    @Test
    void aFifoAtTheNightStatesPathIsADamagedStateNotWaitedOn() throws Exception {
        for (boolean withManifest : new boolean[] {true, false}) {
            run("2024-07-01T02:00:00Z");
            if (!withManifest) {
                NightManifest.delete(work);
            }
            Path state = QuietNight.nightStateFile(work);
            mkfifo(state);
            MergeReport r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("2024-07-02T02:00:00Z"),
                    "waited on the FIFO");
            assertEquals(MergeReport.Outcome.OK, r.outcome());
            assertEquals("changed", Ledger.read(work).of("RUN_END").get(Ledger.read(work).of("RUN_END").size() - 1)
                    .require("inputs"), withManifest + ": a full run");
            assertTrue(Files.isRegularFile(state, LinkOption.NOFOLLOW_LINKS), "written again as a file");
            assertTrue(NightState.read(work, "test").isPresent());
        }
    }
}
