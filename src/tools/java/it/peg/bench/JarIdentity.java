package it.peg.bench;

import it.peg.version.Version;

import java.nio.file.Path;

/**
 * Prints the identity of a jar ({@link Version#identityOf}: its size and the CRC-32 of its zip directory), for
 * {@code mvn package} to ship beside the release's jar as {@code lib/peg-app.id}. The release's jar has the same
 * modification time in every release (the build is reproducible), so {@code bin/peg} and {@code bin\peg.cmd} cannot
 * tell by the times that a new release was unzipped over an old one: they compare this text with the one the class
 * archive was made for, and make the archive again when it differs (Java itself checks only the jar's size and time,
 * and maps a stale archive's classes, the old release's code, for a new jar of the same size).
 *
 * <p>Usage: {@code java -cp peg-app.jar it.peg.bench.JarIdentity peg-app.jar peg-app.id} (written by itself, not as
 * the process's output, where a {@code JAVA_TOOL_OPTIONS} would add its line first).
 */
public final class JarIdentity {
    private JarIdentity() {
    }

    public static void main(String[] args) throws Exception {
        java.nio.file.Files.writeString(Path.of(args[1]), Version.identityOf(Path.of(args[0])) + "\n",
                java.nio.charset.StandardCharsets.US_ASCII);
    }
}
