package it.peg.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LogbackServiceProvider;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.StatusUtil;
import ch.qos.logback.core.util.StatusPrinter;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.Util;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J's binding to logback, as {@link LogbackServiceProvider} binds it, with peg's {@link LogConfigurator} called
 * directly instead of through logback's {@link ContextInitializer}: the initializer's status messages are string
 * concatenations compiled to {@code invokedynamic}, whose method handles the JDK spins at run time (the class data
 * sharing archive of Java 17 does not keep them): ~15 ms of every command's start, a tenth of a night with nothing
 * new (issue 21). With {@code logback.configurationFile} set, or when peg's set-up declines, logback's initializer
 * runs as before. The release lists this provider alone (the shaded jar leaves out logback's entry); where both
 * are on the class path (tests) SLF4J takes the first, this one.
 */
public final class LogProvider implements SLF4JServiceProvider {
    /**
     * The first context set up in this JVM, the one SLF4J binds (tests set up others of their own), and the verbosity
     * {@link Main} chose for it: a command sets the verbosity before it logs anything, and logging is set up at its
     * first logger, with that verbosity. A night with nothing new never sets it up (issue 21).
     */
    private static LoggerContext started;
    private static Console.Verbosity chosen;

    private final LoggerContext context = new LoggerContext();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

    @Override
    public void initialize() {
        context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
        context.setMDCAdapter(mdc);
        LogConfigurator peg = new LogConfigurator();
        peg.setContext(context);
        if (peg.configure(context) != ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY) {
            // as LogbackServiceProvider: logback's own search (which finds peg's configurator again and the file)
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                Util.report("Failed to auto configure default logger context", e);
            }
            if (!StatusUtil.contextHasStatusListener(context)) {
                StatusPrinter.printInCaseOfErrorsOrWarnings(context);
            }
        }
        context.start();
        synchronized (LogProvider.class) {
            if (started == null) {
                started = context;
                if (chosen != null) {
                    LogConfigurator.apply(context, chosen);
                }
            }
        }
    }

    /**
     * The verbosity of this command's logging: applied now when logging is set up, else when it is (at the first
     * logger). Only when SLF4J is told this provider ({@code slf4j.provider}, as {@link Main} tells it): otherwise
     * false, and the caller applies it itself.
     */
    static synchronized boolean verbosity(Console.Verbosity verbosity) {
        if (!LogProvider.class.getName().equals(System.getProperty("slf4j.provider"))) {
            return false;
        }
        chosen = verbosity;
        if (started != null) {
            LogConfigurator.apply(started, verbosity);
        }
        return true;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return context;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99"; // as LogbackServiceProvider's
    }
}
