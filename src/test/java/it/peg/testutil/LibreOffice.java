package it.peg.testutil;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless LibreOffice Calc for integration tests, the real client our users run. Each call uses a
 * fresh private profile so that parallel runs do not collide. In CI ({@code CI=true}) a missing
 * LibreOffice fails the test instead of skipping it: .ci/run installs it.
 */
public final class LibreOffice {
    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    /** Skips the calling test outside CI when soffice is missing; fails it in CI. */
    public static void require() {
        boolean present = executable() != null;
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("LibreOffice (soffice) is required in CI: .ci/run installs libreoffice-calc-nogui");
        }
        Assumptions.assumeTrue(present, "LibreOffice not installed (apt-get install -y libreoffice-calc-nogui)");
    }

    static String executable() {
        for (String candidate : new String[] {"/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Converts {@code input} with {@code soffice --convert-to target} into {@code outDir}, e.g. target
     * {@code pdf} or {@code xlsx:"Calc MS Excel 2007 XML"}, and returns the written file.
     */
    public static Path convert(Path input, String target, Path outDir) throws IOException, InterruptedException {
        require();
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("lo-profile");
        try {
            List<String> cmd = new ArrayList<>(List.of(executable(), "--headless", "--norestore", "--nologo",
                    "--nolockcheck", "-env:UserInstallation=" + profile.toUri(), "--convert-to", target, "--outdir",
                    outDir.toString(), input.toString()));
            String log = run(cmd, profile);
            String ext = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
            String base = input.getFileName().toString();
            int dot = base.lastIndexOf('.');
            Path out = outDir.resolve((dot > 0 ? base.substring(0, dot) : base) + "." + ext);
            if (!Files.isRegularFile(out) || Files.size(out) == 0) {
                throw new IOException("LibreOffice did not write " + out + ":\n" + log);
            }
            return out;
        } finally {
            deleteTree(profile);
        }
    }

    /** Runs soffice with the given arguments (after the executable and profile options). */
    public static String runSoffice(List<String> args) throws IOException, InterruptedException {
        require();
        Path profile = Files.createTempDirectory("lo-profile");
        try {
            List<String> cmd = new ArrayList<>(List.of(executable(), "--headless", "--norestore", "--nologo",
                    "--nolockcheck", "-env:UserInstallation=" + profile.toUri()));
            cmd.addAll(args);
            return run(cmd, profile);
        } finally {
            deleteTree(profile);
        }
    }

    /**
     * A fresh user profile under {@code dir} whose locale is it-IT before soffice starts: Calc fixes its
     * number parsing at start-up, so typing {@code 1.200} or {@code 3,5} is then read as an Italian user's.
     */
    public static Path italianProfile(Path dir) throws IOException {
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>it-IT</value></prop></item>
                <item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>it-IT</value></prop></item>
                </oor:items>
                """);
        return profile;
    }

    private static String run(List<String> cmd, Path workDir) throws IOException, InterruptedException {
        Path log = workDir.resolve("soffice.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException("LibreOffice timed out after " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        String output = Files.readString(log);
        if (p.exitValue() != 0) {
            throw new IOException("LibreOffice exited " + p.exitValue() + ": " + output);
        }
        return output;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
