package it.peg.xlsx;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the length of the second,
 * without the bytes: zlib's {@code crc32_combine} (the JDK has no such call). A zip entry made of segments,
 * some copied from an earlier file, gets its CRC this way.
 */
final class Crc32Combine {
    private static final long POLY = 0xEDB88320L;

    private Crc32Combine() {
    }

    static int combine(int crc1, int crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        // the operator for one zero bit, then two, then four: squared for each bit of the length
        odd[0] = POLY;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        long c1 = crc1 & 0xFFFFFFFFL;
        long len = length2;
        do {
            square(even, odd);
            if ((len & 1) != 0) {
                c1 = times(even, c1);
            }
            len >>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                c1 = times(odd, c1);
            }
            len >>= 1;
        } while (len != 0);
        return (int) (c1 ^ (crc2 & 0xFFFFFFFFL));
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        int i = 0;
        long v = vector;
        while (v != 0) {
            if ((v & 1) != 0) {
                sum ^= matrix[i];
            }
            v >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
