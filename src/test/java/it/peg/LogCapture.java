package it.peg;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the loggers of some classes log at INFO and above while a piece of a test runs: the writers that copy from
 * last night's outputs say what they copied only there, and a test that checks bytes alone could not tell a night
 * that copied from one that rendered everything. Each logger gets its level back afterwards.
 */
public final class LogCapture {
    private LogCapture() {
    }

    /** A piece of a test that may fail with an I/O error and gives a value. */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws IOException;
    }

    /** What the action gave and the messages logged meanwhile, formatted, in order. */
    public record Captured<T>(T value, List<String> messages) {
        public Captured {
            messages = List.copyOf(messages);
        }
    }

    public static <T> Captured<T> during(Action<T> action, Class<?>... sources) throws IOException {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        List<Logger> loggers = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        for (Class<?> source : sources) {
            Logger logger = (Logger) LoggerFactory.getLogger(source);
            loggers.add(logger);
            levels.add(logger.getLevel());
            logger.addAppender(appender);
            logger.setLevel(Level.INFO);
        }
        T value;
        try {
            value = action.run();
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).detachAppender(appender);
                loggers.get(i).setLevel(levels.get(i));
            }
        }
        return new Captured<>(value, appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }
}
