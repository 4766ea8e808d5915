package it.peg.merge;

import it.peg.merge.standin.StandInPipeline;
import it.peg.merge.cache.AssessmentCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiet night told from the manifest ({@link QuietNight}): taken only when a full run would stop at the night
 * state's check, and then with the same report, ledger lines and files as that run. Each case runs the same nights in
 * two work folders, one of which loses its manifest before the night compared: that one shows what the ordinary run
 * does.
 */
class QuietNightTest {
    @TempDir
    Path tmp;
    Path inbox;
    Path plan;
    /** The work folder that keeps its manifest, and the one that shows the ordinary run. */
    Path fast;
    Path ordinary;

    @BeforeEach
    void setUp() throws Exception {
        inbox = tmp.resolve("inbox");
        fast = tmp.resolve("work-fast");
        ordinary = tmp.resolve("work-ordinary");
        Files.createDirectories(inbox);
        plan = MergeFixture.plan(tmp, 3);
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=non so\n");
        MergeFixture.drop(inbox, "sub/leggimi.txt", "istruzioni\n");
    }

    @AfterEach
    void resetClock() {
        QuietNight.wallClock = System::currentTimeMillis;
        QuietNight.lister = InboxWalk::of;
    }

    /** Counts the plan readings: the ordinary run reads the plan (its cache entry is deleted before each night). */
    private static final class Counting extends StandInPipeline {
        final AtomicInteger plans = new AtomicInteger();
        final AtomicInteger assessed = new AtomicInteger();

        @Override
        public it.peg.plan.PlanReadResult loadPlan(Path planFile) throws java.io.IOException {
            plans.incrementAndGet();
            return super.loadPlan(planFile);
        }

        @Override
        public it.peg.consolidate.FileAssessment assess(it.peg.domain.Plan p, it.peg.domain.Verifica v,
                                                        it.peg.consolidate.InputFile file) {
            assessed.incrementAndGet();
            return super.assess(p, v, file);
        }
    }

    private record Night(MergeReport report, boolean quick, int assessed) {
    }

