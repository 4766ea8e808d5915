package it.peg.merge;

import org.slf4j.LoggerFactory;

/**
 * Where a night's own lines go: through SLF4J (tests, the bench's nights in one JVM), or {@link NightLogging}'s
 * {@code merge.log} written before logback is set up, which a night with nothing new never sets up (issue 21).
 */
interface NightLog {
    /** A line at INFO of {@code source}'s logger; the message as it is (no SLF4J placeholders). */
    void info(Class<?> source, String message);

    /** A line at WARN of {@code source}'s logger; the message as it is. */
    void warn(Class<?> source, String message);

    /** The night is an ordinary one: from now on its classes log through SLF4J, merge's appenders installed. */
    void ordinary();

    /** Every line through SLF4J, as the classes' own loggers log. */
    NightLog SLF4J = new NightLog() {
        @Override
        public void info(Class<?> source, String message) {
            LoggerFactory.getLogger(source).info(message);
        }

        @Override
        public void warn(Class<?> source, String message) {
            LoggerFactory.getLogger(source).warn(message);
        }

        @Override
        public void ordinary() {
        }
    };
}
