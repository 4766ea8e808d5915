package it.peg.merge;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What makes a night quiet, told from the manifest, or a full run ({@link QuietNightCases}). */
class QuietNightTest extends QuietNightCases {
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

    /**
     * A night with nothing new makes no stages (the seals' key read from beside the plan, the stages linked: issue 21);
     * a night that is not quiet makes them once, and a failure to make them is that night's, nothing written for it.
     */
    @Test
    void onlyANightThatIsNotQuietMakesItsStages() throws Exception {
        firstNight();
        aMinuteLater();
        AtomicInteger made = new AtomicInteger();
        Counting pipeline = new Counting();
        NightRun.StagesSource counted = () -> {
            made.incrementAndGet();
            return pipeline.stages();
        };
        Clock quietClock = Clock.fixed(Instant.parse("2024-07-02T02:00:00Z"), java.time.ZoneOffset.UTC);
        MergeReport quiet = new MergeJob(counted, quietClock, "test", "test")
                .run(new MergeRequest(plan, inbox, fast, Optional.empty()), "r-quiet");
        assertEquals("unchanged", Ledger.read(fast).of("RUN_END").get(1).require("inputs"));
        assertEquals(MergeReport.Outcome.INPUT_ERRORS, quiet.outcome());
        assertEquals(0, made.get(), "a quiet night makes no stages");

        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=70\n");
        byte[] ledgerBefore = Files.readAllBytes(fast.resolve(Ledger.FILE_NAME));
        NightRun.StagesSource failing = () -> {
            made.incrementAndGet();
            throw new java.io.IOException("La chiave dei sigilli non è valida");
        };
        Clock clock = Clock.fixed(Instant.parse("2024-07-03T02:00:00Z"), java.time.ZoneOffset.UTC);
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new MergeJob(failing, clock, "test", "test")
                        .run(new MergeRequest(plan, inbox, fast, Optional.empty()), "r-failing"));
        assertEquals("La chiave dei sigilli non è valida", e.getMessage());
        assertEquals(1, made.get(), "the night that is not quiet asked for its stages");
        assertArrayEquals(ledgerBefore, Files.readAllBytes(fast.resolve(Ledger.FILE_NAME)),
                "nothing written before the stages were made, as when they were made first");

        MergeReport ordinary = new MergeJob(counted, clock, "test", "test")
                .run(new MergeRequest(plan, inbox, fast, Optional.empty()), "r-ordinary");
        assertEquals(2, made.get(), "made once by the ordinary night");
        assertEquals(1, ordinary.newFiles());
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
     * {@code peg merge} starts the inbox's listing before the run lock ({@link InboxListing#listAhead}): the night's check
     * takes it (one listing), whether the night is quiet or goes on the ordinary way; a listing of another inbox, or one
     * dropped because the lock was held, is not taken.
     */
    @Test
    void theListingStartedBeforeTheLockIsTheNightsOnly() throws Exception {
        firstNight();
        aMinuteLater();
        AtomicInteger listings = new AtomicInteger();
        Path empty = java.nio.file.Files.createDirectories(tmp.resolve("vuota"));
        // a listing started ahead for this very Path object lists an empty folder: a night that took it would say so
        Path[] marked = new Path[1];
        QuietNight.lister = folder -> {
            listings.incrementAndGet();
            return InboxWalk.of(folder == marked[0] ? empty : folder);
        };
        InboxListing.listAhead(inbox);
        assertTrue(both("2024-07-02T02:00:00Z", Optional.empty())[0].quick());
        // the fast folder's night took the listing started ahead; the ordinary folder's listed on its own
        assertEquals(2, listings.get());

        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=70\n");
        InboxListing.listAhead(inbox);
        Night n = night(fast, "2024-07-03T02:00:00Z", Optional.empty());
        assertFalse(n.quick());
        assertEquals(1, n.report().newFiles(), "the file the listing ahead found is archived");
        assertEquals(3, listings.get(), "the listing ahead, handed on to the ordinary run");

        marked[0] = Path.of(inbox.toString()); // equal to the night's inbox, another object
        InboxListing.listAhead(marked[0]);
        InboxListing.forgetListAhead();
        Night dropped = night(fast, "2024-07-04T02:00:00Z", Optional.empty());
        assertEquals(4, dropped.report().seen(), "a listing dropped (the lock held) is not taken: the night lists its own");
        marked[0] = tmp.resolve("altra-cartella");
        InboxListing.listAhead(marked[0]);
        assertEquals(4, night(fast, "2024-07-05T02:00:00Z", Optional.empty()).report().seen(),
                "another inbox's listing is not taken");
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
}
