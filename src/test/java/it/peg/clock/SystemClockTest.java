package it.peg.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local date and offset from {@link TimeZone} are those of the zone's rules ({@link ZoneId}). */
public class SystemClockTest {
    /** Zones with summer time, half-hour and 45-minute offsets, a change of offset at midnight, and UTC. */
    public static final String[] ZONES = {"Europe/Rome", "America/Santiago", "America/Sao_Paulo", "Australia/Lord_Howe",
            "Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns", "Pacific/Apia", "UTC", "Etc/GMT+5"};

    @Test
    void theDateAndOffsetAtEveryQuarterOfAnHourOfTwoYearsAreTheZoneRulesOnes() {
        long from = Instant.parse("2018-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
        int compared = 0;
        for (String id : ZONES) {
            TimeZone zone = TimeZone.getTimeZone(id);
            ZoneId rules = ZoneId.of(id);
            // a step that is not a whole number of minutes: instants at every second of the minute over the years
            for (long t = from; t < to; t += 899_999L) {
                Instant at = Instant.ofEpochMilli(t);
                assertEquals(LocalDate.ofInstant(at, rules), SystemClock.dateAt(zone, t), id + " " + at);
                assertEquals(rules.getRules().getOffset(at), SystemClock.offsetAt(zone, t), id + " " + at);
                compared++;
            }
        }
        assertTrue(compared > 700_000, "compared " + compared);
    }

    @Test
    void todayIsTheClocksDateAndTheSystemClockIsTheSystemsClock() {
        Clock fixed = Clock.fixed(Instant.parse("2024-12-31T23:30:00Z"), ZoneOffset.ofHours(1));
        assertEquals(LocalDate.of(2025, 1, 1), SystemClock.today(fixed));
        LocalDate before = LocalDate.now();
        LocalDate today = SystemClock.today(SystemClock.INSTANCE);
        LocalDate after = LocalDate.now();
        assertTrue(!today.isBefore(before) && !today.isAfter(after), today.toString());
        assertEquals(ZoneId.systemDefault(), SystemClock.INSTANCE.getZone());
        long millis = SystemClock.INSTANCE.millis();
        assertTrue(Math.abs(millis - System.currentTimeMillis()) < 5_000);
        assertEquals(ZoneId.of("Europe/Rome"), SystemClock.INSTANCE.withZone(ZoneId.of("Europe/Rome")).getZone());
    }
}