    private Night night(Path work, String now, Optional<LocalDate> at) throws Exception {
        try (var entries = Files.newDirectoryStream(work.resolve(AssessmentCache.DIR), "plan-*.bin")) {
            for (Path p : entries) {
                Files.delete(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // first night
        }
        Counting pipeline = new Counting();
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        MergeReport r = new MergeJob(pipeline.stages(), clock, "test").run(new MergeRequest(plan, inbox, work, at), "r-" + now);
        return new Night(r, pipeline.plans.get() == 0, pipeline.assessed.get());
    }

    /** The same night in both folders, the ordinary one without its manifest: both results. */
    private Night[] both(String now, Optional<LocalDate> at) throws Exception {
        NightManifest.delete(ordinary);
        Night f = night(fast, now, at);
        Night o = night(ordinary, now, at);
        assertFalse(o.quick(), "the ordinary run reads the plan");
        // the plan's findings are printed only when the plan is invalid, which a night told from the manifest is not
        assertEquals(withoutTime(o.report()), withoutTime(f.report()), "the same report");
        assertEquals(ledgerWithoutTimes(ordinary), ledgerWithoutTimes(fast), "the same ledger lines");
        assertEquals(MergeFixture.hashes(ordinary, Ledger.FILE_NAME, MergeLogging.DIR, AssessmentCache.DIR),
                MergeFixture.hashes(fast, Ledger.FILE_NAME, MergeLogging.DIR, AssessmentCache.DIR),
                "the same outputs, archive and rejected files");
        return new Night[] {f, o};
    }

    private static MergeReport withoutTime(MergeReport r) {
        return new MergeReport(r.outcome(), r.verifica(), r.seen(), r.newFiles(), r.read(), r.accepted(), r.notFilled(),
                r.superseded(), r.rejected(), r.missingServices(), r.summaryChanged(), r.csvChanged(),
                java.time.Duration.ZERO, List.of(), r.inputErrors());
    }

    private static List<String> ledgerWithoutTimes(Path work) throws Exception {
        List<String> lines = new ArrayList<>();
        for (LedgerEntry e : Ledger.read(work).entries()) {
            Map<String, String> fields = new java.util.TreeMap<>(e.fields());
            fields.remove("durationMs");
            fields.remove("phasesMs");
            lines.add(e.at() + " " + e.run() + " " + e.event() + " " + fields);
        }
        return lines;
    }

    private void firstNight() throws Exception {
        night(fast, "2024-07-01T02:00:00Z", Optional.empty());
        night(ordinary, "2024-07-01T02:00:00Z", Optional.empty());
        assertTrue(Files.isRegularFile(NightManifest.path(fast)), "a complete run leaves the manifest");
    }

    /** Files written now are not settled: the wall clock moves on a minute so that their stamps vouch for them. */
    private static void aMinuteLater() {
        long later = System.currentTimeMillis() + 60_000;
        QuietNight.wallClock = () -> later;
    }

    @Test
    void aNightWithNothingNewIsToldFromTheManifestAndIsTheOrdinaryQuietNight() throws Exception {
        firstNight();
        Night[] n = both("2024-07-02T02:00:00Z", Optional.empty());
        assertTrue(n[0].quick(), "the plan was not read");
        assertEquals(0, n[0].assessed());
        assertEquals("unchanged", Ledger.read(fast).of("RUN_END").get(1).require("inputs"));
        assertEquals(MergeReport.Outcome.INPUT_ERRORS, n[0].report().outcome(), "S002's delivery is still refused");
        // and again, now that every file is settled: nothing is read at all
        aMinuteLater();
        Night[] again = both("2024-07-03T02:00:00Z", Optional.empty());
        assertTrue(again[0].quick());
    }

    @Test
    void aFileTouchedButWithTheSameBytesIsStillAQuietNight() throws Exception {
        firstNight();
        aMinuteLater();
        Path s1 = inbox.resolve("S001.txt");
        Files.setLastModifiedTime(s1, FileTime.from(Instant.parse("2024-07-01T12:00:00Z")));
        Night[] n = both("2024-07-02T02:00:00Z", Optional.empty());
        assertTrue(n[0].quick(), "read again, found the same: nothing to do");
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndTimeIsNotMistakenForTheOldOne() throws Exception {
        firstNight();
        aMinuteLater();
        both("2024-07-02T02:00:00Z", Optional.empty()); // the stamps now vouch for the files
        Path s1 = inbox.resolve("S001.txt");
        FileTime mtime = Files.getLastModifiedTime(s1);
        Files.writeString(s1, "servizio=S001\nvalore=90\n"); // same length
        Files.setLastModifiedTime(s1, mtime);
        Night[] n = both("2024-07-03T02:00:00Z", Optional.empty());
        assertFalse(n[0].quick(), "the change time differs: the file is read and found new");
        assertEquals(1, n[0].report().newFiles());
    }

    @Test
    void aNewFileIsAFullRun() throws Exception {
        firstNight();
        aMinuteLater();
        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=70\n");
        Night[] n = both("2024-07-02T02:00:00Z", Optional.empty());
        assertFalse(n[0].quick());
        assertEquals(1, n[0].report().newFiles());
        assertEquals(1, n[0].assessed(), "only the new file is read");
    }

    /** Regression: a night that was not quiet listed the inbox twice, in the check and again in the ordinary run. */
    @Test
    void aNightThatIsNotQuietListsTheInboxOnce() throws Exception {
        firstNight();
        aMinuteLater();
        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=70\n");
        AtomicInteger listings = new AtomicInteger();
        QuietNight.lister = folder -> {
            listings.incrementAndGet();
            return InboxWalk.of(folder);
        };
        Night n = night(fast, "2024-07-02T02:00:00Z", Optional.empty());
        assertFalse(n.quick());
        assertEquals(1, n.report().newFiles(), "the file the check listed is archived");
        assertEquals(1, listings.get(), "listed by the check, the ordinary run going on from that listing");
        Night quiet = night(fast, "2024-07-03T02:00:00Z", Optional.empty());
        assertTrue(quiet.quick());
        assertEquals(2, listings.get());
    }

    /**
     * Regression: the check's listing failed (a file the folder listed was gone when its stamp was read: an office
     * saving its scheda as the night ran) and the night failed as peg's own fault (exit 4); the ordinary run lists the
     * inbox again instead.
     */
    @Test
    void aListingThatFailsInTheCheckIsMadeAgainByTheOrdinaryRun() throws Exception {
        firstNight();
        aMinuteLater();
        AtomicInteger listings = new AtomicInteger();
        QuietNight.lister = folder -> {
            if (listings.incrementAndGet() == 1) {
                throw new java.nio.file.NoSuchFileException(folder.resolve("S001.txt").toString());
            }
            return InboxWalk.of(folder);
        };
        Night n = night(fast, "2024-07-02T02:00:00Z", Optional.empty());
        assertFalse(n.quick());
        assertEquals(2, listings.get(), "listed again by the ordinary run");
        assertEquals(0, n.report().newFiles());
        assertEquals(1, n.report().accepted());
    }

    @Test
    void aRemovedFileChangesNothingAsInTheOrdinaryRun() throws Exception {
        firstNight();
        Files.delete(inbox.resolve("S001.txt"));
        Night[] n = both("2024-07-02T02:00:00Z", Optional.empty());
        assertTrue(n[0].quick(), "merge works from the archive: the ordinary run stops at the night state too");
        assertEquals(2, n[0].report().seen());
        assertEquals(1, n[0].report().accepted());
    }

    @Test
    void aFileRemovedAndAnotherPutUnderItsNameIsAFullRun() throws Exception {
        firstNight();
        Files.delete(inbox.resolve("S001.txt"));
        both("2024-07-02T02:00:00Z", Optional.empty());
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=81\n");
        Night[] n = both("2024-07-03T02:00:00Z", Optional.empty());
        assertFalse(n[0].quick());
        assertEquals(1, n[0].report().newFiles());
    }

    @Test
    void aChangedPlanIsAFullRunAndAPlanSavedWithTheSameBytesIsNot() throws Exception {
        firstNight();
        aMinuteLater();
        Files.setLastModifiedTime(plan, FileTime.from(Instant.parse("2024-07-01T12:00:00Z")));
        assertTrue(both("2024-07-02T02:00:00Z", Optional.empty())[0].quick(), "saved again, same bytes");
        Files.writeString(plan, Files.readString(plan) + "obiettivo=OB9;S002\n");
        Night[] n = both("2024-07-03T02:00:00Z", Optional.empty());
        assertFalse(n[0].quick());
        assertEquals("changed", Ledger.read(fast).of("RUN_END").get(2).require("inputs"));
    }

    @Test
    void anotherVerificaIsAFullRunAndAnotherDayOfTheSameIsNot() throws Exception {
        firstNight(); // 01/07: the verifica of 30/06
        assertTrue(both("2024-12-30T02:00:00Z", Optional.empty())[0].quick(), "still the verifica of 30/06");
        Night[] n = both("2024-12-31T02:00:00Z", Optional.empty());
        assertFalse(n[0].quick(), "the verifica of 31/12: other values due");
        assertTrue(n[0].report().verifica().orElseThrow().contains("31/12/2024"));
        Night[] back = both("2025-01-15T02:00:00Z", Optional.of(LocalDate.parse("2024-07-15")));
        assertFalse(back[0].quick(), "--at back to the verifica of 30/06");
        assertTrue(both("2025-01-16T02:00:00Z", Optional.of(LocalDate.parse("2024-08-01")))[0].quick());
    }

    @Test
    void theNucleosSaveOfASummaryOrAnEditedRejectedCopyIsAFullRun() throws Exception {
        firstNight();
        aMinuteLater();
        both("2024-07-02T02:00:00Z", Optional.empty());
        // riepilogo-0630.xlsx saved by the Nucleo: other bytes, though the length and time may be the same
        Path copy = fast.resolve(VerificaSummaries.summaryOf(LocalDate.parse("2024-06-30")));
        byte[] bytes = Files.readAllBytes(copy);
        FileTime mtime = Files.getLastModifiedTime(copy);
        bytes[bytes.length - 30] ^= 1;
        Files.write(copy, bytes);
        Files.setLastModifiedTime(copy, mtime);
        assertFalse(night(fast, "2024-07-03T02:00:00Z", Optional.empty()).quick());

        Path rejected;
        try (var files = Files.list(fast.resolve(RejectedFolder.DIR))) {
            rejected = files.filter(p -> p.toString().endsWith(".motivi.txt")).findFirst().orElseThrow();
        }
        Files.delete(rejected);
        assertFalse(night(fast, "2024-07-04T02:00:00Z", Optional.empty()).quick(), "a rejected file's reasons deleted");
        assertTrue(Files.isRegularFile(rejected), "put back by the full run");
        assertTrue(night(fast, "2024-07-05T02:00:00Z", Optional.empty()).quick());
    }

    @Test
    void theSchedeDeletedOrAlteredAreWrittenAgainAndANightWithNothingNewLeavesThem() throws Exception {
        firstNight();
        aMinuteLater();
        Path forms = fast.resolve(MergeJob.FORMS);
        Path copy = fast.resolve(VerificaSummaries.formsOf(LocalDate.parse("2024-06-30")));
        byte[] written = Files.readAllBytes(forms);
        assertEquals(java.util.Arrays.toString(written), java.util.Arrays.toString(Files.readAllBytes(copy)));
        FileTime formsTime = Files.getLastModifiedTime(forms);
        FileTime copyTime = Files.getLastModifiedTime(copy);
        int outputs = Ledger.read(fast).of("OUTPUT").size();
        // nothing new: the Schede are left as they are, told from the manifest and by the ordinary run alike
        assertTrue(both("2024-07-02T02:00:00Z", Optional.empty())[0].quick());
        assertEquals(formsTime, Files.getLastModifiedTime(forms));
        assertEquals(copyTime, Files.getLastModifiedTime(copy));
        assertEquals(outputs, Ledger.read(fast).of("OUTPUT").size(), "no OUTPUT line");

        // deleted: a full run writes them again, in both folders
        Files.delete(forms);
        Files.delete(ordinary.resolve(MergeJob.FORMS));
        Night[] deleted = both("2024-07-03T02:00:00Z", Optional.empty());
        assertFalse(deleted[0].quick(), "a deleted Schede file is a full run");
        assertArrayEquals(written, Files.readAllBytes(forms));
        assertEquals(MergeJob.FORMS, Ledger.read(fast).of("OUTPUT").get(outputs).require("file"));
        aMinuteLater();
        assertTrue(night(fast, "2024-07-04T02:00:00Z", Optional.empty()).quick(), "then quiet again");

        // the verifica's copy altered with its length and time kept: a full run puts the Schede back
        byte[] altered = written.clone();
        altered[altered.length - 30] ^= 1;
        Files.write(copy, altered);
        Files.setLastModifiedTime(copy, copyTime);
        assertFalse(night(fast, "2024-07-05T02:00:00Z", Optional.empty()).quick(), "an altered copy is a full run");
        assertArrayEquals(written, Files.readAllBytes(copy));
        // and the ordinary run (no manifest) checks them too
        Files.write(ordinary.resolve(MergeJob.FORMS), altered);
        NightManifest.delete(ordinary);
        assertFalse(night(ordinary, "2024-07-05T02:00:00Z", Optional.empty()).report().summaryChanged());
        assertArrayEquals(written, Files.readAllBytes(ordinary.resolve(MergeJob.FORMS)), "put back by the ordinary run");
    }

    @Test
    void aLineOfAnyOtherRunInTheLedgerIsAFullRun() throws Exception {
        firstNight();
        // a run killed after RUN_START (or a lock taken over, or a failed run) leaves lines after the manifest's
        Ledger.open(fast, "killed", Clock.systemUTC()).append(LedgerEvent.RUN_START, Map.of("version", "test"));
        Ledger.open(ordinary, "killed", Clock.systemUTC()).append(LedgerEvent.RUN_START, Map.of("version", "test"));
        assertFalse(night(fast, "2024-07-02T02:00:00Z", Optional.empty()).quick());
        assertTrue(night(fast, "2024-07-03T02:00:00Z", Optional.empty()).quick(), "the full run left a manifest again");
    }

    @Test
    void aMissingArchivedCopyIsRestoredByTheOrdinaryRun() throws Exception {
        firstNight();
        try (var files = Files.walk(fast.resolve(Archive.DIR))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.delete(p);
            }
        }
        assertFalse(night(fast, "2024-07-02T02:00:00Z", Optional.empty()).quick());
        assertEquals(3, Ledger.read(fast).of(LedgerEvent.RESTORED).size());
    }

    /** The archive's copies are vouched for by the stamps of their folders: a copy removed changes its folder's. */
    @Test
    void aCopyRemovedFromAFolderWhoseStampVouchedIsFoundMissing() throws Exception {
        firstNight();
        aMinuteLater();
        assertTrue(night(fast, "2024-07-02T02:00:00Z", Optional.empty()).quick());
        NightManifest m = NightManifest.read(fast, "test").orElseThrow();
        assertEquals(3, m.received().size());
        assertFalse(m.archiveFolders().isEmpty());
        assertTrue(m.archiveFolders().values().stream().allMatch(NightManifest.Entry::settled),
                "found settled by the quiet night, which wrote the manifest again");
        assertTrue(night(fast, "2024-07-03T02:00:00Z", Optional.empty()).quick());
        String first = m.received().get(0);
        int nul = first.indexOf('\u0000');
        Files.delete(new Archive(fast).pathOf(first.substring(nul + 1), first.substring(0, nul)));
        assertFalse(night(fast, "2024-07-04T02:00:00Z", Optional.empty()).quick());
        assertEquals(1, Ledger.read(fast).of(LedgerEvent.RESTORED).size());
    }

    /** What a folder's stamp vouches for is not looked into; a folder without one is, copy by copy. */
    @Test
    void aFoldersSettledStampVouchesForItsCopiesAndNothingElseDoes() throws Exception {
        Path work = tmp.resolve("w");
        String sha = "ab" + "0".repeat(62);
        Path folder = Files.createDirectories(work.resolve(Archive.DIR).resolve("ab"));
        List<String> received = List.of("S001.xlsx\u0000" + sha); // its copy is not there
        FileStamp stamp = FileStamp.typed(folder).stamp();
        assertTrue(ArchiveFolders.holding(work, received, new java.util.TreeMap<>(), System.currentTimeMillis())
                .isEmpty(), "looked for: missing");
        java.util.SortedMap<String, NightManifest.Entry> known = new java.util.TreeMap<>(
                Map.of("ab", new NightManifest.Entry(stamp, true, "")));
        assertEquals(known, ArchiveFolders.holding(work, received, known, System.currentTimeMillis()).orElseThrow());
        known.put("ab", new NightManifest.Entry(stamp, false, ""));
        assertTrue(ArchiveFolders.holding(work, received, known, System.currentTimeMillis()).isEmpty(),
                "a stamp that is not settled vouches for nothing");
        Files.writeString(new Archive(work).pathOf(sha, "S001.xlsx"), "x");
        java.util.SortedMap<String, NightManifest.Entry> now = ArchiveFolders.holding(work, received,
                new java.util.TreeMap<>(), System.currentTimeMillis() + 60_000).orElseThrow();
        assertEquals(FileStamp.typed(folder).stamp(), now.get("ab").stamp());
        assertTrue(now.get("ab").settled());
        assertFalse(ArchiveFolders.holding(work, received, new java.util.TreeMap<>(), System.currentTimeMillis())
                .orElseThrow().get("ab").settled(), "a folder changed a moment ago");
    }

    @Test
    void aTornOrForeignManifestIsNotUsed() throws Exception {
        firstNight();
        Path manifest = NightManifest.path(fast);
        byte[] bytes = Files.readAllBytes(manifest);
        bytes[bytes.length / 2] ^= 1;
        Files.write(manifest, bytes);
        assertTrue(NightManifest.read(fast, "test").isEmpty(), "torn");
        assertFalse(night(fast, "2024-07-02T02:00:00Z", Optional.empty()).quick());
        assertTrue(NightManifest.read(fast, "test").isPresent(), "written again");
        assertTrue(NightManifest.read(fast, "another build").isEmpty());
    }

    @Test
    void anInboxFileIsReadOnlyWhenItsStampDoesNotVouchForIt() throws Exception {
        firstNight();
        MergeRequest request = new MergeRequest(plan, inbox, fast, Optional.empty());
        List<it.peg.consolidate.InputFile> files = it.peg.consolidate.InputFolders.inbox(inbox).files();
        // a manifest claiming other contents under the same stamps: what it says is taken only for settled stamps
        NightManifest m = NightManifest.read(fast, "test").orElseThrow();
        java.util.SortedMap<String, NightManifest.Entry> claimed = new java.util.TreeMap<>();
        m.inbox().forEach((name, e) -> claimed.put(name, new NightManifest.Entry(e.stamp(), true, "claimed")));
        new NightManifest(m.planPath(), m.inboxPath(), m.plan(), m.planYear(), m.verificaDate(), m.verificaLabel(),
                m.validFrom(), m.validUntil(), m.counts(), claimed, m.received(), m.work(), m.ledger(),
                m.nightState(), m.archiveFolders()).write(fast, "test");
        assertEquals(List.of("claimed", "claimed", "claimed"), InboxHashes.of(request, "test", files,
                java.util.Map.of()), "not read");
        java.util.Map<String, FileStamp> listed = InboxWalk.of(inbox).stamps();
        Files.setLastModifiedTime(files.get(0).path(), FileTime.from(Instant.parse("2024-07-01T12:00:00Z")));
        List<String> hashes = InboxHashes.of(request, "test", files, java.util.Map.of());
        assertEquals(it.peg.io.Sha256.ofFile(files.get(0).path()), hashes.get(0), "touched: read");
        assertEquals("claimed", hashes.get(1));
        // the stamps taken while listing are those the hashes are vouched by: the touch came after that listing
        assertEquals(List.of("claimed", "claimed", "claimed"), InboxHashes.of(request, "test", files, listed));
        assertEquals(it.peg.io.Sha256.ofFile(files.get(0).path()),
                InboxHashes.of(request, "test", files, InboxWalk.of(inbox).stamps()).get(0));
    }

    @Test
    void mergeAtIsCheckedAgainstThePlanYearOnlyWhileThePlanIsTheOneRead() throws Exception {
        firstNight(); // anno=2024
        assertTrue(QuietNight.atInPlanYear(fast, plan, "test", LocalDate.parse("2024-12-31")));
        assertTrue(QuietNight.atInPlanYear(fast, plan, "test", LocalDate.parse("2025-01-15")), "the final verifica's year");
        assertFalse(QuietNight.atInPlanYear(fast, plan, "test", LocalDate.parse("2026-01-01")),
                "outside: the caller reads the plan and says why");
        assertFalse(QuietNight.atInPlanYear(fast, plan, "another build", LocalDate.parse("2024-12-31")));
        assertFalse(QuietNight.atInPlanYear(fast, tmp.resolve("altro.txt"), "test", LocalDate.parse("2024-12-31")));
        Files.writeString(plan, Files.readString(plan).replace("anno=2024", "anno=2025"));
        assertFalse(QuietNight.atInPlanYear(fast, plan, "test", LocalDate.parse("2024-12-31")), "the plan was saved");
    }

    @Test
    void aStampVouchesOnlyForFilesOlderThanTheReadingByTheMargin() throws Exception {
        Path f = MergeFixture.drop(tmp, "x.txt", "x");
        FileStamp stamp = FileStamp.of(f).orElseThrow();
        long now = System.currentTimeMillis();
        assertFalse(stamp.settledBefore(now), "just written: a write in the same tick would keep the stamp");
        assertTrue(stamp.settledBefore(now + FileStamp.MARGIN_MILLIS + 1_000));
        assertTrue(FileStamp.of(tmp).isEmpty(), "a folder has no stamp");
        assertTrue(FileStamp.of(tmp.resolve("missing")).isEmpty());
    }

    @Test
    void theDaysOfAVerificaAreThoseBetweenItsDateAndTheNext() throws Exception {
        // verificaAt changes only where a verifica date is crossed: the same verifica at both ends means on every day
        it.peg.domain.Plan p = new StandInPipeline().loadPlan(plan).plan().orElseThrow();
        for (String day : List.of("2023-01-01", "2024-06-29", "2024-06-30", "2024-07-01", "2024-12-30", "2024-12-31",
                "2025-03-01")) {
            LocalDate d = LocalDate.parse(day);
            long[] days = NightManifest.validDays(p, d);
            it.peg.domain.Verifica v = p.settings().verificaAt(d);
            assertTrue(days[0] <= d.toEpochDay() && d.toEpochDay() < days[1], day);
            if (days[0] != Long.MIN_VALUE) {
                assertEquals(v, p.settings().verificaAt(LocalDate.ofEpochDay(days[0])), day);
            }
            if (days[1] != Long.MAX_VALUE) {
                assertEquals(v, p.settings().verificaAt(LocalDate.ofEpochDay(days[1] - 1)), day);
            }
        }
    }
}
