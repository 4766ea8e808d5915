package it.peg.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers; files are always opened read-only. */
public final class Sha256 {
    private Sha256() {
    }

    /**
     * A fresh SHA-256. Cloned from an unused one: looking the algorithm up among the providers cost more than
     * hashing a file name, which a warm night does for each of its 2,000 cache entries.
     */
    public static MessageDigest digest() {
        try {
            return (MessageDigest) Prototype.PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return create();
        }
    }

    /**
     * Made when {@link #digest} is first called, not when the class is: a file is hashed by {@link Sha256C1}, and the
     * providers' look-up (their classes, the Sun provider's entries, /dev/random opened) was a few ms of a night with
     * nothing new that read a file again (issue 21).
     */
    private static final class Prototype {
        static final MessageDigest PROTOTYPE = create();
    }

    private static MessageDigest create() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
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

    /** A SHA-256 fed in pieces, as a file is copied: {@link Sha256C1}, for the reason {@link #hex(byte[], int)} gives. */
    public static final class Incremental {
        private final Sha256C1 md = new Sha256C1();

        public void update(byte[] bytes, int offset, int length) {
            md.update(bytes, offset, length);
        }

        /** The digest in lower-case hex; once only. */
        public String hex() {
            return HexFormat.of().formatHex(md.digest());
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
