package it.peg.merge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import it.peg.logging.LineLayout;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The merge's rolling log, configured in code because its folder is only known at run time:
 * {@code work/logs/merge.log}, rolled daily and at 10 MB into {@code merge.yyyy-MM-dd.N.log.gz}, 90 days and
 * at most 1 GB kept. While installed, the {@code it.peg} loggers write INFO and above to that file and only
 * {@code consoleThreshold} and above to stderr (so cron mails stay short). Installed only after the run lock
 * is held, so that two processes never write the same log file.
 *
 * <p>Logback's rolling appender is set up only when it has something to do beyond appending a line: most nights
 * (nothing new, two lines) it would only append to a {@code merge.log} of the same day under 10 MB, and setting it
 * up (its file name pattern, calendar and archive remover: 330 classes, regular expressions and locale data) was a
 * tenth of such a night. {@link MergeLogFile} appends those lines itself, formatted as the pattern formats them
 * ({@code MergeLoggingTest} compares the two), and hands over to the rolling appender at the first event that needs
 * it: a file of 10 MB (a rollover within the day), a missing file, an event with a stack trace. A file of an earlier
 * day (every cron night) is rolled over by {@link MergeLogRollover} as the policy would roll it (its archive's name,
 * bytes and retention: {@code MergeLogRolloverTest} compares the two), then appended to directly.
 */
