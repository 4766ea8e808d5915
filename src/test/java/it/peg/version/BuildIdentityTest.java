package it.peg.version;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The build identity merge stamps its caches, night state and manifest with tells two releases apart even when their
 * jars have the same size and time: the build is reproducible, and every release zip gives its jar the time
 * {@code project.build.outputTimestamp} names.
 */
class BuildIdentityTest {
    @TempDir
    Path tmp;

    private Path jar(String name, String classBytes) throws Exception {
        Path jar = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("it/peg/Soglia.class");
            e.setTime(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
            zip.putNextEntry(e);
            zip.write(classBytes.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        return jar;
    }

    /** Regression: the identity was the jar's size and modification time, the same for both releases here. */
    @Test
    void twoReleasesWithJarsOfTheSameSizeAndTimeAreTwoBuilds() throws Exception {
        Path before = jar("prima.jar", "soglia=0.05;".repeat(40));
        Path after = jar("dopo.jar", "soglia=0.06;".repeat(40));
        assertEquals(Files.size(before), Files.size(after), "the same size (else the test shows nothing)");
        assertNotEquals(Version.identityOf(before), Version.identityOf(after));
        assertEquals(Version.identityOf(before), Version.identityOf(jar("copia.jar", "soglia=0.05;".repeat(40))),
                "the same bytes: the same build, wherever it lies");
    }

    @Test
    void aFileThatIsNoZipIsIdentifiedByAllItsBytes() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.jar"), "non è uno zip 1");
        Path b = Files.writeString(tmp.resolve("b.jar"), "non è uno zip 2");
        assertNotEquals(Version.identityOf(a), Version.identityOf(b));
    }
}
