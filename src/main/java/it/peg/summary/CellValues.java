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

    /** 10^0 to 10^22: every one a double exactly. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * {@code value.doubleValue()}, which in Java 17 writes the number as a String and parses it: when the unscaled value
     * and the power of ten are doubles exactly (below 2^53, at most 10^22), one correctly rounded division or
     * multiplication gives the double nearest to the value, which is what parsing gives (CellValuesTest compares the
     * bits). Indicatori has some 400,000 number cells at 2,000 services (docs/performance.md, "h28-cons").
     */
    static double doubleOf(java.math.BigDecimal value) {
        int scale = value.scale();
        if (scale >= -22 && scale <= 22 && value.precision() <= 15) {
            long unscaled = value.unscaledValue().longValue(); // 15 digits: below 2^53
            return scale >= 0 ? unscaled / POWERS_OF_TEN[scale] : unscaled * POWERS_OF_TEN[-scale];
        }
        return value.doubleValue();
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
