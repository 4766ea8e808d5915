package it.peg.merge;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.nio.file.Path;

/**
 * A night's logging as {@code peg merge} runs it ({@link NightRun}): {@code merge.log} under the work folder, the run's
 * id on every line ({@link MergeLogging}). Set up when first needed: a night with nothing new writes its two INFO
 * lines to {@code merge.log} itself, as {@link MergeLogging.MergeLogFile} appends them once logback is set up (the same
 * bytes: the same layout, rollover and checks), without SLF4J's binding, logback's context and console and merge's
 * appenders (about a tenth of such a night: issue 21). Everything else sets logback up first and goes through it as
 * before: an ordinary night, a warning, a failure, a stack trace, a file logback's rolling appender must take (10 MB,
 * missing), INFO lines shown on the console ({@code -v}), a logback configuration file of the user's
 * ({@code logback.configurationFile}).
 */
final class NightLogging implements NightLog, AutoCloseable {
    /** The night {@link NightRun} runs on this thread, which {@link QuietNight} writes its lines through. */
    private static final ThreadLocal<NightLogging> CURRENT = new ThreadLocal<>();

    private final Path workDir;
    private final Level consoleLevel;
    private final String runId;
    /** Lines written before logback is set up: only INFO lines the console does not show. */
    private final boolean deferred;
    /** merge.log, written directly until logback is set up; then its appender. */
    private MergeLogging.MergeLogFile early;
    private AutoCloseable installed;

    /**
     * @param consoleLevel the lowest level of line also shown on the console (and the file's, below INFO)
     * @param runId        on every line ({@code [%X{run}]})
     */
    private NightLogging(Path workDir, Level consoleLevel, String runId) {
        this.workDir = workDir;
        this.consoleLevel = consoleLevel;
        this.runId = runId;
        this.deferred = consoleLevel.isGreaterOrEqual(Level.WARN) && System.getProperty("logback.configurationFile") == null;
    }

    /** The night's logging, this thread's until it is closed. */
    static NightLogging open(Path workDir, Level consoleLevel, String runId) {
        NightLogging logging = new NightLogging(workDir, consoleLevel, runId);
        CURRENT.set(logging);
        return logging;
    }

    /** The logging of the night this thread runs ({@link #open}), else SLF4J's (tests, the bench's in-process nights). */
    static NightLog current() {
        NightLogging night = CURRENT.get();
        return night != null ? night : NightLog.SLF4J;
    }

    /** Whether logback has been set up and merge's appenders installed. */
    boolean installed() {
        return installed != null;
    }

    /** Logback set up (if it was not), merge's appenders installed and the run's id in the MDC; once. */
    void install() {
        if (installed == null) {
            installed = MergeLogging.install(workDir, consoleLevel, consoleLevel, early);
            MDC.put("run", runId);
        }
    }

    @Override
    public void info(Class<?> source, String message) {
        if (installed == null && deferred) {
            if (early == null) {
                early = new MergeLogging.MergeLogFile(workDir.resolve(MergeLogging.DIR).toAbsolutePath());
            }
            long now = System.currentTimeMillis(); // as logback stamps an event
            if (early.appendedDirectly(now, early.line(now, Level.INFO, runId, source.getName(), message))) {
                return;
            }
        }
        install();
        LoggerFactory.getLogger(source).info(message);
    }

    @Override
    public void useLogback() {
        install();
    }

    @Override
    public void close() throws Exception {
        CURRENT.remove();
        if (installed != null) {
            MDC.remove("run");
            installed.close();
        } else if (early != null) {
            early.stop();
        }
    }
}
