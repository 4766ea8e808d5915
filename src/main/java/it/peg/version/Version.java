package it.peg.version;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool version, from the build (recorded in every generated workbook). In a package of its own that imports
 * no other peg package: {@code generate}, {@code bench} and {@code cli} all need it, and while it lived in
 * {@code cli} those three packages formed an import cycle.
 */
public final class Version {
    private Version() {
    }

    public static String current() {
        // the jar's manifest (Implementation-Version), which Java has at hand: the class data sharing archive keeps it
        // with the classes, while a resource is read by opening the jar and its directory of 15,000 entries, a few ms
        // of a night with nothing new (issue 21); run from the build's classes (tests) there is no manifest
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = Version.class.getResourceAsStream("/it/peg/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The version and the identity of the running jar ({@link #identityOf}): merge stamps its cache entries with it,
     * so that what a previous build read from a file is not reused by a rebuilt peg that may read it differently under
     * the same version number; and the Java runtime's version, since what a night copies from its last outputs was
     * written by the Java that ran it ({@code Double.toString}'s digits changed in JDK 19: rows copied after an upgrade
     * would keep the old spelling beside new ones). Running from a classes folder (tests), the version alone.
     */
    public static String build() {
        String b = build;
        if (b == null) {
            b = computeBuild();
            build = b;
        }
        return b;
    }

    private static volatile String build;

    private static String computeBuild() {
        try {
            java.net.URL location = Version.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path jar = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(jar)) {
                return current() + "+" + identityOf(jar)
                        + "/java-" + System.getProperty("java.runtime.version", "?"); // not Runtime.version(): a regex
            }
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            // no jar to identify: the version alone, as before
        }
        return current();
    }

    /**
     * What tells one build's jar from another's: its size and the CRC-32 of its zip directory, which holds every
     * entry's name, sizes and CRC-32 (a class changed is an entry of another CRC). Not the jar's modification time: the
     * build is reproducible ({@code project.build.outputTimestamp}), so every release zip stores the jar with the same
     * time, which {@code unzip} gives back, and two releases of one version whose jars had the same size were taken
     * for one build (their cached assessments, night state and manifest trusted by the other). The directory is ~1 MB
     * at the end of the file (15,000 entries), read in one go: a millisecond or two of a night; a jar whose directory
     * cannot be found (zip64, damaged) is read whole.
     */
    public static String identityOf(java.nio.file.Path jar) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(jar,
                java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 0xffff);
            java.nio.ByteBuffer end = read(ch, size - tail, tail);
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) { // end of central directory
                    long cdSize = end.getInt(i + 12) & 0xffffffffL;
                    long cdOffset = end.getInt(i + 16) & 0xffffffffL;
                    if (cdSize < Integer.MAX_VALUE && cdOffset + cdSize <= size - tail + i) {
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        crc.update(read(ch, cdOffset, (int) cdSize));
                        return size + "-cd" + Long.toHexString(crc.getValue());
                    }
                    break;
                }
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            for (long at = 0; at < size; at += 1 << 20) {
                crc.update(read(ch, at, (int) Math.min(1 << 20, size - at)));
            }
            return size + "-" + Long.toHexString(crc.getValue());
        }
    }

    private static java.nio.ByteBuffer read(java.nio.channels.FileChannel ch, long at, int length) throws IOException {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                throw new java.io.EOFException("jar shorter than its size");
            }
        }
        return buf.flip();
    }
}
