package it.peg.xlsx;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the length of the second,
 * without the bytes: zlib's {@code crc32_combine} (its 1.2.12 form: multiplication modulo the CRC polynomial by
 * x^(8 * length), from a table of x^(2^n)); the JDK has no such call. A zip entry made of segments, some copied
 * from an earlier file, gets its CRC this way, once per segment.
 */
final class Crc32Combine {
    /** The CRC-32 polynomial, reflected. */
    private static final int POLY = 0xEDB88320;
    /** x^(2^n) modulo the polynomial, n = 0..31. */
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            p = multiply(p, p);
            X2N[n] = p;
        }
    }

    private Crc32Combine() {
    }

    static int combine(int crc1, int crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        return multiply(xToThe8nth(length2), crc1) ^ crc2;
    }

    /** a times b modulo the polynomial (bit-reflected: x^0 is the top bit). */
    private static int multiply(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        int bb = b;
        while (true) {
            if ((a & m) != 0) {
                p ^= bb;
                if ((a & (m - 1)) == 0) {
                    break;
                }
            }
            m >>>= 1;
            bb = (bb & 1) != 0 ? (bb >>> 1) ^ POLY : bb >>> 1;
        }
        return p;
    }

    /** x^(8n) modulo the polynomial: n zero bytes. */
    private static int xToThe8nth(long n) {
        int p = 1 << 31; // x^0
        int k = 3;
        long left = n;
        while (left != 0) {
            if ((left & 1) != 0) {
                p = multiply(X2N[k & 31], p);
            }
            left >>>= 1;
            k++;
        }
        return p;
    }
}
