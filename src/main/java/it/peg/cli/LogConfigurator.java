package it.peg.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import it.peg.logging.LineLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * peg's logging, set up in code (found by logback through {@code META-INF/services}) rather than from a logback.xml:
 * parsing and interpreting the XML with Joran was a visible share of a short command's start (issue 21). Console
 * logging for people on standard error, WARN and above, POI only for its errors; {@link Main} sets the level for
 * -v and -q, and merge adds its own log file under the work folder. The system property
 * {@code logback.configurationFile} still wins: with it, logback reads that file as it always did.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    /** The console appender's name, which {@link Main} looks up to set the pattern for -v. */
    static final String CONSOLE = "STDERR";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(CONSOLE);
        console.setTarget("System.err");
        console.setEncoder(LineLayout.console(true).encoder(context, java.nio.charset.Charset.defaultCharset()));
        console.start();
        context.getLogger("org.apache.poi").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The verbosity of a command: the root's level, and stack traces on the console only with -v. */
    static void apply(LoggerContext context, Console.Verbosity verbosity) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbosity == Console.Verbosity.VERBOSE ? Level.DEBUG
                : verbosity == Console.Verbosity.QUIET ? Level.ERROR : Level.WARN);
        // stack traces are for whoever maintains peg: on the console only with -v
        if (root.getAppender(CONSOLE) instanceof ConsoleAppender<ILoggingEvent> console) {
            console.setEncoder(LineLayout.console(verbosity == Console.Verbosity.VERBOSE)
                    .encoder(context, java.nio.charset.Charset.defaultCharset()));
        }
    }
}
