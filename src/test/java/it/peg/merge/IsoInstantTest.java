package it.peg.merge;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast path gives what {@link Instant#parse} gives, result or exception, on every form. */
class IsoInstantTest {
    @Test
    void theTimesInstantWritesReadBackExactly() {
        Random random = new Random(20261123);
        List<ChronoUnit> units = List.of(ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_135_596_800L, 253_402_300_799L); // 0001-01-01 to 9999-12-31
            Instant t = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000))
                    .truncatedTo(units.get(random.nextInt(units.size())));
            assertEquals(t, IsoInstant.parse(t.toString()), t.toString());
        }
    }

    @Test
    void formatWritesWhatToStringWrites() {
        Random random = new Random(20261205);
        List<ChronoUnit> units = List.of(ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS);
        for (int i = 0; i < 20_000; i++) {
            // years -2000 to 12000: the fast years and both sides of them
            long second = random.nextLong(-125_260_000_000L, 316_500_000_000L);
            Instant t = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000))
                    .truncatedTo(units.get(random.nextInt(units.size())));
            assertEquals(t.toString(), IsoInstant.format(t, new StringBuilder()).toString());
        }
        for (Instant t : List.of(Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("1000-01-01T00:00:00Z"),
                Instant.parse("0999-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59.000000001Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("2024-02-29T00:00:00.010Z"),
                Instant.parse("2024-12-31T23:15:00.000100Z"), Instant.parse("1969-12-31T23:59:59.5Z"))) {
            assertEquals(t.toString(), IsoInstant.format(t, new StringBuilder("x")).substring(1), t.toString());
        }
    }

    @Test
    void everyOtherFormBehavesAsInstantParse() {
        for (String s : List.of("2024-07-15T01:00:00Z", "2024-07-15T01:00:00.1Z", "2024-07-15T01:00:00.12Z",
                "2024-07-15T01:00:00.1234Z", "2024-07-15T01:00:00.12345678Z", "2024-07-15T01:00:00.123456789Z",
                "2024-07-15T01:00:00.1234567890Z", "2024-07-15T01:00:00.Z", "2024-02-29T12:00:00Z",
                "2023-02-29T12:00:00Z", "2024-02-30T00:00:00Z", "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z",
                "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z", "2024-12-31T23:59:60Z", "2024-01-01T00:00:00",
                "2024-01-01T00:00:00+01:00", "2024-01-01 00:00:00Z", "+2024-01-01T00:00:00Z", "2024-1-01T00:00:00Z",
                "2024-01-01T00:00:0xZ", "０２０２4-01-01T00:00:00Z", "", "ieri", "0000-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2024-01-01t00:00:00z")) {
            assertEquals(outcome(() -> Instant.parse(s)), outcome(() -> IsoInstant.parse(s)), s);
        }
    }

    private static String outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "DateTimeParseException";
        }
    }
}
