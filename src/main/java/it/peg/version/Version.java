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
     * The version and the identity of the running jar (its size and modification time): merge stamps its
     * cache entries with it, so that what a previous build read from a file is not reused by a rebuilt peg
     * that may read it differently under the same version number; and the Java runtime's version, since what a
     * night copies from its last outputs was written by the Java that ran it ({@code Double.toString}'s digits changed
     * in JDK 19: rows copied after an upgrade would keep the old spelling beside new ones). Running from a classes
     * folder (tests), the version alone.
     */
    public static String build() {
        try {
            java.net.URL location = Version.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path jar = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(jar)) {
                return current() + "+" + java.nio.file.Files.size(jar) + "-"
                        + java.nio.file.Files.getLastModifiedTime(jar).toMillis()
                        + "/java-" + System.getProperty("java.runtime.version", "?"); // not Runtime.version(): a regex
            }
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            // no jar to identify: the version alone, as before
        }
        return current();
    }
}