public final class MergeLogging implements AutoCloseable {
    public static final String DIR = "logs";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%X{run}] %logger{30} - %msg%n";
    /** The date of {@link #PATTERN}. */
    static final String DATE = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
    /** 10 MB as logback counts it ({@code FileSize.valueOf("10MB")}), written out: FileSize compiles a regular expression. */
    static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

    private final Logger logger;
    private final Level previousLevel;
    private final boolean previousAdditive;
    private final MergeLogFile file;
    private final ConsoleAppender<ILoggingEvent> console;

    private MergeLogging(Logger logger, Level previousLevel, boolean previousAdditive, MergeLogFile file,
                         ConsoleAppender<ILoggingEvent> console) {
        this.logger = logger;
        this.previousLevel = previousLevel;
        this.previousAdditive = previousAdditive;
        this.file = file;
        this.console = console;
    }

    /** Installs the rolling file; a no-op when SLF4J is not bound to Logback. */
    public static AutoCloseable install(Path workDir, Level fileLevel, Level consoleThreshold) {
        return install(workDir, fileLevel, consoleThreshold, null);
    }

    /**
     * Installs the rolling file, {@code early} its appender when given: the {@code merge.log} this night has already
     * written lines to before logback was set up ({@link Night}).
     */
    static AutoCloseable install(Path workDir, Level fileLevel, Level consoleThreshold, MergeLogFile early) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            if (early != null) {
                early.stop();
            }
            return () -> { };
        }
        Path dir = workDir.resolve(DIR).toAbsolutePath();
        MergeLogFile file = early != null ? early : new MergeLogFile(dir);
        file.setContext(ctx);
        file.setName("merge-file");
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
        console.setEncoder(new LineLayout(DATE, true, 30, !consoleThreshold.isGreaterOrEqual(Level.INFO))
                .encoder(ctx, StandardCharsets.UTF_8));
        console.start();

        Logger logger = ctx.getLogger("it.peg");
        MergeLogging installed = new MergeLogging(logger, logger.getLevel(), logger.isAdditive(), file, console);
        logger.setLevel(fileLevel.isGreaterOrEqual(Level.INFO) ? Level.INFO : fileLevel);
        logger.setAdditive(false);
        logger.addAppender(file);
        logger.addAppender(console);
        return installed;
    }

    /** Logback's rolling appender on {@code dir/merge.log}, started. */
    static RollingFileAppender<ILoggingEvent> rolling(LoggerContext ctx, Path dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("merge-file-rolling");
        file.setFile(dir.resolve("merge.log").toString());
        file.setAppend(true);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(dir.resolve("merge.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(new FileSize(MAX_FILE_SIZE));
        policy.setMaxHistory(90);
        policy.setTotalSizeCap(FileSize.valueOf("1GB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(new LineLayout(DATE, true, 30, true).encoder(ctx, StandardCharsets.UTF_8));
        file.start();
        return file;
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

    /**
     * {@code merge.log}: each line appended directly while logback's rolling appender would do just that (the file
     * exists, was last written on the event's day, local time, as the rolling appender's daily period is counted, and
     * is under 10 MB), and after the daily rollover done as that appender would do it (a file under 10 MB last written
     * on an earlier day); from the first event for which it would do more, every event goes to that appender, set up
     * then (it rolls the file over as it always did: its period starts from the file's last modification).
     */
    static final class MergeLogFile extends AppenderBase<ILoggingEvent> {
        private final Path file;
        private final java.util.function.Supplier<RollingFileAppender<ILoggingEvent>> rollingSetUp;
        /** The system's zone, as the rolling appender's (from {@link TimeZone}'s offsets: see {@link #startOfNextDay}). */
        private final TimeZone zone = TimeZone.getDefault();
        /** Events with a stack trace never reach it: they go to the rolling appender. */
        private final LineLayout layout = new LineLayout(DATE, true, 30, false);
        private RollingFileAppender<ILoggingEvent> rolling;
        private OutputStream direct;
        private long length;
        /** The first instant (epoch ms) of the day after the file's last modification. */
        private long nextDay;

        /** Decided before logback was set up ({@link #appendedDirectly}): the rolling appender takes every event. */
        private boolean handedOver;
        /** What it reported before it was given logback's context (at its {@link #setContext}). */
        private final java.util.List<Status> early = new java.util.ArrayList<>();

        MergeLogFile(Path dir, java.util.function.Supplier<RollingFileAppender<ILoggingEvent>> rollingSetUp) {
            this.file = dir.resolve("merge.log");
            this.rollingSetUp = rollingSetUp;
        }

        /** On {@code dir/merge.log}, its rolling appender set up in the context it is given. */
        MergeLogFile(Path dir) {
            this.file = dir.resolve("merge.log");
            this.rollingSetUp = () -> MergeLogging.rolling((LoggerContext) getContext(), dir);
        }

        @Override
        public void addStatus(Status status) {
            if (getContext() == null) {
                early.add(status); // a line written before logback was set up: reported into its context later, if any
            } else {
                super.addStatus(status);
            }
        }

        @Override
        public void setContext(ch.qos.logback.core.Context context) {
            super.setContext(context);
            for (Status s : early) {
                super.addStatus(s);
            }
            early.clear();
        }

        /**
         * A line without a stack trace appended as {@link #append} appends an event at {@code eventTime} while it
         * appends directly (merge.log rolled over first on a new day): true when written (or lost to an I/O error, as
         * {@link #append} loses it); false when logback's rolling appender must take it and every later event.
         * Before logback is set up: a night with nothing new writes its two lines with it (issue 21).
         */
        boolean appendedDirectly(long eventTime, String line) {
            if (rolling != null || handedOver) {
                return false;
            }
            try {
                if (!appendsDirectly(eventTime)) {
                    closeDirect();
                    handedOver = true;
                    return false;
                }
                write(line);
            } catch (IOException | RuntimeException e) {
                addError("merge.log not written", e);
            }
            return true;
        }

        private void write(String text) throws IOException {
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            direct.write(line);
            direct.flush();
            length += line.length;
        }

        /** Whether events go to logback's rolling appender now (tests). */
        boolean rolling() {
            return rolling != null;
        }

        @Override
        protected void append(ILoggingEvent event) {
            try {
                if (rolling == null && (handedOver || event.getThrowableProxy() != null
                        || !appendsDirectly(event.getTimeStamp()))) {
                    closeDirect();
                    rolling = rollingSetUp.get();
                }
                if (rolling != null) {
                    rolling.doAppend(event);
                    return;
                }
                write(line(event));
            } catch (IOException | RuntimeException e) {
                addError("merge.log not written", e);
            }
        }

        /** The line as {@link #PATTERN} formats an event without a stack trace. */
        String line(ILoggingEvent event) {
            return layout.doLayout(event);
        }

        /** The line {@link #line(ILoggingEvent)} makes of an event of these parts, without a stack trace. */
        String line(long timeStamp, Level level, String run, String loggerName, String message) {
            return layout.line(timeStamp, level, run, loggerName, message);
        }

        private boolean appendsDirectly(long eventTime) throws IOException {
            if (direct == null) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    return false; // no file yet: the rolling appender creates it (and its folder)
                }
                if (!a.isRegularFile()) {
                    return false;
                }
                length = a.size();
                long modified = a.lastModifiedTime().toMillis();
                nextDay = startOfNextDay(zone, modified);
                if (length >= MAX_FILE_SIZE) {
                    return false;
                }
                if (eventTime >= nextDay) {
                    // a new day (every cron night): the rollover logback would do, done here (MergeLogRollover)
                    java.util.List<MergeLogRollover.Archive> archives;
                    try {
                        archives = MergeLogRollover.rollOver(file, MergeLogRollover.dayOf(zone, modified));
                    } catch (IOException e) {
                        addWarn("merge.log's rollover left to logback's appender", e);
                        return Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                                ? false : openDirect(startOfNextDay(zone, eventTime)); // archived, then stopped
                    }
                    try {
                        MergeLogRollover.applyRetention(archives, MergeLogRollover.dayOf(zone, eventTime));
                    } catch (IOException e) {
                        addWarn("merge.log's old archives not all deleted: the next day's rollover tries again", e);
                    }
                    return openDirect(startOfNextDay(zone, eventTime));
                }
                direct = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                        LinkOption.NOFOLLOW_LINKS);
                return true;
            }
            return eventTime < nextDay && length < MAX_FILE_SIZE;
        }

        /** A fresh merge.log (its predecessor archived), written directly until {@code nextDay}. */
        private boolean openDirect(long nextDay) throws IOException {
            this.length = 0;
            this.nextDay = nextDay;
            direct = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
            return true;
        }

        /**
         * The first instant of the day after the one {@code epochMillis} falls on, local time in {@code zone}: what
         * {@code LocalDate.ofInstant(..).plusDays(1).atStartOfDay(zone)} gives, from {@link TimeZone}'s offsets while the
         * offset stays the same over the 26 hours before the next midnight (looked at hour by hour: a zone changes its
         * offset a few times a year, by 24 hours at most), so that midnight comes once, at that offset; else from the
         * zone's rules ({@link ZoneId}, whose look-up costs a tenth of a night with nothing new: a price paid on the
         * nights around a change of offset).
         */
        static long startOfNextDay(TimeZone zone, long epochMillis) {
            long day = 86_400_000L;
            int offset = zone.getOffset(epochMillis);
            long next = (Math.floorDiv(epochMillis + offset, day) + 1) * day - offset;
            // the instant is in those 26 hours: its day began less than 24 hours before that midnight
            for (long t = next - 26 * 3_600_000L; ; t = Math.min(t + 3_600_000L, next)) {
                if (zone.getOffset(t) != offset) {
                    ZoneId rules = zone.toZoneId();
                    return LocalDate.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), rules).plusDays(1)
                            .atStartOfDay(rules).toInstant().toEpochMilli();
                }
                if (t == next) {
                    return next;
                }
            }
        }

        private void closeDirect() throws IOException {
            if (direct != null) {
                direct.close();
                direct = null;
            }
        }

        @Override
        public void stop() {
            try {
                closeDirect();
            } catch (IOException e) {
                addError("merge.log not closed", e);
            }
            if (rolling != null) {
                rolling.stop();
            }
            super.stop();
        }
    }
}
