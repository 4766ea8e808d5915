package it.peg.merge;

import it.peg.merge.standin.StandInPipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a file's or a folder's stamp, and the manifest, vouch for on a quiet night ({@link QuietNightCases}). */
class QuietNightStampsTest extends QuietNightCases {
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

    /**
     * A night with a new file takes the archived copies the quiet check found in place as found: it looks for none of
     * the files received before one by one (at 10,000 files, 10,000 file-system calls; issue 21). Without a manifest
     * (no quiet check) it looks for each.
     */
    @Test
    void aNightWithANewFileLooksForNoCopyTheQuietCheckFound() throws Exception {
        firstNight();
        aMinuteLater();
        assertTrue(night(fast, "2024-07-02T02:00:00Z", Optional.empty()).quick());
        int before = NightManifest.read(fast, "test").orElseThrow().received().size();
        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=60\n");
        long looked = ArchiveStep.LOOKUPS.get();
        assertFalse(night(fast, "2024-07-03T02:00:00Z", Optional.empty()).quick());
        assertEquals(0, ArchiveStep.LOOKUPS.get() - looked, "every earlier copy found by the check");
        assertEquals(0, Ledger.read(fast).of(LedgerEvent.RESTORED).size());

        MergeFixture.drop(inbox, "S004.txt", "servizio=S004\nvalore=50\n");
        Files.delete(fast.resolve(it.peg.merge.cache.AssessmentCache.DIR).resolve(NightManifest.FILE_NAME));
        looked = ArchiveStep.LOOKUPS.get();
        assertFalse(night(fast, "2024-07-04T02:00:00Z", Optional.empty()).quick());
        assertEquals(before + 1L, ArchiveStep.LOOKUPS.get() - looked,
                "no manifest: each copy received before looked for, once");
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

    /**
     * The manifest an ordinary night leaves looks for the archived copies only in the folders whose stamps the last
     * manifest does not vouch for: those the night archived into (issue 21, h28-fixed: it looked for every copy after
     * RUN_END), and the next night is quiet on it.
     */
    @Test
    void theManifestAfterAnOrdinaryNightLooksOnlyIntoTheFoldersTheNightChanged() throws Exception {
        firstNight();
        aMinuteLater();
        assertTrue(night(fast, "2024-07-02T02:00:00Z", Optional.empty()).quick());
        NightManifest before = NightManifest.read(fast, "test").orElseThrow();
        assertTrue(before.archiveFolders().values().stream().allMatch(NightManifest.Entry::settled));
        MergeFixture.drop(inbox, "S003.txt", "servizio=S003\nvalore=60\n");
        String sha = it.peg.io.Sha256.ofFile(inbox.resolve("S003.txt"));
        long looked = ArchiveFolders.COPIES_LOOKED_FOR.get();
        assertFalse(night(fast, "2024-07-03T02:00:00Z", Optional.empty()).quick());
        NightManifest after = NightManifest.read(fast, "test").orElseThrow();
        assertEquals(before.received().size() + 1, after.received().size());
        long inItsFolder = after.received().stream()
                .filter(r -> r.substring(r.indexOf('\u0000') + 1).startsWith(sha.substring(0, 2))).count();
        assertEquals(inItsFolder, ArchiveFolders.COPIES_LOOKED_FOR.get() - looked,
                "only the copies of the folder the new file went into: " + after.received());
        before.archiveFolders().forEach((folder, entry) -> {
            if (!folder.equals(sha.substring(0, 2))) {
                assertEquals(entry, after.archiveFolders().get(folder), folder + ": vouched for, kept");
            }
        });
        aMinuteLater();
        assertTrue(night(fast, "2024-07-04T02:00:00Z", Optional.empty()).quick());
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

    /**
     * Format 3: the usual quiet night (every inbox file and archive folder vouched for by its stamp) decodes none of
     * the files received, from the two facts its writer recorded about them.
     */
    @Test
    void theUsualQuietNightDecodesNoneOfTheFilesReceived() throws Exception {
        firstNight();
        aMinuteLater();
        assertTrue(both("2024-07-02T02:00:00Z", Optional.empty())[0].quick(), "writes it again, settled");
        NightManifest m = NightManifest.read(fast, "test").orElseThrow();
        assertTrue(m.inboxReceived());
        assertTrue(m.foldersOfReceived());
        ManifestReceived received = (ManifestReceived) m.received();
        assertFalse(received.decoded());
        Night quiet = both("2024-07-03T02:00:00Z", Optional.empty())[0];
        assertTrue(quiet.quick());
        assertSame(m, NightManifest.read(fast, "test").orElseThrow(), "the manifest the night read, not written again");
        assertFalse(received.decoded(), "no key decoded by the night");
        assertEquals(3, received.size());
        assertTrue(m.wasReceived("S001.txt", m.inbox().get("S001.txt").digest()));
        assertTrue(received.decoded(), "decoded when asked");
        assertFalse(m.wasReceived("S001.txt", m.inbox().get("S002.txt").digest()));
    }

    /**
     * The facts hold for the entries they were written with: a manifest made from one read back, with other entries,
     * does not take them, and one whose writer found them false is checked key by key, as before format 3.
     */
    @Test
    void theFactsAboutTheFilesReceivedHoldOnlyWhereTheWriterFoundThem() throws Exception {
        firstNight();
        aMinuteLater();
        assertTrue(night(fast, "2024-07-02T02:00:00Z", Optional.empty()).quick());
        NightManifest m = NightManifest.read(fast, "test").orElseThrow();
        NightManifest copy = new NightManifest(m.planPath(), m.inboxPath(), m.plan(), m.planYear(), m.verificaDate(),
                m.verificaLabel(), m.validFrom(), m.validUntil(), m.counts(), m.inbox(), m.received(), m.work(),
                m.ledger(), m.nightState(), m.archiveFolders());
        assertEquals(m, copy);
        assertFalse(copy.inboxReceived(), "not the maps the facts were decoded with");
        assertFalse(copy.foldersOfReceived());

        // S001's key not among the files received: the writer says so, and the night is not a quiet one
        String s001 = m.received().stream().filter(r -> r.startsWith("S001.txt\u0000")).findFirst().orElseThrow();
        List<String> without = new java.util.ArrayList<>(m.received());
        without.remove(s001);
        java.util.SortedMap<String, NightManifest.Entry> folders = new java.util.TreeMap<>(m.archiveFolders());
        new NightManifest(m.planPath(), m.inboxPath(), m.plan(), m.planYear(), m.verificaDate(), m.verificaLabel(),
                m.validFrom(), m.validUntil(), m.counts(), m.inbox(), without, m.work(), m.ledger(), m.nightState(),
                folders).write(fast, "test");
        NightManifest partial = NightManifest.read(fast, "test").orElseThrow();
        assertFalse(partial.inboxReceived(), "an inbox entry not received");
        assertFalse(partial.foldersOfReceived(), "a folder that holds no file received");
        assertFalse(night(fast, "2024-07-03T02:00:00Z", Optional.empty()).quick(), "S001 is looked up, and not found");

        // every file received, one folder left out: its copies are looked for one by one, and found
        aMinuteLater();
        assertTrue(night(fast, "2024-07-04T02:00:00Z", Optional.empty()).quick());
        NightManifest again = NightManifest.read(fast, "test").orElseThrow();
        folders = new java.util.TreeMap<>(again.archiveFolders());
        folders.remove(s001.substring(s001.indexOf('\u0000') + 1, s001.indexOf('\u0000') + 3));
        new NightManifest(again.planPath(), again.inboxPath(), again.plan(), again.planYear(), again.verificaDate(),
                again.verificaLabel(), again.validFrom(), again.validUntil(), again.counts(), again.inbox(),
                again.received(), again.work(), again.ledger(), again.nightState(), folders).write(fast, "test");
        NightManifest fewer = NightManifest.read(fast, "test").orElseThrow();
        assertTrue(fewer.inboxReceived());
        assertFalse(fewer.foldersOfReceived());
        assertTrue(night(fast, "2024-07-05T02:00:00Z", Optional.empty()).quick(), "the copies found one by one");
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
