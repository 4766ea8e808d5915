package it.peg.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

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
}
