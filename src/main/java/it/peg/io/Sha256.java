package it.peg.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;

/** SHA-256 helpers, every digest by {@link Sha256C1} (peg runs C1 alone, which has no SHA intrinsic); files are always opened read-only. */
public final class Sha256 {
    private Sha256() {
    }

    /** Hex SHA-256 of {@code bytes}, by {@link Sha256C1} as {@link #hex(byte[], int)}. */
    public static String hex(byte[] bytes) {
        return hex(bytes, bytes.length);
    }

    /** The SHA-256 of {@code bytes}, 32 bytes, by {@link Sha256C1}. */
    public static byte[] of(byte[] bytes) {
        Incremental md = new Incremental();
        md.update(bytes);
        return md.digest();
    }

    /**
     * Hex SHA-256 of the first {@code length} bytes of {@code bytes} (a file read whole). Files are hashed by
     * {@link Sha256C1}: peg runs the C1 compiler alone, which has no SHA intrinsic, and the JDK's SHA-256 was a fifth
     * of consolidate's assessing (docs/performance.md, "h27-read"); the digest is the same SHA-256.
     */
    public static String hex(byte[] bytes, int length) {
        Sha256C1 md = new Sha256C1();
        md.update(bytes, 0, length);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * A SHA-256 fed in pieces (a file as it is copied, a key's parts): {@link Sha256C1}, for the reason
     * {@link #hex(byte[], int)} gives. Its digest is taken once.
     */
    public static final class Incremental {
        private final Sha256C1 md;
        private boolean done;

        public Incremental() {
            this(new Sha256C1());
        }

        private Incremental(Sha256C1 md) {
            this.md = md;
        }

        public void update(byte[] bytes, int offset, int length) {
            open().update(bytes, offset, length);
        }

        public void update(byte[] bytes) {
            update(bytes, 0, bytes.length);
        }

        public void update(byte b) {
            update(new byte[] {b}, 0, 1);
        }

        /** Another digest that has taken what this one has so far (a prefix common to many keys, hashed once). */
        public Incremental copy() {
            return new Incremental(open().copy());
        }

        /** The digest, 32 bytes; once only (it pads what it has taken). */
        public byte[] digest() {
            Sha256C1 last = open();
            done = true;
            return last.digest();
        }

        private Sha256C1 open() {
            if (done) {
                throw new IllegalStateException("peg's bug: a SHA-256 used after its digest was taken");
            }
            return md;
        }

        /** The digest in lower-case hex; once only. */
        public String hex() {
            return HexFormat.of().formatHex(digest());
        }
    }

    public static String hex(String text) {
        return hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * One read buffer per thread: a night hashes every file in the inbox (2,000 of them for a large comune), and
     * a fresh 64 KB buffer for each was a quarter of everything a night with a few new files allocated.
     */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    /** Hex SHA-256 of a file's content, read through a read-only channel (hashed as {@link #hex(byte[], int)}). */
    public static String ofFile(Path file) throws IOException {
        Sha256C1 md = new Sha256C1();
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            byte[] buffer = BUFFER.get();
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** {@link #ofFile}, or "" when the file is missing or unreadable (whoever reads it reports that). */
    public static String ofFileOrEmpty(Path file) {
        try {
            return ofFile(file);
        } catch (IOException e) {
            return "";
        }
    }

    public static boolean isHex(String s) {
        if (s.length() != 64) {
            return false;
        }
        // a plain loop: a night with nothing new checks the 2,000 archived copies' names in cold code
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
