package it.peg.merge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The merge's rolling log, configured in code because its folder is only known at run time:
 * {@code work/logs/merge.log}, rolled daily and at 10 MB into {@code merge.yyyy-MM-dd.N.log.gz}, 90 days and
 * at most 1 GB kept. While installed, the {@code it.peg} loggers write INFO and above to that file and only
 * {@code consoleThreshold} and above to stderr (so cron mails stay short). Installed only after the run lock
 * is held, so that two processes never write the same log file.
 */
public final class MergeLogging implements AutoCloseable {
    public static final String DIR = "logs";
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%X{run}] %logger{30} - %msg%n";

    private final Logger logger;
    private final Level previousLevel;
    private final boolean previousAdditive;
    private final RollingFileAppender<ILoggingEvent> file;
    private final ConsoleAppender<ILoggingEvent> console;

    private MergeLogging(Logger logger, Level previousLevel, boolean previousAdditive,
                         RollingFileAppender<ILoggingEvent> file, ConsoleAppender<ILoggingEvent> console) {
        this.logger = logger;
        this.previousLevel = previousLevel;
        this.previousAdditive = previousAdditive;
        this.file = file;
        this.console = console;
    }

    /** Installs the rolling file; a no-op when SLF4J is not bound to Logback. */
    public static AutoCloseable install(Path workDir, Level fileLevel, Level consoleThreshold) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return () -> { };
        }
        Path dir = workDir.resolve(DIR).toAbsolutePath();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("merge-file");
        file.setFile(dir.resolve("merge.log").toString());
        file.setAppend(true);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(dir.resolve("merge.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(90);
        policy.setTotalSizeCap(FileSize.valueOf("1GB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder(ctx, PATTERN));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(ctx);
        console.setName("merge-console");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(consoleThreshold.toString());
        threshold.start();
        console.addFilter(threshold);
        // stack traces go to the log file; on the console only with -v (a cron mail is read by people)
        console.setEncoder(encoder(ctx, consoleThreshold.isGreaterOrEqual(Level.INFO) ? PATTERN + "%nopex" : PATTERN));
        console.start();

        Logger logger = ctx.getLogger("it.peg");
        MergeLogging installed = new MergeLogging(logger, logger.getLevel(), logger.isAdditive(), file, console);
        logger.setLevel(fileLevel.isGreaterOrEqual(Level.INFO) ? Level.INFO : fileLevel);
        logger.setAdditive(false);
        logger.addAppender(file);
        logger.addAppender(console);
        return installed;
    }

    private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern(pattern);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    @Override
    public void close() {
        logger.detachAppender(file);
        logger.detachAppender(console);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditive);
        file.stop();
        console.stop();
    }
}
