package it.peg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21: logging set up in code, as the logback.xml it replaces did (console on stderr, WARN, POI's errors). */
class LogConfiguratorTest {
    @Test
    void theConsoleOnStandardErrorAtWarnWithPoiOnlyForItsErrors() {
        LoggerContext context = new LoggerContext();
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, new LogConfigurator().configure(context));
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.apache.poi").getLevel());
        ConsoleAppender<ILoggingEvent> console = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
        assertEquals("System.err", console.getTarget());
        assertTrue(console.isStarted());
        // the pattern logback.xml had, formatted by code (LineLayoutTest compares the two)
        assertEquals("%d{HH:mm:ss} %-5level %logger{20} - %msg%n", assertInstanceOf(it.peg.logging.LineLayout.class,
                assertInstanceOf(ch.qos.logback.core.encoder.LayoutWrappingEncoder.class, console.getEncoder())
                        .getLayout()).pattern());
    }

    @Test
    void logbackFindsItAndNoXmlConfigurationIsLeft() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogConfigurator.class));
        assertEquals(null, LogConfiguratorTest.class.getResource("/logback.xml"));
        // this JVM's logging was set up by it
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertInstanceOf(ConsoleAppender.class, root.getAppender(LogConfigurator.CONSOLE));
    }
}
