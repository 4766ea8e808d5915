package it.peg.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {
    @Test
    void replacesOnlyWhenTheBytesChange(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("riepilogo.csv");
        assertTrue(AtomicFiles.replaceIfChanged(target, new byte[] {1, 2, 3}));
        Files.setLastModifiedTime(target, FileTime.fromMillis(1_000_000));
        assertFalse(AtomicFiles.replaceIfChanged(target, new byte[] {1, 2, 3}));
        assertEquals(FileTime.fromMillis(1_000_000), Files.getLastModifiedTime(target));
        assertTrue(AtomicFiles.replaceIfChanged(target, new byte[] {4}));
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(target));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temp file left");
        }
    }

    @Test
    void removesTempFilesOfAKilledRunOnly(@TempDir Path dir) throws Exception {
        Files.writeString(AtomicFiles.tempFor(dir.resolve("riepilogo.xlsx")), "half");
        Files.writeString(dir.resolve("riepilogo.xlsx"), "whole");
        Files.writeString(dir.resolve(".lock"), "");
        assertEquals(1, AtomicFiles.removeTemps(dir));
        assertTrue(Files.exists(dir.resolve("riepilogo.xlsx")));
        assertTrue(Files.exists(dir.resolve(".lock")));
    }

    /**
     * Staged content the same as the target's is never put in place: its temp is not made durable (a 1% night's CSV
     * and Schede, 16 MB at 2,000 services, were fsync'd only to be deleted); content that differs is, before it can be
     * put in place.
     */
    @Test
    void stagedContentIsFsyncedOnlyWhenItDiffers(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("riepilogo.csv");
        Files.write(target, new byte[] {1, 2, 3});
        int before = AtomicFiles.FILE_FORCES.get();
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, out -> out.write(new byte[] {1, 2, 3}))) {
            assertFalse(s.changed());
        }
        assertEquals(before, AtomicFiles.FILE_FORCES.get(), "the same bytes: no fsync");
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, out -> out.write(new byte[] {1, 2, 4}))) {
            assertTrue(s.changed());
            assertEquals(before + 1, AtomicFiles.FILE_FORCES.get(), "made durable before it may be put in place");
            assertTrue(s.commit());
        }
        assertArrayEquals(new byte[] {1, 2, 4}, Files.readAllBytes(target));
    }

    /** Several folders made durable at once: each fsync'd once; a folder that cannot be fails the call, after the rest. */
    @Test
    void foldersAreMadeDurableEachOnceAndAFailureIsThrown(@TempDir Path dir) throws Exception {
        java.util.List<Path> folders = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            folders.add(Files.createDirectories(dir.resolve("f" + i)));
        }
        int before = AtomicFiles.DIRECTORY_FORCES.get();
        AtomicFiles.fsyncDirectories(folders);
        assertEquals(before + 7, AtomicFiles.DIRECTORY_FORCES.get());
        folders.add(2, dir.resolve("missing"));
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.NoSuchFileException.class,
                () -> AtomicFiles.fsyncDirectories(folders));
        assertEquals(before + 15, AtomicFiles.DIRECTORY_FORCES.get(), "every folder tried, the missing one too");
    }

    /**
     * Regression (h27-review-night): a folder's fsync that fails with an unchecked exception or an error, on a helper
     * thread or the caller's, is that folder's failure, and every other folder is still made durable. Before, the
     * helper thread died with it, its remaining folders were never fsync'd and the call returned as if all were
     * durable: the archive then wrote ARCHIVED lines for copies that a power loss could take away.
     */
    @Test
    void aFolderWhoseFsyncThrowsUncheckedIsReportedAndTheOthersAreStillSynced(@TempDir Path dir) throws Exception {
        java.util.List<Path> folders = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            folders.add(Files.createDirectories(dir.resolve("f" + i)));
        }
        java.util.Set<Path> synced = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Map<Path, java.io.IOException> failed = AtomicFiles.fsyncEach(folders, d -> {
            if (d.equals(folders.get(0))) {
                throw new InternalError("fsync"); // on the caller's thread
            }
            if (d.equals(folders.get(1))) {
                throw new IllegalStateException("fsync"); // on a helper thread, which has folders 1 and 5
            }
            synced.add(d);
        });
        assertEquals(java.util.List.of(folders.get(0), folders.get(1)), java.util.List.copyOf(failed.keySet()));
        assertEquals(java.util.Set.of(folders.get(2), folders.get(3), folders.get(4), folders.get(5), folders.get(6)),
                synced);
    }

    @Test
    void stagedContentIsPutInPlaceOnlyOnCommitAndOnlyWhenItChanged(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("riepilogo.xlsx");
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, out -> out.write(new byte[] {1, 2, 3}))) {
            assertTrue(s.changed());
            assertFalse(Files.exists(target), "nothing in place before commit");
            assertEquals("3-f130f21e-55bc801d", s.digest());
            assertTrue(s.commit());
        }
        Files.setLastModifiedTime(target, FileTime.fromMillis(1_000_000));
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, out -> out.write(new byte[] {1, 2, 3}))) {
            assertFalse(s.commit(), "same bytes: the file and its mtime stay");
        }
        assertEquals(FileTime.fromMillis(1_000_000), Files.getLastModifiedTime(target));
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, out -> out.write(new byte[] {9}))) {
            assertTrue(s.changed());
            // not committed: a later output failed to render
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> AtomicFiles.stage(target, out -> {
            out.write(new byte[] {7});
            throw new java.io.IOException("disco pieno (simulato)");
        }));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temp file left, whatever happened");
        }
    }

    @Test
    void streamedContentReplacesTheFileWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("riepilogo.xlsx");
        AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[] {9, 9});
            throw new java.io.IOException("disco pieno (simulato)");
        }));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target), "a failure half-way leaves the previous file");
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temp file left");
        }
    }
}
