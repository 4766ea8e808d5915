package it.peg.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import it.peg.clock.Digits;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;

/**
 * peg's log line, {@code <time> <LEVEL> [<run>] <logger> - <message>}, formatted by code exactly as logback's
 * {@link PatternLayout} formats the pattern {@link #pattern()} names: setting up a pattern layout (its parser, its
 * table of 80 converters and their lambdas) was a visible share of a short command's start, for a few fixed
 * patterns (issue 21). An event with a stack trace that is to be shown is handed to a pattern layout of the same
 * pattern, set up then: stack traces are rare (peg's own failures) and formatted as logback always did.
 * {@code LineLayoutTest} compares both for every level, logger and option. The time is that of the system's time zone
 * at the event, as logback's, from {@link TimeZone}'s offsets rather than {@code ZoneId.systemDefault()}'s rules, whose
 * look-up is a tenth of a night with nothing new ({@link it.peg.clock.SystemClock}).
 */
public final class LineLayout extends LayoutBase<ILoggingEvent> {
    private final String datePattern;
    private final boolean run;
    private final int loggerLength;
    private final boolean stackTraces;
    /** Set up when first needed: never for the two patterns peg uses, written out ({@link #time}). */
    private DateTimeFormatter time;
    private final TimeZone zone;
    private final TargetLengthBasedClassNameAbbreviator abbreviator;
    private PatternLayout withStackTraces;

    /**
     * @param datePattern  as in {@code %d{...}}
     * @param run          with the MDC's {@code run} in brackets ({@code [%X{run}]})
     * @param loggerLength as in {@code %logger{n}}
     * @param stackTraces  an event's stack trace after its line (else {@code %nopex})
     */
    public LineLayout(String datePattern, boolean run, int loggerLength, boolean stackTraces) {
        this.datePattern = datePattern;
        this.run = run;
        this.loggerLength = loggerLength;
        this.stackTraces = stackTraces;
        // as logback's CachingDateFormatter: the system's zone (as it is now) and locale
        this.zone = TimeZone.getDefault();
        this.abbreviator = new TargetLengthBasedClassNameAbbreviator(loggerLength);
    }

    /** The console's line: {@code %d{HH:mm:ss} %-5level %logger{20} - %msg%n}, stack traces only when asked. */
    public static LineLayout console(boolean stackTraces) {
        return new LineLayout(CONSOLE_TIME, false, 20, stackTraces);
    }

    /** The logback pattern this layout formats as. */
    public String pattern() {
        return "%d{" + datePattern + "} %-5level " + (run ? "[%X{run}] " : "") + "%logger{" + loggerLength
                + "} - %msg%n" + (stackTraces ? "" : "%nopex");
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        if (stackTraces && event.getThrowableProxy() != null) {
            return patternLayout().doLayout(event);
        }
        return line(event.getTimeStamp(), event.getLevel(), run ? event.getMDCPropertyMap().get("run") : null,
                event.getLoggerName(), event.getFormattedMessage());
    }

    /**
     * The line of an event without a stack trace, from its parts: what {@link #doLayout} makes of an event with that
     * time (epoch ms), level, MDC {@code run} (null: none), logger name and formatted message. merge writes a night's
     * lines with it before logback is set up (issue 21).
     */
    public String line(long timeStamp, Level level, String runValue, String loggerName, String message) {
        String levelName = level.toString();
        StringBuilder sb = new StringBuilder(128);
        sb.append(time(timeStamp)).append(' ').append(levelName);
        for (int i = levelName.length(); i < 5; i++) {
            sb.append(' ');
        }
        sb.append(' ');
        if (run) {
            sb.append('[').append(runValue == null ? "" : runValue).append("] ");
        }
        return sb.append(abbreviator.abbreviate(loggerName)).append(" - ").append(message)
                .append(CoreConstants.LINE_SEPARATOR).toString();
    }

    /** The event's time as {@code %d{datePattern}} formats it: local time in the system's zone, with its offset. */
    String time(long epochMillis) {
        ZoneOffset offset = it.peg.clock.SystemClock.offsetAt(zone, epochMillis);
        long seconds = Math.floorDiv(epochMillis, 1000L);
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        LocalDateTime local = LocalDateTime.ofEpochSecond(seconds, millis * 1_000_000, offset);
        if (datePattern.equals(CONSOLE_TIME)) {
            return time(new StringBuilder(8), local).toString();
        }
        if (datePattern.equals(ISO_MILLIS_OFFSET) && local.getYear() >= 1 && local.getYear() <= 9999) {
            StringBuilder sb = new StringBuilder(29);
            twoDigits(twoDigits(Digits.padded(sb, local.getYear(), 4).append('-'), local.getMonthValue()).append('-'),
                    local.getDayOfMonth()).append('T');
            Digits.padded(time(sb, local).append('.'), millis, 3);
            return offset(sb, offset.getTotalSeconds()).toString();
        }
        return formatter().format(OffsetDateTime.of(local, offset));
    }

    /**
     * The two date patterns peg's layouts use, formatted by hand (as {@link DateTimeFormatter} formats them:
     * {@code LineLayoutTest} compares both): setting up a formatter (its class builds a dozen formatters as it is
     * loaded) was a few ms of every command's start (issue 21). Their fields are numbers, which a formatter writes in
     * ASCII digits whatever its locale.
     */
    static final String CONSOLE_TIME = "HH:mm:ss";
    /** merge.log's time: {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX} (written out for years 1-9999). */
    static final String ISO_MILLIS_OFFSET = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

    private static StringBuilder time(StringBuilder sb, LocalDateTime t) {
        return twoDigits(twoDigits(twoDigits(sb, t.getHour()).append(':'), t.getMinute()).append(':'), t.getSecond());
    }

    /** {@code XXX}: Z for UTC, else {@code +HH:MM} (an offset's seconds, as in local mean times, left out). */
    private static StringBuilder offset(StringBuilder sb, int totalSeconds) {
        if (totalSeconds == 0) {
            return sb.append('Z');
        }
        int abs = Math.abs(totalSeconds);
        sb.append(totalSeconds < 0 ? '-' : '+');
        return twoDigits(twoDigits(sb, abs / 3600).append(':'), abs / 60 % 60);
    }

    private static StringBuilder twoDigits(StringBuilder sb, int value) {
        return Digits.padded(sb, value, 2);
    }

    /** As logback's {@code CachingDateFormatter}: the pattern in the system's locale. */
    private synchronized DateTimeFormatter formatter() {
        if (time == null) {
            time = DateTimeFormatter.ofPattern(datePattern).withLocale(Locale.getDefault());
        }
        return time;
    }

    private synchronized PatternLayout patternLayout() {
        if (withStackTraces == null) {
            PatternLayout p = new PatternLayout();
            p.setContext(getContext());
            p.setPattern(pattern());
            p.start();
            withStackTraces = p;
        }
        return withStackTraces;
    }

    /**
     * This layout, started in {@code context}, in an encoder writing its lines in {@code charset}: how the console
     * ({@code cli}) and merge's log file ({@code merge}) each set up their appender.
     */
    public LayoutWrappingEncoder<ILoggingEvent> encoder(Context context, Charset charset) {
        setContext(context);
        start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(this);
        encoder.setCharset(charset);
        encoder.start();
        return encoder;
    }
}
