package it.peg.merge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** merge.log written directly on the usual night, as logback's rolling appender would have written it. */
class MergeLoggingTest {
    private final LoggerContext ctx = new LoggerContext();

    private LoggingEvent event(Level level, String logger, String message, Throwable t, Object... args) {
        LoggingEvent e = new LoggingEvent(MergeLoggingTest.class.getName(), ctx.getLogger(logger), level, message, t, args);
        e.setMDCPropertyMap(Map.of("run", "20241231T020000Z-4242"));
        return e;
    }

    @Test
    void aLineIsWhatThePatternMakesOfTheEvent(@TempDir Path dir) {
        PatternLayout pattern = new PatternLayout();
        pattern.setContext(ctx);
        pattern.setPattern(MergeLogging.PATTERN);
        pattern.start();
        MergeLogging.MergeLogFile file = new MergeLogging.MergeLogFile(dir, () -> null);
        for (Level level : new Level[] {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR}) {
            for (String logger : new String[] {"it.peg.merge.QuietNight", "it.peg.merge.cache.ParsedFileCache", "x"}) {
                LoggingEvent e = event(level, logger, "received {} sha256={} size={}", null, "A01 - Anagrafe.xlsx", "ab",
                        12_345);
                assertEquals(pattern.doLayout(e), file.line(e));
            }
        }
        LoggingEvent withoutRun = new LoggingEvent(MergeLoggingTest.class.getName(),
                ctx.getLogger("it.peg.merge.MergeJob"), Level.INFO, "nothing changed", null, null);
        withoutRun.setMDCPropertyMap(Map.of());
        assertEquals(pattern.doLayout(withoutRun), file.line(withoutRun));
        assertEquals(ch.qos.logback.core.util.FileSize.valueOf("10MB").getSize(), MergeLogging.MAX_FILE_SIZE);
    }

    @Test
    void aFileOfTodayIsAppendedToAndOneOfAnotherDayIsRolledOver(@TempDir Path dir) throws Exception {
        MergeLogging.MergeLogFile file = start(dir);
        file.doAppend(event(Level.INFO, "it.peg.merge.NightRun", "first night", null));
        assertTrue(file.rolling(), "no merge.log yet: logback's appender creates it");
        file.stop();
        String first = Files.readString(dir.resolve("merge.log"));

        MergeLogging.MergeLogFile today = start(dir);
        LoggingEvent quiet = event(Level.INFO, "it.peg.merge.QuietNight", "nothing changed", null);
        today.doAppend(quiet);
        today.doAppend(event(Level.WARN, "it.peg.merge.NightRun", "second line", null));
        assertFalse(today.rolling(), "appended directly");
        today.stop();
        String after = Files.readString(dir.resolve("merge.log"), StandardCharsets.UTF_8);
        assertTrue(after.startsWith(first + today.line(quiet)), after);

        // last written yesterday: rolled over into yesterday's archive, by peg as logback would (MergeLogRolloverTest)
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Files.setLastModifiedTime(dir.resolve("merge.log"),
                FileTime.from(yesterday.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        MergeLogging.MergeLogFile nextDay = start(dir);
        nextDay.doAppend(event(Level.INFO, "it.peg.merge.QuietNight", "nothing changed", null));
        assertFalse(nextDay.rolling());
        nextDay.stop();
        assertTrue(Files.isRegularFile(dir.resolve("merge." + yesterday.format(DateTimeFormatter.ISO_LOCAL_DATE)
                + ".0.log.gz")), "rolled over");
        assertEquals(1, Files.readAllLines(dir.resolve("merge.log")).size());
    }

    @Test
    void anEventWithAStackTraceGoesThroughLogback(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("merge.log"), "");
        MergeLogging.MergeLogFile file = start(dir);
        file.doAppend(event(Level.INFO, "it.peg.merge.MergeJob", "one", null));
        assertFalse(file.rolling());
        file.doAppend(event(Level.ERROR, "it.peg.merge.NightRun", "merge failed", new IllegalStateException("boom")));
        assertTrue(file.rolling());
        file.doAppend(event(Level.INFO, "it.peg.merge.NightRun", "after", null));
        file.stop();
        String log = Files.readString(dir.resolve("merge.log"));
        assertTrue(log.contains("merge failed" + System.lineSeparator() + "java.lang.IllegalStateException: boom"), log);
        assertTrue(log.contains("\tat it.peg.merge.MergeLoggingTest"), log);
        assertTrue(log.endsWith("- after" + System.lineSeparator()), log);
    }

    /**
     * The day's end as the zone's rules give it ({@code atStartOfDay}), from {@link java.util.TimeZone}'s offsets: in
     * zones with summer time, a change of offset at midnight (a day that starts at 01:00, or an hour that comes twice
     * just before midnight), half-hour offsets and a day skipped (Samoa, 30 December 2011), at instants every few
     * minutes around each change and every few hours over the years.
     */
    @Test
    void theNextDayStartsWhereTheZoneRulesStartIt() {
        int compared = 0;
        for (String id : it.peg.clock.SystemClockTest.ZONES) {
            java.util.TimeZone zone = java.util.TimeZone.getTimeZone(id);
            ZoneId rules = ZoneId.of(id);
            java.util.List<Long> instants = new java.util.ArrayList<>();
            for (var t : rules.getRules().getTransitions()) {
                long at = t.getInstant().toEpochMilli();
                if (at > java.time.Instant.parse("2010-01-01T00:00:00Z").toEpochMilli()) {
                    for (long ms = at - 2 * 86_400_000L; ms < at + 86_400_000L; ms += 241_001L) {
                        instants.add(ms);
                    }
                }
            }
            for (long ms = 1_262_304_000_000L; ms < 1_893_456_000_000L; ms += 10_800_017L) {
                instants.add(ms);
            }
            for (long ms : instants) {
                java.time.Instant at = java.time.Instant.ofEpochMilli(ms);
                assertEquals(LocalDate.ofInstant(at, rules).plusDays(1).atStartOfDay(rules).toInstant().toEpochMilli(),
                        MergeLogging.MergeLogFile.startOfNextDay(zone, ms), id + " " + at);
                compared++;
            }
        }
        assertTrue(compared > 100_000, "compared " + compared);
    }

    private MergeLogging.MergeLogFile start(Path dir) {
        MergeLogging.MergeLogFile file = new MergeLogging.MergeLogFile(dir, () -> MergeLogging.rolling(ctx, dir));
        file.setContext(ctx);
        file.start();
        return file;
    }
}
