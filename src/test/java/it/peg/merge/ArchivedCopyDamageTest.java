package it.peg.merge;

import it.peg.merge.cache.AssessmentCache;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An archived copy damaged in place (a disk error, someone who opened it in an editor and saved) is not read as the
 * file received ({@link VerifiedCopies}): its folder's entries are unchanged, so only the copy's bytes tell.
 */
class ArchivedCopyDamageTest extends MergeNightCases {
    /** Regression: the damaged bytes were scored as S001's delivery, under the SHA-256 of the file received. */
    @Test
    void aCopyDamagedInPlaceIsNotReadAsTheFileReceivedAndIsRestoredFromTheInbox() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z");
        String csvBefore = Files.readString(work.resolve(MergeJob.CSV));
        assertTrue(csvBefore.contains("S001,completa,S001.txt,80"), csvBefore);
        String sha = it.peg.io.Sha256.ofFile(inbox.resolve("S001.txt"));
        Path copy = new Archive(work).pathOf(sha, "S001.txt");
        Files.writeString(copy, "servizio=S001\nvalore=10\n"); // the same size, written in place
        // the cached assessments are derivable (docs/merge.md): deleted, as a new build of peg makes them unusable
        try (var entries = Files.newDirectoryStream(work.resolve(AssessmentCache.DIR))) {
            for (Path p : entries) {
                Files.delete(p);
            }
        }

        MergeReport damaged = run("2024-07-02T02:00:00Z");
        String csv = Files.readString(work.resolve(MergeJob.CSV));
        assertFalse(csv.contains(",10"), "the damaged bytes are not S001's delivery: " + csv);
        assertEquals(1, damaged.rejected(), "S001.txt refused tonight, unreadable");
        assertFalse(Files.exists(copy), "moved aside");
        try (var aside = Files.list(copy.getParent())) {
            List<Path> kept = aside.filter(p -> p.getFileName().toString().startsWith(copy.getFileName() + ".danneggiata-"))
                    .toList();
            assertEquals(1, kept.size(), "the damaged copy is kept beside");
            assertEquals("servizio=S001\nvalore=10\n", Files.readString(kept.get(0)));
        }

        run("2024-07-03T02:00:00Z");
        assertEquals(1, Ledger.read(work).of(LedgerEvent.RESTORED).size(), "restored from the inbox");
        assertEquals(sha, it.peg.io.Sha256.ofFile(copy));
        assertEquals(csvBefore, Files.readString(work.resolve(MergeJob.CSV)));
    }
}
