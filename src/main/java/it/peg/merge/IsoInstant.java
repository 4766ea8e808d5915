package it.peg.merge;

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
     * {@link Instant#toString}'s text, appended to {@code out}, without its general formatter for the years 1000 to
     * 9999 (the night's digest of its inputs names 2,000 times received, in cold code); any other year as
     * {@code toString} writes it. The fraction as {@code toString} writes it: none, or 3, 6 or 9 digits.
     */
    static StringBuilder format(Instant t, StringBuilder out) {
        long seconds = t.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        if (days < FIRST_DAY_OF_1000 || days > LAST_DAY_OF_9999) {
            return out.append(t);
        }
        LocalDate date = LocalDate.ofEpochDay(days);
        two(two(out.append(date.getYear()).append('-'), date.getMonthValue()).append('-'), date.getDayOfMonth())
                .append('T');
        two(two(two(out, secondOfDay / 3_600).append(':'), secondOfDay / 60 % 60).append(':'), secondOfDay % 60);
        int nanos = t.getNano();
        if (nanos > 0) {
            out.append('.');
            if (nanos % 1_000_000 == 0) {
                digits(out, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                digits(out, nanos / 1_000, 6);
            } else {
                digits(out, nanos, 9);
            }
        }
        return out.append('Z');
    }

    private static final long FIRST_DAY_OF_1000 = LocalDate.of(1000, 1, 1).toEpochDay();
    private static final long LAST_DAY_OF_9999 = LocalDate.of(9999, 12, 31).toEpochDay();

    private static StringBuilder two(StringBuilder out, int v) {
        return out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static void digits(StringBuilder out, int v, int width) {
        int at = out.length();
        for (int i = 0; i < width; i++) {
            out.append('0');
        }
        for (int i = width - 1; i >= 0; i--) {
            out.setCharAt(at + i, (char) ('0' + v % 10));
            v /= 10;
        }
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
