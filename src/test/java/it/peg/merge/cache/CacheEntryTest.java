package it.peg.merge.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheEntryTest {
    private static final List<String> KEY = List.of("1.0", "ab".repeat(32), "A01.xlsx", "2024-12-31");

    @Test
    void everyDamagedOrTornEntryIsAMissNeverAnotherValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entry.bin");
        AssessmentCache.Entry value = AssessmentCacheTest.everyKind();
        CacheEntry.write(file, "formato/1", KEY, "etichetta", value);
        assertEquals(Optional.of(new CacheEntry.Stored<>("etichetta", value)),
                CacheEntry.read(file, "formato/1", KEY, AssessmentCache.Entry.class));
        byte[] good = Files.readAllBytes(file);
        for (int i = 0; i < good.length; i++) {
            byte[] b = good.clone();
            b[i] ^= 0x10; // one flipped bit anywhere: header, checksum or payload
            Files.write(file, b);
            assertTrue(usable(file).isEmpty(), "flipped bit at " + i);
            Files.write(file, java.util.Arrays.copyOf(good, i));
            assertTrue(usable(file).isEmpty(), "torn at " + i);
        }
        Files.write(file, good);
        assertTrue(CacheEntry.read(file, "formato/2", KEY, AssessmentCache.Entry.class).isEmpty(), "another format is a miss");
        assertTrue(CacheEntry.read(dir.resolve("nessuno.bin"), "formato/1", KEY, AssessmentCache.Entry.class).isEmpty());
    }

    record Stamp(RecordCodecTest.Before severity) {
    }

    record OtherStamp(RecordCodecTest.After severity) {
    }

    @Test
    void anEntryOfTypesThatChangedIsAMiss(@TempDir Path dir) throws IOException {
        // same format and key, same bytes of payload: only the types differ (an enum reordered, as a build run
        // from a classes folder, named by its version alone, may see)
        Path file = dir.resolve("entry.bin");
        CacheEntry.write(file, "formato/1", KEY, "", new Stamp(RecordCodecTest.Before.ERRORE));
        assertEquals(new Stamp(RecordCodecTest.Before.ERRORE),
                CacheEntry.read(file, "formato/1", KEY, Stamp.class).orElseThrow().value());
        assertTrue(CacheEntry.read(file, "formato/1", KEY, OtherStamp.class).isEmpty());
    }

    @Test
    void aFileLargerThanAnyEntryIsAMissNotReadWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("entry.bin");
        CacheEntry.write(file, "formato/1", KEY, "etichetta", AssessmentCacheTest.everyKind());
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(CacheEntry.MAX_BYTES + 1); // sparse: no disk used
        }
        assertTrue(CacheEntry.read(file, "formato/1", KEY, AssessmentCache.Entry.class).isEmpty());
    }

    /** What a cache does with an entry: a value, or a miss whether the entry says so or cannot be decoded. */
    private static Optional<AssessmentCache.Entry> usable(Path file) {
        try {
            return CacheEntry.read(file, "formato/1", KEY, AssessmentCache.Entry.class)
                    .filter(s -> s.tag().equals("etichetta")).map(CacheEntry.Stored::value);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
