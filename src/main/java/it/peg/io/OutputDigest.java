package it.peg.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The identity peg keeps of the files it writes itself (the summary, the CSV, the verifica's copies, the files in
 * {@code scartati/}): their size, CRC-32C and CRC-32, written {@code <size>-<crc32c>-<crc32>} (decimal, then 8 hex
 * digits each), for instance {@code 21534211-1a2b3c4d-5e6f7a8b}.
 *
 * <p>Why not SHA-256: these identities only tell whether a file merge wrote is still the one it wrote (the Nucleo
 * saves the summary, someone edits the CSV, a copy is deleted), never what a municipal office sent; nobody chooses
 * their bytes to collide. SHA-256 is what SPEC section 6 requires of the files received (the Registro sheet, the
 * archive, the ledger's ARCHIVED lines), and those keep it. Under the launcher's C1-only JIT the JDK's SHA-256 runs
 * as compiled Java (no intrinsic), about 7 ms per MB: hashing 21 MB of outputs was a third of a night with 1% new
 * files. Both CRCs are intrinsics of the interpreter and of C1 on x86 and AArch64 (tens of MB in a few ms). Two CRCs
 * of different polynomials make a 64-bit check that catches every change of up to 32 bits in a burst and misses a
 * random change with a probability of about 2^-64; with the size it is a sound check for change detection.
 */
public final class OutputDigest {
    private OutputDigest() {
    }

    /** The digest of {@code bytes}. */
    public static String of(byte[] bytes) {
        Digesting d = new Digesting();
        d.update(bytes, 0, bytes.length);
        return d.digest();
    }

    /**
     * The digest of a file's bytes; an exception when it is not a regular file. These files are merge's own: a link
     * is not followed, and a FIFO is not opened (opening one to read waits for a writer: the night would hang with the
     * run lock held). The caller takes the exception as the file changed, and the night writes it again.
     */
    public static String ofFile(Path file) throws IOException {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file");
        }
        Digesting d = new Digesting();
        try (InputStream in = Files.newInputStream(file, java.nio.file.StandardOpenOption.READ,
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                d.update(buffer, 0, n);
            }
        }
        return d.digest();
    }

    /** As {@link #ofFile}, "" when the file is missing or cannot be read. */
    public static String ofFileOrEmpty(Path file) {
        try {
            return ofFile(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** The digest of bytes as they are written through {@link #into}. */
    public static final class Digesting {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private long size;

        public Digesting() {
        }

        void update(byte[] b, int off, int len) {
            crc32c.update(b, off, len);
            crc32.update(b, off, len);
            size += len;
        }

        /** A stream that passes what is written on to {@code out} and adds it to this digest on the way. */
        public OutputStream into(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    crc32c.update(b);
                    crc32.update(b);
                    size++;
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    update(b, off, len);
                    out.write(b, off, len);
                }
            };
        }

        /** The digest of what was written so far. */
        public String digest() {
            return size + "-" + hex8(crc32c.getValue()) + "-" + hex8(crc32.getValue());
        }

        private static String hex8(long v) {
            String h = Long.toHexString(v);
            return "0".repeat(8 - h.length()) + h;
        }
    }
}
