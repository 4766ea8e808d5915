package it.peg.summary;

import java.util.Arrays;

/**
 * The last text written in each of a sheet's first columns, as {@link SheetRows} wrote it: its escaped UTF-8, whether
 * it keeps its blanks, the lines it takes wrapped in its column. The Indicatori sheet repeats most of its texts from
 * one row to the next (an indicator's codes, description, target and unit at each verifica; a service's code at each
 * of its indicators): about three in four of its 750,000 text cells at 2,000 services, each decoded to chars, measured
 * and escaped again before (docs/performance.md, "h25-consolidate"). A text equal to its column's last one, in the same
 * style, is written from here; the bytes are the same either way.
 */
final class RememberedTexts {
    /** Columns remembered: the Indicatori sheet has 22. */
    static final int COLUMNS = 32;

    private final String[] text = new String[COLUMNS];
    private final CellFormat[] style = new CellFormat[COLUMNS];
    private final byte[][] bytes = new byte[COLUMNS][];
    private final boolean[] preserve = new boolean[COLUMNS];
    private final int[] lines = new int[COLUMNS];

    /** Whether a text in column {@code c} can be remembered. */
    static boolean applies(int c, String value) {
        return c >= 0 && c < COLUMNS && value.length() <= SheetRows.MAX_TEXT;
    }

    /** Column {@code c}'s last text is {@code value}, in {@code format}. */
    boolean holds(int c, String value, CellFormat format) {
        if (!applies(c, value)) {
            return false;
        }
        String last = text[c];
        return last != null && style[c] == format && (last == value || last.equals(value));
    }

    byte[] bytes(int c) {
        return bytes[c];
    }

    boolean preserve(int c) {
        return preserve[c];
    }

    int lines(int c) {
        return lines[c];
    }

    /** Column {@code c}'s text as written: {@code escaped} its UTF-8 (copied). */
    void remember(int c, String value, CellFormat format, byte[] escaped, int from, int to, boolean keepsBlanks,
                  int wrappedLines) {
        text[c] = value;
        style[c] = format;
        bytes[c] = Arrays.copyOfRange(escaped, from, to);
        preserve[c] = keepsBlanks;
        lines[c] = wrappedLines;
    }

    void forget(int c) {
        if (c >= 0 && c < COLUMNS) {
            text[c] = null;
        }
    }

    void forgetAll() {
        Arrays.fill(text, null);
    }
}
