package it.peg.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key's identity, what merge stamps its caches with beside the build ({@link SealKeyFile#identity}). */
class SealKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void noKeyNamesNothingAndEachKeyItsOwnWithoutShowingIt() throws Exception {
        Path plan = dir.resolve("piano.xlsx");
        assertEquals("", SealKeyFile.identity(plan), "a plan without seals keeps the identity it had");
        SealKeyFile.loadOrCreate(plan);
        String first = SealKeyFile.identity(plan);
        assertTrue(first.matches("\\+sigilli:[0-9a-f]{16}"), first);
        assertEquals(first, SealKeyFile.identity(plan), "stable while the key is");
        String key = Files.readString(SealKeyFile.of(plan)).strip();
        assertFalse(first.contains(key.substring(0, 16)), "the key itself is not shown");

        Files.delete(SealKeyFile.of(plan));
        SealKeyFile.loadOrCreate(plan);
        assertNotEquals(first, SealKeyFile.identity(plan), "another key, another identity");
    }

    @Test
    void aKeyThatCannotBeReadIsNamedAsSuch() throws Exception {
        Path plan = dir.resolve("piano.xlsx");
        Files.write(SealKeyFile.of(plan), new byte[2048]);
        assertEquals("+sigilli:?", SealKeyFile.identity(plan));
    }
}
