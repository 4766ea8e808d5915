package it.peg.release;

import it.peg.version.Version;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release zip that {@code mvn package} leaves in target/: unpacked into a folder whose path has a space and an
 * accented letter, its {@code bin/peg} runs the demo with a Java runtime alone (the Java SE modules linked with jlink:
 * no javac, no Maven). The PATH holds only bash
 * and a stand-in {@code mvn} that leaves a mark if anything calls it.
 */
class ReleaseIT {
    @TempDir
    static Path temp;
    static Path home;
    static Path fakeBin;
    static Path mavenCalled;
    /** A Java runtime without the JDK's tools (no javac, no jlink), as a comune installs it. */
    static Path runtime;

    static Path zip() {
        return Path.of("target", "peg-" + Version.current() + ".zip");
    }

    @BeforeAll
    static void unpack() throws IOException {
        assertEquals("UTF-8", System.getProperty("sun.jnu.encoding"),
                "file names with accented letters need a UTF-8 locale for the tests (LANG=C.UTF-8)");
        Path zip = zip();
        assertTrue(Files.isRegularFile(zip), zip + " missing: run mvn -B package (or verify) first");
        Path unzipped = Files.createDirectories(temp.resolve("Comune di Forlì").resolve("programmi peg"));
        unzip(zip, unzipped);
        home = unzipped.resolve("peg-" + Version.current());
        fakeBin = Files.createDirectories(temp.resolve("solo java"));
        for (String tool : List.of("bash")) {
            Files.createSymbolicLink(fakeBin.resolve(tool), which(tool));
        }
        mavenCalled = temp.resolve("mvn-chiamato");
        Path mvn = fakeBin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\ntouch '" + mavenCalled + "'\nexit 99\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        runtime = javaRuntime();
    }

    /**
     * The modules of a Java SE runtime (what a JRE download holds), linked from the running JDK; when the tests
     * already run on a runtime without jlink, that runtime.
     */
    private static Path javaRuntime() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        Path jlink = home.resolve("bin").resolve("jlink");
        if (!Files.isExecutable(jlink)) {
            return home;
        }
        Path out = temp.resolve("jre 17");
        Path log = temp.resolve("jlink.log");
        Process p = new ProcessBuilder(jlink.toString(), "--add-modules",
                "java.se,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec", "--no-header-files",
                "--no-man-pages", "--strip-debug", "--output", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "jlink did not finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertEquals(0, p.exitValue(), () -> "jlink failed: " + readQuietly(log));
        assertFalse(Files.exists(out.resolve("bin").resolve("javac")), "a runtime, not a JDK");
        return out;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void theZipHoldsTheLaunchersTheJarTheTemplatesAndTheDocs() throws IOException {
        Map<String, Integer> modes = new TreeMap<>();
        try (ZipFile z = ZipFile.builder().setPath(zip()).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                modes.put(e.getName(), e.getUnixMode() & 0777);
            }
        }
        String base = "peg-" + Version.current() + "/";
        for (String f : List.of("bin/peg", "bin/peg.cmd", "lib/peg-app.jar", "README.md",
                "workbook-templates/scheda.xlsx", "workbook-templates/trezzo/scheda.xlsx", "workbook-templates/firenze/scheda.xlsx",
                "workbook-templates/serravalle/scheda.xlsx", "workbook-templates/README.md", "docs/guida-controllo.md",
                "docs/guida-uffici.md", "docs/merge.md", "docs/performance.md", "docs/scoring.md")) {
            assertTrue(modes.containsKey(base + f), base + f + " missing from " + modes.keySet());
        }
        assertEquals(0755, modes.get(base + "bin/peg"), "bin/peg must be executable");
        assertFalse(modes.keySet().stream().anyMatch(n -> n.startsWith(base + "src/") || n.endsWith("pom.xml")),
                "no sources in the release: " + modes.keySet());
        // cmd.exe needs the CRLF endings as committed
        assertArrayEquals(Files.readAllBytes(Path.of("bin", "peg.cmd")), Files.readAllBytes(home.resolve("bin/peg.cmd")));
    }

    @Test
    void theUnzippedReleaseRunsTheDemoWithJavaAloneAndNeverCallsMaven() throws Exception {
        Path out = temp.resolve("uscita è qui");
        Run run = peg(Map.of("JAVA_HOME", runtime.toString()), "demo", "--out", out.toString());

        assertEquals(0, run.exit, run::toString);
        assertFalse(Files.exists(mavenCalled), "bin/peg called mvn: " + run);
        assertFalse(run.err.contains("preparo l'applicazione"), run::toString);
        assertTrue(run.out.contains("Riepilogo al"), run::toString);
        for (String code : List.of("0630", "0930", "1231")) {
            assertTrue(Files.size(out.resolve("riepilogo-" + code + ".xlsx")) > 0, code);
            assertTrue(Files.size(out.resolve("riepilogo-" + code + ".csv")) > 0, code);
        }
        try (Stream<Path> schede = Files.list(out.resolve("schede"))) {
            assertEquals(5, schede.filter(p -> p.toString().endsWith(".xlsx")).count());
        }
        assertFalse(Files.exists(home.resolve("target")), "the release must not build anything");
    }

