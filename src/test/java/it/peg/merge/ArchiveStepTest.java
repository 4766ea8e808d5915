package it.peg.merge;

import it.peg.consolidate.InputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive step looks for each archived copy once a night: the copies {@code archiveNew} found in place or stored are
 * not looked for again by {@code archivedFiles} (at 10,000 files, 10,000 file-system calls twice a night); every other
 * copy still is, and one missing is noted as before.
 */
class ArchiveStepTest {
    @TempDir
    Path tmp;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T02:00:00Z"), ZoneOffset.UTC);

    // two schede in an inbox; the work folder's archive and ledger; the files as listed and their hashes
    private Path work;
    private Archive archive;
    private Ledger ledger;
    private List<InputFile> files;
    private List<String> hashes;

    @BeforeEach
    void twoFiles() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        work = tmp.resolve("work");
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=70\n");
        archive = new Archive(work);
        ledger = Ledger.open(work, "r-test", CLOCK);
        files = List.of(new InputFile(inbox.resolve("S001.txt"), "S001.txt", Instant.EPOCH),
                new InputFile(inbox.resolve("S002.txt"), "S002.txt", Instant.EPOCH));
        hashes = List.of(it.peg.io.Sha256.ofFile(files.get(0).path()), it.peg.io.Sha256.ofFile(files.get(1).path()));
    }

    @Test
    void eachCopyIsLookedForOnceANight() throws Exception {

        // the first night stores both; the second finds both in place
        Map<String, History.Known> known = new LinkedHashMap<>();
        CopiesInPlace stored = new CopiesInPlace();
        assertEquals(2, ArchiveStep.archiveNew(archive, ledger, CLOCK, files, hashes, known, stored));
        assertEquals(known.keySet(), stored.tonight(), "every copy stored tonight is in place");
        CopiesInPlace found = new CopiesInPlace();
        assertEquals(0, ArchiveStep.archiveNew(archive, ledger, CLOCK, files, hashes, known, found));
        assertEquals(known.keySet(), found.tonight(), "every copy found in place");

        // S002's copy found in place is not looked for again; an earlier file's copy the inbox no longer holds is
        String s001 = History.Known.key("S001.txt", hashes.get(0));
        String s002 = History.Known.key("S002.txt", hashes.get(1));
        Files.delete(archive.pathOf(hashes.get(0), "S001.txt"));
        Files.delete(archive.pathOf(hashes.get(1), "S002.txt")); // removed after this night looked (not a real night's case)
        CopiesInPlace onlyS002 = new CopiesInPlace();
        onlyS002.foundByCheck(Set.of(s002)::contains);
        List<InputFile> archived = ArchiveStep.archivedFiles(archive, ledger, known, onlyS002);
        assertEquals(List.of("S002.txt"), archived.stream().map(InputFile::name).toList());
        assertEquals(archive.pathOf(hashes.get(1), "S002.txt"), archived.get(0).path());
        assertEquals(1, Ledger.read(work).of("ARCHIVE_MISSING").size(), "S001's missing copy noted");
        assertEquals(List.of(), ArchiveStep.archivedFiles(archive, ledger, known, new CopiesInPlace()),
                "without the set every copy is looked for");

        // a copy gone from the archive while its file is still in the inbox: restored, and in place for the night
        CopiesInPlace restored = new CopiesInPlace();
        assertEquals(0, ArchiveStep.archiveNew(archive, ledger, CLOCK, files, hashes, known, restored));
        assertEquals(Set.of(s001, s002), restored.tonight());
        assertEquals(2, Ledger.read(work).of("RESTORED").size());
        // a file gone from the inbox since the listing: neither archived nor in place
        Files.delete(files.get(0).path());
        Files.delete(archive.pathOf(hashes.get(0), "S001.txt"));
        CopiesInPlace left = new CopiesInPlace();
        ArchiveStep.archiveNew(archive, ledger, CLOCK, files, hashes, known, left);
        assertEquals(Set.of(s002), left.tonight());
    }

    @Test
    void aCopyTheQuietCheckFoundIsNotLookedForAgainAndOneItDidNotIsRestored() throws Exception {
        Map<String, History.Known> known = new LinkedHashMap<>();
        ArchiveStep.archiveNew(archive, ledger, CLOCK, files, hashes, known, new CopiesInPlace());
        String s001 = History.Known.key("S001.txt", hashes.get(0));
        String s002 = History.Known.key("S002.txt", hashes.get(1));

        // both copies gone after the check; the check had found S002's only: S002's is taken as in place (not looked
        // for, so not restored: how the test tells it was not looked for), S001's is looked for and restored
        Files.delete(archive.pathOf(hashes.get(0), "S001.txt"));
        Files.delete(archive.pathOf(hashes.get(1), "S002.txt"));
        CopiesInPlace inPlace = new CopiesInPlace();
        inPlace.foundByCheck(Set.of(s002)::contains);
        assertEquals(0, ArchiveStep.archiveNew(archive, ledger, CLOCK, files, hashes, known, inPlace));
        assertEquals(Set.of(s001, s002), inPlace.tonight());
        assertEquals(1, Ledger.read(work).of("RESTORED").size(), "only the copy the check did not find is restored");
        assertTrue(Files.isRegularFile(archive.pathOf(hashes.get(0), "S001.txt")));
        assertFalse(Files.exists(archive.pathOf(hashes.get(1), "S002.txt")));

        // without the check's word, the same night restores it: the check is what spares the look, nothing else
        assertEquals(0, ArchiveStep.archiveNew(archive, ledger, CLOCK, files, hashes, known, new CopiesInPlace()));
        assertEquals(2, Ledger.read(work).of("RESTORED").size());
        assertTrue(Files.isRegularFile(archive.pathOf(hashes.get(1), "S002.txt")));
    }
}
