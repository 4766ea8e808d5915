package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21 (h27-quiet): a night with nothing new as cron runs it (a new JVM, merge.log last written yesterday) decides
 * and writes everything without setting logging up (SLF4J's binding, logback's context); its merge.log lines, ledger
 * lines, summary line and exit code are those of a night that set it up; with -v it sets it up and shows its lines.
 */
class QuietNightProcessTest {
    @TempDir
    Path dir;

    private record Ran(int exit, String out, String err, List<String> classes) {
    }

    private Ran peg(Path classList, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xlog:class+load=info:file=" + classList, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ran");
        return new Ran(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")),
                Files.readAllLines(classList));
    }

    private static boolean loaded(Ran ran, String className) {
        for (String line : ran.classes()) {
            if (line.contains(" " + className + " ")) {
                return true;
            }
        }
        return false;
    }

    private static void yesterday(Path log) throws Exception {
        Files.setLastModifiedTime(log, FileTime.from(LocalDate.now().minusDays(1).atTime(12, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
    }

    @Test
    void aQuietCronNightSetsNoLoggingUpAndWritesWhatItWrote() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path work = dir.resolve("lavoro");
        String at = schede.plan.settings().verifiche().get(1).date().toString();
        String[] args = {"merge", "-q", "--plan", schede.planFile.toString(), "--inbox", schede.in.toString(), "--work",
                work.toString(), "--at", at};
        CliRun first = CliRun.run(args);
        Path log = work.resolve("logs").resolve("merge.log");
        String firstLog = Files.readString(log);

        yesterday(log);
        Ran quiet = peg(dir.resolve("quiet.classes"), args);
        assertEquals(first.exit, quiet.exit(), quiet.toString());
        assertTrue(quiet.out().startsWith("merge "), quiet.out());
        assertTrue(quiet.out().contains(" 0 nuovi, 0 letti, "), quiet.out());
        assertEquals("", quiet.err());
        assertTrue(loaded(quiet, "it.peg.merge.QuietNight"), "the check ran in that JVM");
        assertFalse(loaded(quiet, "org.slf4j.LoggerFactory"), "SLF4J not bound");
        assertFalse(loaded(quiet, "ch.qos.logback.classic.LoggerContext"), "logback not set up");
        assertFalse(loaded(quiet, "it.peg.readback.XlsxReturnedWorkbookReader"), "the stages not made");
        assertFalse(loaded(quiet, "it.peg.merge.Stages$LazyReader"), "no stages made at all (issue 21)");

        List<String> ledger = Files.readAllLines(work.resolve("ledger.tsv"));
        String end = ledger.get(ledger.size() - 1);
        String runId = end.split("\t")[1];
        assertTrue(ledger.get(ledger.size() - 2).contains("\t" + runId + "\tRUN_START\t"), ledger.toString());
        assertTrue(end.contains("\tRUN_END\t") && end.contains("\tinputs=unchanged\t"), end);
        List<String> lines = Files.readAllLines(log);
        assertEquals(2, lines.size(), lines.toString());
        String time = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})";
        assertTrue(lines.get(0).matches(time + " INFO  \\[" + runId + "\\] it\\.peg\\.merge\\.QuietNight - nothing"
                + " changed since the last complete run \\(inbox, plan, outputs and ledger as it left them\\): outputs"
                + " left as they are"), lines.get(0));
        assertTrue(lines.get(1).matches(time + " INFO  \\[" + runId + "\\] it\\.peg\\.merge\\.NightRun - merge summary"
                + " outcome=\\w+ verifica=\\S+ seen=2 new=0 read=0 .* durationMs=\\d+"), lines.get(1));
        Path archive = log.resolveSibling("merge." + LocalDate.now().minusDays(1) + ".0.log.gz");
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(archive))) {
            assertEquals(firstLog, new String(in.readAllBytes(), StandardCharsets.UTF_8), "yesterday's log rolled over");
        }

        // -v: the lines are shown on the console too, through logback
        yesterday(log);
        args[1] = "-v";
        Ran verbose = peg(dir.resolve("verbose.classes"), args);
        assertEquals(first.exit, verbose.exit(), verbose.toString());
        assertTrue(loaded(verbose, "ch.qos.logback.classic.LoggerContext"));
        assertTrue(verbose.err().contains("it.peg.merge.QuietNight - nothing changed since the last complete run"),
                verbose.err());
        assertEquals(2, Files.readAllLines(log).size());
    }
}
