package it.peg.readback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's bytes read once into its thread's buffer, for telling its kind and hashing it: the whole file when it fits
 * in {@link #MAX_BYTES}, else its first bytes ({@link #complete} false: the caller streams the rest). The array is
 * the thread's and is reused by its next read: use it before reading another file on the same thread.
 */
record WholeFile(byte[] bytes, int length, boolean complete) {
    /** Returned schede are tens of KB; a file above this is read as a stream (no buffer that size kept per thread). */
    static final int MAX_BYTES = 1 << 20;
    private static final ThreadLocal<byte[][]> BUFFER = ThreadLocal.withInitial(() -> new byte[][] {new byte[64 * 1024]});

    static WholeFile read(Path file) throws IOException {
        byte[][] holder = BUFFER.get();
        byte[] buf = holder[0];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (n == buf.length) {
                    if (buf.length > MAX_BYTES) {
                        return new WholeFile(buf, n, false); // one byte past the cap read: more than MAX_BYTES
                    }
                    buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_BYTES + 1));
                    holder[0] = buf;
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return new WholeFile(buf, n, true);
                }
                n += r;
            }
        }
    }
}
