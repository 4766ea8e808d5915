package it.peg.merge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quiet night's check of the ledger read in chunks ({@link QuietLedger.onlyQuietNightsSince}) and the seals of the
 * ledger and the night state ({@link NightManifest.Sealed}): the sealed bytes found whole, byte for byte, over several
 * chunks, and after them only complete quiet nights.
 */
class QuietNightLedgerSealTest {
    @TempDir
    Path work;
    Path ledger;
    /** Lines of other runs, over three chunks: what the last complete run sealed. */
    byte[] sealedBytes;

    @BeforeEach
    void setUp() throws Exception {
        ledger = work.resolve(Ledger.FILE_NAME);
        Random random = new Random(29);
        StringBuilder s = new StringBuilder();
        while (s.length() < 3 * NightManifest.Sealed.CHUNK + 1_000) {
            s.append("2024-07-01T02:00:00Z\tr-1\tARCHIVED\tname=S").append(random.nextInt(100_000))
                    .append(".xlsx\tsha256=").append(Long.toHexString(random.nextLong())).append('\n');
        }
        sealedBytes = s.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(ledger, sealedBytes);
    }

    private NightManifest.Sealed seal() throws Exception {
        return NightManifest.Sealed.of(ledger);
    }

    private void quietNight(String run) throws Exception {
        Ledger l = Ledger.open(work, run, Clock.fixed(Instant.parse("2024-07-02T02:00:00Z"), ZoneOffset.UTC));
        l.appendTogether(LedgerEvent.RUN_START, Ledger.fields("tool", "test"),
                LedgerEvent.RUN_END, Ledger.fields("outcome", "OK", "inputs", "unchanged"));
    }

    @Test
    void theSealIsTheLengthAndCrc32OfTheWholeFileReadInChunks() throws Exception {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(sealedBytes);
        assertEquals(new NightManifest.Sealed(sealedBytes.length, (int) crc.getValue()), seal());
        assertEquals(NightManifest.Sealed.of(sealedBytes), seal(), "the same seal from the bytes");
        assertEquals(new NightManifest.Sealed(-1, 0), NightManifest.Sealed.of(work.resolve("missing")));
        assertEquals(new NightManifest.Sealed(-2, 0), NightManifest.Sealed.of(work), "a folder is not read");
    }

    @Test
    void theSealedBytesThenOnlyQuietNightsAreAQuietLedger() throws Exception {
        NightManifest.Sealed sealed = seal();
        assertTrue(QuietLedger.onlyQuietNightsSince(work, sealed), "nothing after the seal");
        quietNight("r-2");
        quietNight("r-3");
        assertTrue(QuietLedger.onlyQuietNightsSince(work, sealed), "two quiet nights after it");
    }

    @Test
    void aByteChangedInAnyChunkOfTheSealedBytesIsNotQuiet() throws Exception {
        NightManifest.Sealed sealed = seal();
        quietNight("r-2");
        byte[] whole = Files.readAllBytes(ledger);
        for (int at : new int[] {0, NightManifest.Sealed.CHUNK - 1, NightManifest.Sealed.CHUNK,
                2 * NightManifest.Sealed.CHUNK + 7, sealedBytes.length - 2}) {
            byte[] changed = whole.clone();
            changed[at] = (byte) (changed[at] == 'x' ? 'y' : 'x');
            Files.write(ledger, changed);
            assertFalse(QuietLedger.onlyQuietNightsSince(work, sealed), "byte " + at + " changed");
        }
    }

    @Test
    void aLedgerShorterThanSealedOrCutInsideItsLastSealedLineIsNotQuiet() throws Exception {
        NightManifest.Sealed sealed = seal();
        Files.write(ledger, Arrays.copyOf(sealedBytes, sealedBytes.length - 1));
        assertFalse(QuietLedger.onlyQuietNightsSince(work, sealed), "a byte short");
        Files.delete(ledger);
        assertFalse(QuietLedger.onlyQuietNightsSince(work, sealed), "no ledger");
        // a seal whose last sealed byte is not the end of a line (the CRC right): not the seal of a whole run
        byte[] cut = Arrays.copyOf(sealedBytes, sealedBytes.length - 5);
        Files.write(ledger, sealedBytes);
        assertFalse(QuietLedger.onlyQuietNightsSince(work, NightManifest.Sealed.of(cut)));
        assertFalse(QuietLedger.onlyQuietNightsSince(work, new NightManifest.Sealed(0, 0)), "an empty seal");
    }

    @Test
    void aLineOfAnyOtherRunOrATornLineAfterTheSealIsNotQuiet() throws Exception {
        NightManifest.Sealed sealed = seal();
        quietNight("r-2");
        Ledger.open(work, "r-3", Clock.systemUTC()).append(LedgerEvent.RUN_START, Ledger.fields("tool", "test"));
        assertFalse(QuietLedger.onlyQuietNightsSince(work, sealed), "a run that did not end");

        Files.write(ledger, sealedBytes);
        quietNight("r-2");
        Files.write(ledger, "2024-07-02T02:00:00Z\tr-4\tRUN_ST".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        assertFalse(QuietLedger.onlyQuietNightsSince(work, sealed), "a line cut short");
    }
}
