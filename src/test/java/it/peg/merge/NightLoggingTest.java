package it.peg.merge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21 (h27-quiet): a night with nothing new writes its two lines to {@code merge.log} before logback is set up,
 * the lines logback's pattern makes of them, after the same rollover; anything else sets logback up first.
 */
class NightLoggingTest {
    private static final String RUN = "20261205T020000Z-4242";
    private final LoggerContext ctx = new LoggerContext();

    @TempDir
    Path work;

    /** merge.log with one line, last written yesterday at noon (a cron night: rolled over). */
    private String yesterdaysLog() throws Exception {
        Path logs = Files.createDirectories(work.resolve(MergeLogging.DIR));
        String before = "2026-12-04T02:00:00.000Z INFO  [x] it.peg.merge.NightRun - yesterday" + System.lineSeparator();
        Files.writeString(logs.resolve("merge.log"), before);
        Files.setLastModifiedTime(logs.resolve("merge.log"), FileTime.from(LocalDate.now().minusDays(1).atTime(12, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        return before;
    }

    /** What logback's pattern makes of an INFO event of {@code logger} at the time the line states, with the run's id. */
    private String patterned(String line, String logger, String message) {
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(ctx);
        pattern.setPattern(MergeLogging.PATTERN);
        pattern.start();
        LoggingEvent e = new LoggingEvent(NightLoggingTest.class.getName(), ctx.getLogger(logger), Level.INFO, message,
                null, null);
        e.setTimeStamp(OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toInstant().toEpochMilli());
        e.setMDCPropertyMap(Map.of("run", RUN));
        return pattern.doLayout(e);
    }

    private List<String> lines() throws Exception {
        return Files.readAllLines(work.resolve(MergeLogging.DIR).resolve("merge.log"));
    }

    @Test
    void aQuietNightsTwoLinesAreWrittenWithoutLogbackAsItsPatternWritesThem() throws Exception {
        String before = yesterdaysLog();
        NightLogging log = NightLogging.open(work, Level.ERROR, RUN);
        log.info(QuietNight.class, "nothing changed since the last complete run");
        log.info(NightRun.class, "merge summary outcome=OK");
        assertFalse(log.installed(), "logback not set up");
        log.close();

        List<String> lines = lines();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(patterned(lines.get(0), "it.peg.merge.QuietNight", "nothing changed since the last complete run"),
                lines.get(0) + System.lineSeparator());
        assertEquals(patterned(lines.get(1), "it.peg.merge.NightRun", "merge summary outcome=OK"),
                lines.get(1) + System.lineSeparator());
        Path archive = work.resolve(MergeLogging.DIR).resolve("merge." + LocalDate.now().minusDays(1) + ".0.log.gz");
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(archive))) {
            assertEquals(before, new String(in.readAllBytes(), StandardCharsets.UTF_8), "yesterday's log rolled over");
        }
    }

    @Test
    void aLineAfterLogbackIsSetUpGoesOnInTheSameFileInOrder() throws Exception {
        yesterdaysLog();
        try (NightLogging log = NightLogging.open(work, Level.ERROR, RUN)) {
            log.info(QuietNight.class, "first, direct");
            assertFalse(log.installed());
            log.useLogback(); // as QuietNight before its warning
            assertTrue(log.installed(), "a warning sets logback up");
            org.slf4j.LoggerFactory.getLogger(QuietNight.class).warn("night manifest not written");
            log.info(NightRun.class, "then through logback");
        }
        List<String> lines = lines();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith(" INFO  [" + RUN + "] it.peg.merge.QuietNight - first, direct"), lines.get(0));
        assertTrue(lines.get(1).endsWith(" WARN  [" + RUN + "] it.peg.merge.QuietNight - night manifest not written"),
                lines.get(1));
        assertTrue(lines.get(2).endsWith(" INFO  [" + RUN + "] it.peg.merge.NightRun - then through logback"),
                lines.get(2));
        assertEquals(1, Files.list(work.resolve(MergeLogging.DIR)).filter(p -> p.toString().endsWith(".gz")).count(),
                "rolled over once");
    }

    @Test
    void linesTheConsoleShowsOrAMissingLogGoThroughLogback() throws Exception {
        // -v: INFO lines are shown on the console, which merge's console appender writes
        yesterdaysLog();
        PrintStream err = System.err;
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        System.setErr(new PrintStream(shown, true, StandardCharsets.UTF_8));
        try (NightLogging log = NightLogging.open(work, Level.DEBUG, RUN)) {
            log.info(QuietNight.class, "shown with -v");
            assertTrue(log.installed());
        } finally {
            System.setErr(err);
        }
        assertTrue(shown.toString(StandardCharsets.UTF_8).contains("it.peg.merge.QuietNight - shown with -v"), shown.toString());
        assertTrue(lines().get(0).endsWith("it.peg.merge.QuietNight - shown with -v"), lines().toString());

        // no merge.log yet: logback's rolling appender creates it
        Path other = Files.createDirectories(work.resolve("other"));
        try (NightLogging log = NightLogging.open(other, Level.ERROR, RUN)) {
            log.info(NightRun.class, "first line");
            assertTrue(log.installed());
        }
        assertEquals(1, Files.readAllLines(other.resolve(MergeLogging.DIR).resolve("merge.log")).size());
    }

    @Test
    void theOrdinaryNightSetsLogbackUp() throws Exception {
        yesterdaysLog();
        try (NightLogging log = NightLogging.open(work, Level.ERROR, RUN)) {
            log.useLogback();
            assertTrue(log.installed());
            org.slf4j.LoggerFactory.getLogger(ArchiveStep.class).info("received A.xlsx");
        }
        List<String> lines = lines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith(" INFO  [" + RUN + "] it.peg.merge.ArchiveStep - received A.xlsx"), lines.get(0));
    }
}
