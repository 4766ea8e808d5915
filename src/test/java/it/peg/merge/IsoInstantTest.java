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

    /** The ledger's and the run lock's times, written out without DateTimeFormatter: what {@code toString} gives. */
    @Test
    void theTimesAreWrittenAsInstantToStringWritesThem() {
        Random random = new Random(20261206);
        List<Instant> instants = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochSecond(0, 1),
                Instant.ofEpochSecond(-1, 999_999_999), Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("0000-12-31T23:59:59.5Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX,
                Instant.parse("2024-12-31T23:00:00.120Z"), Instant.parse("2024-12-31T23:00:00.000120Z")));
        List<ChronoUnit> units = List.of(ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS);
        for (int i = 0; i < 40_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-62_200_000_000L, 253_500_000_000L),
                    random.nextInt(1_000_000_000)).truncatedTo(units.get(random.nextInt(units.size()))));
        }
        for (Instant t : instants) {
            assertEquals(t.toString(), IsoInstant.format(t));
        }
    }

    /** The night manifest's verifica date, read without DateTimeFormatter: what {@code LocalDate.parse} gives. */
    @Test
    void theDatesLocalDateWritesReadBackExactlyAndEveryOtherFormAsLocalDateParse() {
        Random random = new Random(20261205);
        for (int i = 0; i < 20_000; i++) {
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(random.nextLong(-719_528L, 2_932_897L)); // 0000-9999
            assertEquals(d, IsoInstant.date(d.toString()), d.toString());
        }
        for (String s : List.of("2024-12-31", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10",
                "2024-01-00", "2024-01-32", "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2024-1-01",
                "2024/01/01", "2024-01-0x", "２024-01-01", "", "ieri", "2024-12-31T00:00", " 2024-12-31")) {
            assertEquals(dateOutcome(() -> java.time.LocalDate.parse(s)), dateOutcome(() -> IsoInstant.date(s)), s);
        }
    }

    private static String dateOutcome(java.util.function.Supplier<java.time.LocalDate> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "DateTimeParseException";
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
