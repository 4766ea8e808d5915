package it.peg.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * peg's SHA-256 for C1 against the JDK's: the Registro shows, and merge keys on, the SHA-256 of each file, so the
 * generated rounds must give the true digest for every length (every padding case: a length's last block with room
 * for the 9 bytes of padding or not), fed whole or in pieces of any size, from anywhere in an array.
 */
class Sha256C1Test {
    private static String jdk(byte[] m) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(m));
    }

    private static String c1(byte[] in, int off, int len) {
        Sha256C1 md = new Sha256C1();
        md.update(in, off, len);
        return HexFormat.of().formatHex(md.digest());
    }

    /** The digest of {@code m} fed in seeded random pieces (some empty, some across blocks) from inside a larger array. */
    private static String c1InPieces(byte[] m, Random r) {
        byte[] in = new byte[m.length + 11];
        System.arraycopy(m, 0, in, 5, m.length);
        Sha256C1 md = new Sha256C1();
        int off = 5;
        int end = 5 + m.length;
        while (off < end) {
            int n = Math.min(end - off, r.nextInt(r.nextBoolean() ? 70 : 300));
            md.update(in, off, n);
            off += n;
        }
        md.update(in, end, 0);
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void theStandardVectorsGiveTheirDigests() {
        String[][] vectors = {
                {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
                {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
                {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
                {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
                {"a".repeat(1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"}};
        for (String[] v : vectors) {
            byte[] m = v[0].getBytes(StandardCharsets.US_ASCII);
            assertEquals(v[1], c1(m, 0, m.length), "length " + m.length);
        }
    }

    @Test
    void everyLengthUpToSeventeenBlocksGivesTheJdksDigestWholeAndInPieces() throws Exception {
        Random r = new Random(20261205L);
        for (int len = 0; len <= 17 * 64 + 1; len++) {
            for (int rep = 0; rep < 3; rep++) {
                byte[] m = new byte[len];
                r.nextBytes(m);
                String expected = jdk(m);
                byte[] inside = new byte[len + 9];
                System.arraycopy(m, 0, inside, 3, len);
                assertEquals(expected, c1(inside, 3, len), "length " + len + " whole");
                assertEquals(expected, c1InPieces(m, r), "length " + len + " in pieces");
            }
        }
    }

    @Test
    void theLengthsAroundBlockBoundariesOfLargeMessagesGiveTheJdksDigest() throws Exception {
        Random r = new Random(5);
        for (int blocks : new int[] {63, 64, 1023, 1024, 1025, 4096}) {
            for (int delta = -65; delta <= 65; delta += 1) {
                byte[] m = new byte[blocks * 64 + delta];
                r.nextBytes(m);
                assertEquals(jdk(m), c1(m, 0, m.length), "length " + m.length);
            }
        }
        for (int k = 0; k < 60; k++) {
            byte[] m = new byte[r.nextInt(300_000)];
            r.nextBytes(m);
            assertEquals(jdk(m), c1InPieces(m, r), "length " + m.length);
        }
    }

    /** Constant bytes, where an error in the schedule or a rotation shows in few bits' worth of input. */
    @Test
    void uniformMessagesGiveTheJdksDigest() throws Exception {
        for (int b : new int[] {0x00, 0xff, 0x80, 0x7f, 0x01}) {
            for (int len : new int[] {1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 65_536}) {
                byte[] m = new byte[len];
                java.util.Arrays.fill(m, (byte) b);
                assertEquals(jdk(m), c1(m, 0, len), "byte " + b + " length " + len);
            }
        }
    }

    @Test
    void aFileIsHashedAsTheJdkHashesItsBytes(@TempDir Path dir) throws Exception {
        Random r = new Random(11);
        // around Sha256.ofFile's 64 KB reads, and what a returned scheda weighs
        for (int len : new int[] {0, 1, 64, 81_498, 65_535, 65_536, 65_537, 3 * 65_536 + 63, 1_500_000}) {
            byte[] m = new byte[len];
            r.nextBytes(m);
            Path f = dir.resolve("f" + len);
            Files.write(f, m);
            assertEquals(jdk(m), Sha256.ofFile(f), "file of " + len + " bytes");
            byte[] buffer = java.util.Arrays.copyOf(m, len + 100);
            assertEquals(jdk(m), Sha256.hex(buffer, len), "the first " + len + " bytes of a larger buffer");
        }
    }

    /**
     * A copy goes on from what its original had taken, and neither is changed by the other: every prefix length around
     * the block boundaries, each continued two ways ({@link Sha256.Incremental#copy}, the summary's keys' prefixes).
     */
    @Test
    void aCopyGoesOnFromItsOriginalsPrefix() throws Exception {
        java.util.Random random = new java.util.Random(21);
        for (int len = 0; len <= 200; len++) {
            byte[] prefix = new byte[len];
            random.nextBytes(prefix);
            byte[] a = new byte[random.nextInt(150)];
            byte[] b = new byte[random.nextInt(150)];
            random.nextBytes(a);
            random.nextBytes(b);
            Sha256.Incremental common = new Sha256.Incremental();
            common.update(prefix);
            Sha256.Incremental first = common.copy();
            first.update(a);
            Sha256.Incremental second = common.copy();
            second.update(b);
            second.update((byte) 7);
            byte[] bWith7 = java.util.Arrays.copyOf(b, b.length + 1);
            bWith7[b.length] = 7;
            assertEquals(jdk(concat(prefix, a)), HexFormat.of().formatHex(first.digest()), "prefix " + len);
            assertEquals(jdk(concat(prefix, bWith7)), second.hex(), "prefix " + len);
            assertEquals(jdk(prefix), common.hex(), "the original, untouched by its copies");
            assertEquals(jdk(a), HexFormat.of().formatHex(Sha256.of(a)));
        }
        Sha256.Incremental taken = new Sha256.Incremental();
        taken.hex();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, taken::digest, "a digest is taken once");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> taken.update((byte) 1));
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] all = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        return all;
    }
}
