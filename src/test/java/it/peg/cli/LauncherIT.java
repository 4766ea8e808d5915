package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/peg}, the launcher cron and people run, on the jar {@code mvn package} built: the first run records
 * the class data sharing archive next to the jar, the later ones use it, and both give the application's output
 * and exit code unchanged. Run on a copy of the launcher and the jar (no sources next to them: no build).
 */
class LauncherIT {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run peg(Path home, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/peg").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/peg did not end");
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void theFirstRunRecordsTheArchiveAndEveryRunKeepsTheOutputAndTheExitCode() throws Exception {
        Path home = dir.resolve("peg");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Path launcher = Files.copy(Path.of("bin/peg"), home.resolve("bin/peg"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Path.of("target/peg-app.jar");
        assertTrue(Files.isRegularFile(jar), "mvn package builds the jar before the integration tests");
        Files.copy(jar, home.resolve("target/peg-app.jar"));
        Path archive = home.resolve("target/peg-app.jsa");

        Run first = peg(home, "check", "--plan", "manca.xlsx");
        assertEquals(2, first.exit(), first.err());
        assertTrue(first.out().contains("PIANO_NON_TROVATO"), first.out());
        assertTrue(Files.size(archive) > 0, "the first run recorded the archive");
        try (var files = Files.list(home.resolve("target"))) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no temp archive left");
        }

        Run later = peg(home, "check", "--plan", "manca.xlsx");
        assertEquals(first, later, "the archive changes nothing but the time");
        Run version = peg(home, "--version");
        assertEquals(0, version.exit());
        assertEquals("", version.err(), "an archive recorded by another command is used silently");

        // a rebuilt jar makes the archive stale: ignored, then recorded again
        Files.setLastModifiedTime(home.resolve("target/peg-app.jar"),
                java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 5_000));
        Files.writeString(archive, "non un archivio"); // and unusable: the JVM must not mind
        Run rebuilt = peg(home, "check", "--plan", "manca.xlsx");
        assertEquals(first, rebuilt);
        assertTrue(Files.size(archive) > 1000, "recorded again for the new jar");
        Files.writeString(archive, "non un archivio");
        Files.setLastModifiedTime(archive,
                java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 60_000));
        assertEquals(first, peg(home, "check", "--plan", "manca.xlsx"), "a damaged archive is ignored");
    }
}
