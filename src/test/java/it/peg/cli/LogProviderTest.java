package it.peg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Issue 21: SLF4J bound to logback by peg's provider, peg's set-up called directly, a configuration file still read. */
class LogProviderTest {
    @Test
    void slf4jIsBoundByPegsProviderToLogbackSetUpByPeg() {
        assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());
        LogProvider provider = new LogProvider();
        provider.initialize();
        LoggerContext context = assertInstanceOf(LoggerContext.class, provider.getLoggerFactory());
        assertEquals("default", context.getName());
        assertSame(provider.getMDCAdapter(), context.getMDCAdapter());
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.ERROR, context.getLogger("org.apache.poi").getLevel());
        ConsoleAppender<ILoggingEvent> console = assertInstanceOf(ConsoleAppender.class, root.getAppender(LogConfigurator.CONSOLE));
        assertEquals("System.err", console.getTarget());
        assertEquals("2.0.99", provider.getRequestedApiVersion());
    }

    @Test
    void aConfigurationFileNamedByLogbackConfigurationFileIsStillRead(@TempDir Path tmp) throws Exception {
        Path xml = Files.writeString(tmp.resolve("logback-test-file.xml"), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", xml.toString());
        try {
            LogProvider provider = new LogProvider();
            provider.initialize();
            ch.qos.logback.classic.Logger root = ((LoggerContext) provider.getLoggerFactory())
                    .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            assertEquals(Level.INFO, root.getLevel());
            assertInstanceOf(ConsoleAppender.class, root.getAppender("OUT"));
            assertNull(root.getAppender(LogConfigurator.CONSOLE));
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
