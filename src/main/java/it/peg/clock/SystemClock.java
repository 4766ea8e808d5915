package it.peg.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * The system clock in the system's time zone, as {@link Clock#systemDefaultZone()}, whose {@link ZoneId} is looked up
 * only when it is asked for. Java's time-zone rules ({@code ZoneId.systemDefault()}) are found through a
 * {@code ServiceLoader} lookup of {@code java.time.zone.ZoneRulesProvider}, which looks through every module and
 * opens and searches the application's jar, and then read from the JDK's {@code tzdb.dat}: about 10 ms of a process
 * whose whole work is 0.1 s (a night with nothing new, issue 21). The local date and offset come from
 * {@link TimeZone#getDefault()} instead, which reads the same {@code tzdb.dat} of the JDK (the zone's offsets are the
 * same) without that lookup: the date and the log lines are the ones {@code LocalDate.now(Clock.systemDefaultZone())}
 * and logback gave.
 */
public final class SystemClock extends Clock {
    /** The one instance: the system's clock and default zone. */
    public static final SystemClock INSTANCE = new SystemClock();

    private static final long DAY_MILLIS = 86_400_000L;

    private SystemClock() {
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    /** {@code LocalDate.now(clock)}; for this clock, from the default {@link TimeZone}'s offset, no zone rules loaded. */
    public static LocalDate today(Clock clock) {
        if (clock instanceof SystemClock) {
            return dateAt(TimeZone.getDefault(), System.currentTimeMillis());
        }
        return LocalDate.now(clock);
    }

    /** The local date at an instant in {@code zone}. */
    public static LocalDate dateAt(TimeZone zone, long epochMillis) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMillis + zone.getOffset(epochMillis), DAY_MILLIS));
    }

    /** The offset from UTC at an instant in {@code zone} (seconds: a zone's offsets are whole seconds). */
    public static ZoneOffset offsetAt(TimeZone zone, long epochMillis) {
        return ZoneOffset.ofTotalSeconds(zone.getOffset(epochMillis) / 1000);
    }
}
