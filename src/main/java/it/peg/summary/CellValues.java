package it.peg.summary;

/** What {@link SheetRows} writes of a value, told without writing it. */
final class CellValues {
    private CellValues() {
    }

    /**
     * As {@link Double#toString} (the form POI's writers use, "45412.0"), with whole numbers below 10^7 taken
     * on a shorter path: dates, counts and weights are most of the numbers of a summary.
     */
    static String number(double value) {
        if (isShortWhole(value)) {
            return Long.toString((long) value).concat(".0");
        }
        return Double.toString(value);
    }

    /**
     * Writes the decimal digits of {@code v} (below 10^7 in size) into {@code buf} at {@code pos}, as
     * {@link Long#toString(long)} writes them, and returns the position after them (room for 20 bytes is the caller's).
     */
    static int putWhole(byte[] buf, int pos, long v) {
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = 10; p <= v; p *= 10) {
            digits++;
        }
        for (int i = pos + digits - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return pos + digits;
    }

    static boolean isShortWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e7 && !(value == 0 && 1 / value < 0);
    }

    /**
     * Whether {@link SheetRows#text} writes {@code s} so that it reads back as it is: no longer than a cell holds, and
     * none of what it escapes as {@code ?} (a control character but tab and line breaks, a lone surrogate, U+FFFE,
     * U+FFFF).
     */
    static boolean writesUnchanged(String s) {
        if (s.length() > SheetRows.MAX_TEXT) {
            return false;
        }
        return s.codePoints().allMatch(cp -> cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20
                && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) && cp != 0xFFFE && cp != 0xFFFF);
    }
}