    @Test
    void withoutJavaHomeJavaIsFoundOnThePathAndTheExitCodeIsKept() throws Exception {
        Path javaBin = Files.createDirectories(temp.resolve("java sul path"));
        Files.createSymbolicLink(javaBin.resolve("java"), runtime.resolve("bin").resolve("java"));
        Map<String, String> env = Map.of("PATH", javaBin + ":" + fakeBin);

        Run version = peg(env, "--version");
        assertEquals(0, version.exit, version::toString);
        assertEquals("peg " + Version.current(), version.out.strip());

        Run wrong = peg(env, "check", "--plan", temp.resolve("non esiste.xlsx").toString());
        assertEquals(2, wrong.exit, wrong::toString);
        assertFalse(Files.exists(mavenCalled), "bin/peg called mvn: " + wrong);
    }

    @Test
    void withoutAnyJavaItSaysSoInItalianAndExits2() throws Exception {
        Run run = peg(Map.of(), "--version");
        assertEquals(2, run.exit, run::toString);
        assertEquals("peg: Java non trovato. Installare Java 17 o successivo, oppure impostare JAVA_HOME sulla "
                + "cartella di Java.", run.err.strip());
    }

    /**
     * Regression (issue 21, h24-skeleton): the class archive holds the jar's path as dumped, and Java ignores it, and
     * the JDK's own with it, for a jar at another path: a release folder moved after its first run started twice as
     * slowly for ever (nothing newer than the archive, so it was never made again). {@code -Xshare:on} makes Java fail
     * where it cannot map the archive.
     */
    @Test
    void aReleaseFolderMovedAfterItsFirstRunMakesItsClassArchiveAgain() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", runtime.toString());
        assertEquals(0, peg(env, "--version").exit);
        assertTrue(Files.isRegularFile(home.resolve("lib").resolve("peg.jsa")), "made on the first run");
        assertEquals(0, peg(Map.of("JAVA_HOME", runtime.toString(), "PEG_JAVA_OPTS", "-Xshare:on"), "--version").exit,
                "the archive is used where it was made");
        Path moved = temp.resolve("spostato").resolve("peg " + Version.current());
        copyTree(home, moved);
        Run run = peg(moved, Map.of("JAVA_HOME", runtime.toString(), "PEG_JAVA_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, run.exit, run::toString);
        assertEquals("peg " + Version.current(), run.out.strip());
        assertEquals(moved.resolve("lib").resolve("peg-app.jar").toString(),
                Files.readAllLines(moved.resolve("lib").resolve("peg.jsa.path")).get(0));
        Run again = peg(moved, Map.of("JAVA_HOME", runtime.toString(), "PEG_JAVA_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, again.exit, again::toString);
        assertFalse(again.err.contains("preparo l'avvio rapido"), "made once: " + again);
    }

    /**
     * Regression: every release's jar has the same modification time (the build is reproducible), so a new release
     * unzipped over an old one was never newer than the class archive, which was never made again: Java ignored it for
     * a jar of another size (every night started without it, twice as slowly) and mapped the old release's classes for
     * a jar of the same size (it checks only the size and the time). The release's {@code lib/peg-app.id}, the jar's
     * identity, now says which jar the archive was made for.
     */
    @Test
    void aNewReleaseUnzippedOverTheOldOneMakesItsClassArchiveAgain() throws Exception {
        Path release = temp.resolve("aggiornato").resolve("peg " + Version.current());
        copyTree(home, release);
        Map<String, String> env = Map.of("JAVA_HOME", runtime.toString(), "PEG_JAVA_OPTS", "-Xshare:on");
        assertEquals(0, peg(release, env, "--version").exit);
        Path lib = release.resolve("lib");
        assertTrue(Files.isRegularFile(lib.resolve("peg-app.id")), "the release says which jar it holds");
        Run same = peg(release, env, "--version");
        assertFalse(same.err.contains("preparo l'avvio rapido"), same::toString);
        // the next release, as unzip leaves it: a jar of the same size and time whose classes differ (here one byte of
        // its zip directory, which Java's reader ignores), with its identity beside it
        Path jar = lib.resolve("peg-app.jar");
        FileTime time = Files.getLastModifiedTime(jar);
        byte[] bytes = Files.readAllBytes(jar);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int end = bytes.length - 22;
        while (b.getInt(end) != 0x06054b50) {
            end--;
        }
        bytes[b.getInt(end + 16) + 4] ^= 1; // the first entry's "version made by"
        Files.write(jar, bytes);
        Files.setLastModifiedTime(jar, time);
        Files.writeString(lib.resolve("peg-app.id"), Version.identityOf(jar) + "\n");
        Files.setLastModifiedTime(lib.resolve("peg-app.id"), time);
        Run run = peg(release, env, "--version");
        assertEquals(0, run.exit, run::toString);
        assertTrue(run.err.contains("preparo l'avvio rapido"), "made again for the new jar: " + run);
        Run again = peg(release, env, "--version");
        assertFalse(again.err.contains("preparo l'avvio rapido"), "made once: " + again);
    }

    /**
     * The archive is tied to the Java that dumped it: a {@code java} on the {@code PATH} newer than the archive (an
     * update) makes it again. The launcher looks that java up on the {@code PATH} itself (h30-start: no subshell).
     */
    @Test
    void aJavaOnThePathNewerThanTheArchiveMakesItAgain() throws Exception {
        Path javaBin = Files.createDirectories(temp.resolve("java aggiornato"));
        Files.createSymbolicLink(javaBin.resolve("java"), runtime.resolve("bin").resolve("java"));
        Map<String, String> env = Map.of("PATH", temp.resolve("non esiste") + ":" + javaBin + ":" + fakeBin);
        assertEquals(0, peg(env, "--version").exit);
        Path jsa = home.resolve("lib").resolve("peg.jsa");
        FileTime java = Files.getLastModifiedTime(runtime.resolve("bin").resolve("java"));
        Run same = peg(env, "--version");
        assertFalse(same.err.contains("preparo l'avvio rapido"), same::toString);
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(java.toMillis() - 1000));
        Run run = peg(env, "--version");
        assertEquals(0, run.exit, run::toString);
        assertTrue(run.err.contains("preparo l'avvio rapido"), run::toString);
        assertTrue(Files.getLastModifiedTime(jsa).compareTo(java) > 0, "made again");
    }

    /**
     * Issue 21 (h30-start): the heap in transparent huge pages where Linux gives them on request ({@code [madvise]} in
     * {@code /sys/kernel/mm/transparent_hugepage/enabled}: a night's page faults cut to a third), and the option left
     * out elsewhere, where Java would warn at every start (none offered) or refuse to start (another system).
     */
    @Test
    void theHeapUsesHugePagesOnlyWhereLinuxGivesThemOnRequest() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
        Run run = peg(Map.of("JAVA_HOME", runtime.toString(), "PEG_JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
                "--version");
        assertEquals(0, run.exit, run::toString);
        assertEquals(onRequest, run.out.contains("-XX:+UseTransparentHugePages"), run::toString);
        assertFalse(run.err.contains("TransparentHugePages"), run::toString);
        assertTrue(run.out.strip().endsWith("peg " + Version.current()), run::toString);
    }

    /**
     * Regression (s21-trial): cron starts a command with no locale at all, the POSIX one, where Java cannot name a file
     * whose path has an accented letter: the demo into "uscita cron è", from a release in "Comune di Forlì", stopped
     * at once with exit 4 ("difetto del programma", every è printed as '?'), and a nightly merge re-archived a file of
     * an inbox folder "ufficio è" under a name with U+FFFD. The launcher makes the character type UTF-8 when none is set.
     */
    @Test
    void underCronWithNoLocaleAccentedPathsWorkAndMessagesKeepTheirAccents() throws Exception {
        Path out = temp.resolve("uscita cron è");
        Run run = peg(home, Map.of("JAVA_HOME", runtime.toString()), false, "demo", "--out", out.toString());

        assertEquals(0, run.exit, run::toString);
        assertTrue(Files.size(out.resolve("riepilogo-1231.xlsx")) > 0, run::toString);
        assertTrue(run.out.contains("Aprire " + out.resolve("riepilogo-1231.xlsx") + " per il riepilogo completo."),
                run::toString);
        assertFalse(run.out.contains("?") || run.err.contains("?"), run::toString);
    }

    /** A copy keeping every file's times, as a folder moved to another disk keeps them. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs the release's bin/peg from its own folder, with PATH = the stand-in folder unless {@code env} says. */
    private static Run peg(Map<String, String> env, String... args) throws Exception {
        return peg(home, env, args);
    }

    /** As above, for the release unzipped at {@code home}. */
    private static Run peg(Path home, Map<String, String> env, String... args) throws Exception {
        return peg(home, env, true, args);
    }

    /** As above; without {@code withLocale}, with no LC_ALL, LC_CTYPE or LANG at all, as cron starts a command. */
    private static Run peg(Path home, Map<String, String> env, boolean withLocale, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("peg").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> k.equals("JAVA_HOME") || k.startsWith("MAVEN") || k.equals("M2_HOME")
                || k.equals("PEG_JAVA_OPTS"));
        environment.put("PATH", fakeBin.toString());
        environment.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        if (withLocale) {
            environment.put("LC_ALL", "C.UTF-8");
        }
        environment.putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/peg did not finish in 5 minutes: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target);
                }
                int mode = e.getUnixMode() & 0777;
                if (mode != 0) {
                    Files.setPosixFilePermissions(target, permissions(mode));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwx";
        for (int bit = 8; bit >= 0; bit--) {
            s.append((mode & (1 << bit)) != 0 ? rwx.charAt(2 - bit % 3) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError(tool + " not found on the PATH");
    }
}
