package it.peg.merge;

import org.slf4j.LoggerFactory;

/**
 * Where a night's own lines go: through SLF4J (tests, the bench's nights in one JVM), or {@link NightLogging}'s
 * {@code merge.log} written before logback is set up, which a night with nothing new never sets up (issue 21).
 */
interface NightLog {
    /** A line at INFO of {@code source}'s logger; the message as it is (no SLF4J placeholders). */
    void info(Class<?> source, String message);

    /** From now on every line goes through SLF4J, logback set up and merge's appenders installed: an ordinary night, a warning. */
    void useLogback();

    /** Every line through SLF4J, as the classes' own loggers log. */
    NightLog SLF4J = new NightLog() {
        @Override
        public void info(Class<?> source, String message) {
            LoggerFactory.getLogger(source).info(message);
        }

        @Override
        public void useLogback() {
        }
    };
}
