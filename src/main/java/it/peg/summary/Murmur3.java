package it.peg.summary;

/**
 * MurmurHash3's x64 128-bit function (Austin Appleby's, public domain) over 64-bit words instead of bytes: each pair of
 * words is one of its 16-byte blocks (no byte order to settle: the words are made here). Fast under C1 (multiplies, rotations,
 * no table), for {@link RowKeys}.
 */
final class Murmur3 {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long SEED = 0x7065672d726f7773L; // "peg-rows"

    private Murmur3() {
    }

    /** The 128-bit hash of {@code words[0, n)}, as 32 hex digits. */
    static String hex128(long[] words, int n) {
        long h1 = SEED;
        long h2 = SEED;
        int i = 0;
        for (; i + 2 <= n; i += 2) {
            long k1 = words[i];
            long k2 = words[i + 1];
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        if (i < n) { // the tail: one word, as the function's 8-byte tail
            long k1 = words[i];
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
        }
        long length = (long) n * 8;
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return hex(h1) + hex(h2);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    private static String hex(long v) {
        String s = Long.toHexString(v);
        return "0".repeat(16 - s.length()) + s;
    }
}
