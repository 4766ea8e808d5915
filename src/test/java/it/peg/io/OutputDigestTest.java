package it.peg.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class OutputDigestTest {
    /** The standard check values of both CRCs ("123456789": CRC-32C e3069283, CRC-32 cbf43926), with the size. */
    @Test
    void theDigestIsTheSizeAndBothCrcsOfTheBytes() {
        assertEquals("9-e3069283-cbf43926", OutputDigest.of("123456789".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("0-00000000-00000000", OutputDigest.of(new byte[0]));
    }

    @Test
    void aFileWrittenByteByByteInChunksOrReadBackHasOneDigest(@TempDir Path dir) throws Exception {
        byte[] data = new byte[200_000];
        new java.util.Random(7).nextBytes(data);
        OutputDigest.Digesting d = new OutputDigest.Digesting();
        try (OutputStream out = d.into(Files.newOutputStream(dir.resolve("f")))) {
            out.write(data[0]);
            out.write(data, 1, 99_999);
            out.write(data, 100_000, 100_000);
        }
        assertEquals(OutputDigest.of(data), d.digest());
        assertEquals(OutputDigest.of(data), OutputDigest.ofFile(dir.resolve("f")));
        assertEquals("", OutputDigest.ofFileOrEmpty(dir.resolve("missing")));
    }

    @Test
    void oneChangedByteOrOneMoreByteChangesTheDigest() {
        byte[] data = "Valutazione Nucleo %".getBytes(StandardCharsets.UTF_8);
        byte[] changed = data.clone();
        changed[3] ^= 1;
        assertNotEquals(OutputDigest.of(data), OutputDigest.of(changed));
        assertNotEquals(OutputDigest.of(data), OutputDigest.of(java.util.Arrays.copyOf(data, data.length + 1)));
    }
}
