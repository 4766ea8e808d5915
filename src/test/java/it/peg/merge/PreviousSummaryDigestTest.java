package it.peg.merge;

import it.peg.io.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Last year's summary is hashed when its stamp changed, and only then; a kept line never stands for another file. */
class PreviousSummaryDigestTest {
    /** A clock a minute ahead: the files written here are settled for it (their times are older by more than 2 s). */
    private static final LongSupplier LATER = () -> System.currentTimeMillis() + 60_000;

    @TempDir
    Path dir;

    private final List<Path> hashed = new ArrayList<>();
    private final Function<Path, String> counting = p -> {
        hashed.add(p);
        return Sha256.ofFileOrEmpty(p);
    };

    private Path work() throws Exception {
        return Files.createDirectories(dir.resolve("lavoro").resolve("cache")).getParent();
    }

    @Test
    void theSameFileIsHashedOnceAcrossNights() throws Exception {
        Path work = work();
        Path previous = Files.writeString(dir.resolve("riepilogo-2025.xlsx"), "anno scorso");
        String sha = Sha256.ofFile(previous);
        assertEquals(sha, PreviousSummaryDigest.of(previous, work, LATER, counting));
        assertEquals(sha, PreviousSummaryDigest.of(previous, work, LATER, counting));
        assertEquals(sha, PreviousSummaryDigest.of(previous, work, LATER, counting));
        assertEquals(List.of(previous), hashed);
    }

    @Test
    void aFileRewrittenWithTheSameSizeIsHashedAgain() throws Exception {
        Path work = work();
        Path previous = Files.writeString(dir.resolve("riepilogo-2025.xlsx"), "anno scorso");
        PreviousSummaryDigest.of(previous, work, LATER, counting);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(previous);
        Object changed = changeTime(previous);
        Files.writeString(previous, "anno SCORSO"); // corrected, same size, its time set back: the change time moves
        Files.setLastModifiedTime(previous, time);
        // on a kernel whose change times tick coarsely (a few ms) the two writes may share a tick, which only this
        // test's clock a minute ahead would trust (merge trusts no stamp younger than 2 s): moved on to the next tick
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"".equals(changed) && changeTime(previous).equals(changed) && System.nanoTime() < deadline) {
            Files.setLastModifiedTime(previous, time);
        }
        assertEquals(Sha256.ofFile(previous), PreviousSummaryDigest.of(previous, work, LATER, counting));
        assertEquals(2, hashed.size());
    }

    @Test
    void anotherFileWithTheSameStampIsNeverTakenForTheKeptOne() throws Exception {
        Path work = work();
        Path previous = Files.writeString(dir.resolve("riepilogo-2025.xlsx"), "anno scorso");
        PreviousSummaryDigest.of(previous, work, LATER, counting);
        Path other = Files.writeString(dir.resolve("riepilogo-2024.xlsx"), "due anni fa");
        assertEquals(Sha256.ofFile(other), PreviousSummaryDigest.of(other, work, LATER, counting));
        assertEquals(List.of(previous, other), hashed);
    }

    @Test
    void aFileWrittenAMomentBeforeItsReadingIsReadAgainNextTime() throws Exception {
        Path work = work();
        Path previous = Files.writeString(dir.resolve("riepilogo-2025.xlsx"), "anno scorso");
        LongSupplier now = System::currentTimeMillis; // the file's times are within the margin: not settled
        PreviousSummaryDigest.of(previous, work, now, counting);
        PreviousSummaryDigest.of(previous, work, now, counting);
        assertEquals(2, hashed.size());
        assertFalse(Files.exists(work.resolve("cache").resolve(PreviousSummaryDigest.FILE)));
    }

    @Test
    void aDamagedLineReadsTheFileAndIsReplaced() throws Exception {
        Path work = work();
        Path previous = Files.writeString(dir.resolve("riepilogo-2025.xlsx"), "anno scorso");
        Path kept = work.resolve("cache").resolve(PreviousSummaryDigest.FILE);
        for (String damaged : List.of("", "x\ty", "\t\t\t\t\t", "a\tb\tc\td\te\tf\n", "\0\0\0")) {
            Files.writeString(kept, damaged);
            assertEquals(Sha256.ofFile(previous), PreviousSummaryDigest.of(previous, work, LATER, counting), damaged);
        }
        assertEquals(5, hashed.size());
        assertEquals(Sha256.ofFile(previous), PreviousSummaryDigest.of(previous, work, LATER, counting));
        assertEquals(5, hashed.size());
    }

    @Test
    void withoutTheWorkFoldersCacheNothingIsWritten() throws Exception {
        Path work = dir.resolve("nuova");
        Path previous = Files.writeString(dir.resolve("riepilogo-2025.xlsx"), "anno scorso");
        assertEquals(Sha256.ofFile(previous), PreviousSummaryDigest.of(previous, work, LATER, counting));
        assertFalse(Files.exists(work));
    }

    @Test
    void aLinkIsHashedEveryTime() throws Exception {
        Path work = work();
        Path previous = Files.writeString(dir.resolve("riepilogo-2025.xlsx"), "anno scorso");
        Path link = Files.createSymbolicLink(dir.resolve("precedente.xlsx"), previous);
        PreviousSummaryDigest.of(link, work, LATER, counting);
        PreviousSummaryDigest.of(link, work, LATER, counting);
        assertEquals(List.of(link, link), hashed);
        assertTrue(Files.exists(link));
    }

    /** The file's change time where the file system has one (else "": nothing to wait for). */
    private static Object changeTime(Path file) throws java.io.IOException {
        try {
            return Files.getAttribute(file, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return "";
        }
    }
}
