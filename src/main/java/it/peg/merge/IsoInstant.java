package it.peg.merge;

import it.peg.clock.Digits;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#parse} with a fast path for the form {@link Instant#toString} writes ({@code
 * 2024-07-15T01:00:00.123Z}): the ledger holds two such times per archived file and is read whole every night,
 * and {@code Instant.parse}'s general formatter was more than half of reading it. Anything else, and any field out
 * of range, goes to {@code Instant.parse}, which gives the result or the exception it always gave.
 */
final class IsoInstant {
    private IsoInstant() {
    }

    static Instant parse(CharSequence text) {
        Instant fast = fast(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /**
     * {@link Instant#toString} written out for the years 1-9999 (other years: {@code toString}): {@code toString}
     * formats with {@code DateTimeFormatter.ISO_INSTANT}, and setting up {@code DateTimeFormatter} (its class builds a
     * dozen formatters as it is loaded) was a few ms of a night with nothing new, which writes the time in the run lock
     * and in its two ledger lines (issue 21). The same text: the date and time to the second, then the fraction, if
     * any, in groups of three digits, then {@code Z}.
     */
    static String format(Instant t) {
        return format(t, new StringBuilder(30)).toString();
    }

    /**
     * {@link #format(Instant)} appended to {@code sb}: the night's digest of its inputs names 2,000 times received, in
     * cold code, without making a String of each.
     */
    static StringBuilder format(Instant t, StringBuilder sb) {
        long second = t.getEpochSecond();
        if (second < -62_135_596_800L || second > 253_402_300_799L) { // 0001-01-01 to 9999-12-31
            return sb.append(t);
        }
        java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(second, 0, java.time.ZoneOffset.UTC);
        Digits.padded(sb, d.getYear(), 4).append('-');
        Digits.padded(sb, d.getMonthValue(), 2).append('-');
        Digits.padded(sb, d.getDayOfMonth(), 2).append('T');
        Digits.padded(sb, d.getHour(), 2).append(':');
        Digits.padded(sb, d.getMinute(), 2).append(':');
        Digits.padded(sb, d.getSecond(), 2);
        int nano = t.getNano();
        if (nano > 0) {
            sb.append('.');
            if (nano % 1_000_000 == 0) {
                Digits.padded(sb, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                Digits.padded(sb, nano / 1_000, 6);
            } else {
                Digits.padded(sb, nano, 9);
            }
        }
        return sb.append('Z');
    }

    /**
     * {@link LocalDate#parse} with a fast path for the form {@link LocalDate#toString} writes for years 0-9999
     * ({@code 2024-12-31}): {@code LocalDate.parse} sets up {@code DateTimeFormatter} (its class builds a dozen
     * formatters as it is loaded), a few ms of a night with nothing new (issue 21). Anything else, and a day that does
     * not exist, goes to {@code LocalDate.parse}, which gives the result or the exception it always gave.
     */
    static LocalDate date(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if ((year | month | day) >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // 30 February and the like: LocalDate.parse says what is wrong
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with every field in range, else null. */
    private static Instant fast(CharSequence s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21; // between the '.' and the 'Z'
            if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(s, 20, n - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null; // 30 February and the like: Instant.parse says what is wrong
        }
    }

    /** The decimal value of the ASCII digits in [from, to), or -1 if one is not a digit. */
    private static int digits(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
