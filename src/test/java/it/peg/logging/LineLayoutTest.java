package it.peg.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** peg's log lines formatted by code are those logback's pattern layout made of the same pattern. */
class LineLayoutTest {
    private final LoggerContext ctx = new LoggerContext();

    @Test
    void everyLineIsWhatThePatternMakesOfIt() {
        LineLayout[] layouts = {LineLayout.console(true), LineLayout.console(false),
                new LineLayout("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", true, 30, true),
                new LineLayout("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", true, 30, false)};
        assertEquals("%d{HH:mm:ss} %-5level %logger{20} - %msg%n", layouts[0].pattern());
        assertEquals("%d{HH:mm:ss} %-5level %logger{20} - %msg%n%nopex", layouts[1].pattern());
        assertEquals("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%X{run}] %logger{30} - %msg%n", layouts[2].pattern());
        int compared = 0;
        for (LineLayout layout : layouts) {
            layout.setContext(ctx);
            layout.start();
            PatternLayout pattern = new PatternLayout();
            pattern.setContext(ctx);
            pattern.setPattern(layout.pattern());
            pattern.start();
            for (Level level : new Level[] {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR}) {
                for (String logger : new String[] {"it.peg.merge.QuietNight", "it.peg.merge.cache.ParsedFileCache",
                        "it.peg.cli.Main", "org.apache.poi.xssf.usermodel.XSSFWorkbook", "x"}) {
                    for (Throwable t : new Throwable[] {null, new IllegalStateException("boom",
                            new java.io.IOException("disco pieno"))}) {
                        for (Map<String, String> mdc : java.util.List.of(Map.of("run", "20241231T020000Z-4242"),
                                Map.<String, String>of())) {
                            LoggingEvent e = new LoggingEvent(LineLayoutTest.class.getName(), ctx.getLogger(logger), level,
                                    "archived copy of {} ({}) was missing: è stato ripristinato", t,
                                    new Object[] {"S001 - Anagrafe.xlsx", 12_345});
                            e.setMDCPropertyMap(mdc);
                            assertEquals(pattern.doLayout(e), layout.doLayout(e), layout.pattern());
                            compared++;
                        }
                    }
                }
            }
        }
        assertEquals(400, compared);
        LoggingEvent failure = new LoggingEvent("x", ctx.getLogger("it.peg.cli.Main"), Level.DEBUG, "unexpected failure",
                new IllegalStateException("boom"), null);
        assertTrue(layouts[0].doLayout(failure).contains("\tat it.peg.logging.LineLayoutTest"), "with -v: the stack trace");
        assertEquals(1, layouts[1].doLayout(failure).lines().count(), "without: the line alone");
    }

    /**
     * The time in the system's zone, as logback's date converter gives it, in zones with summer time (the hours around
     * each change), half-hour offsets and a change at midnight: the layout takes the offsets from {@link TimeZone}.
     */
    @Test
    void theTimeIsTheSystemZonesAsTheDateConverterGivesIt() {
        TimeZone system = TimeZone.getDefault();
        int compared = 0;
        try {
            for (String id : new String[] {"Europe/Rome", "America/Santiago", "Australia/Lord_Howe", "Asia/Kathmandu",
                    "America/St_Johns", "UTC"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(id));
                for (LineLayout layout : new LineLayout[] {LineLayout.console(false),
                        new LineLayout("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", true, 30, false)}) {
                    layout.setContext(ctx);
                    layout.start();
                    PatternLayout pattern = new PatternLayout();
                    pattern.setContext(ctx);
                    pattern.setPattern(layout.pattern());
                    pattern.start();
                    java.time.ZoneId zone = java.time.ZoneId.of(id);
                    java.util.List<Long> instants = new java.util.ArrayList<>();
                    // every 7 minutes 13.5 seconds over the days around the changes of 2024 and 2025, and a few others
                    for (var t : zone.getRules().getTransitions()) {
                        if (t.getInstant().isAfter(java.time.Instant.parse("2024-01-01T00:00:00Z"))
                                && t.getInstant().isBefore(java.time.Instant.parse("2026-01-01T00:00:00Z"))) {
                            long at = t.getInstant().toEpochMilli();
                            for (long ms = at - 86_400_000L; ms < at + 86_400_000L; ms += 433_500L) {
                                instants.add(ms);
                            }
                        }
                    }
                    instants.addAll(java.util.List.of(0L, 1_735_689_599_999L, 1_735_689_600_000L, 1_751_327_999_123L));
                    for (long ms : instants) {
                        LoggingEvent e = new LoggingEvent(LineLayoutTest.class.getName(), ctx.getLogger("it.peg.merge.X"),
                                Level.INFO, "at {}", null, new Object[] {ms});
                        e.setTimeStamp(ms);
                        e.setMDCPropertyMap(Map.of("run", "r"));
                        assertEquals(pattern.doLayout(e), layout.doLayout(e), id + " " + ms);
                        compared++;
                    }
                }
            }
        } finally {
            TimeZone.setDefault(system);
        }
        assertTrue(compared > 1_500, "compared " + compared);
    }

    /**
     * The two patterns peg uses, written out by hand, give what {@link java.time.format.DateTimeFormatter} gives (as
     * the layout formatted them before, in the system's locale): seeded times over years 1-9999 and beyond (handed to
     * the formatter), in zones with half-hour, 45-minute and second offsets (local mean times of the 19th century), in
     * locales with other digits.
     */
    @Test
    void theWrittenOutTimesAreTheFormattersInEveryZoneAndLocale() {
        TimeZone system = TimeZone.getDefault();
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.Random random = new java.util.Random(20261205);
        int compared = 0;
        try {
            for (String tag : new String[] {"it-IT", "ar-SA", "hi-IN", "th-TH-u-nu-thai"}) {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
                for (String id : new String[] {"Europe/Rome", "UTC", "Asia/Kathmandu", "America/St_Johns",
                        "Africa/Monrovia", "Pacific/Chatham", "Europe/Amsterdam", "America/Sao_Paulo"}) {
                    TimeZone zone = TimeZone.getTimeZone(id);
                    TimeZone.setDefault(zone);
                    for (String pattern : new String[] {LineLayout.CONSOLE_TIME, LineLayout.ISO_MILLIS_OFFSET}) {
                        LineLayout layout = new LineLayout(pattern, true, 30, false);
                        java.time.format.DateTimeFormatter formatter = java.time.format.DateTimeFormatter
                                .ofPattern(pattern).withLocale(java.util.Locale.getDefault());
                        java.util.List<Long> instants = new java.util.ArrayList<>(java.util.List.of(0L, -1L, 999L,
                                -62_135_596_800_000L, -62_135_596_800_001L, 253_402_300_799_999L, 253_402_300_800_000L,
                                -2_208_988_800_000L, -1_000_000_000_000L));
                        for (int i = 0; i < 500; i++) {
                            instants.add(random.nextLong(-62_200_000_000_000L, 253_500_000_000_000L));
                        }
                        for (long ms : instants) {
                            java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds(zone.getOffset(ms) / 1000);
                            String expected = formatter.format(java.time.OffsetDateTime.of(java.time.LocalDateTime
                                    .ofEpochSecond(Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1_000_000,
                                            offset), offset));
                            assertEquals(expected, layout.time(ms), tag + " " + id + " " + pattern + " " + ms);
                            compared++;
                        }
                    }
                }
            }
        } finally {
            TimeZone.setDefault(system);
            java.util.Locale.setDefault(locale);
        }
        assertEquals(4 * 8 * 2 * 509, compared);
    }
}
