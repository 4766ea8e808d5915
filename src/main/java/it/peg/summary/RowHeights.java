package it.peg.summary;

/**
 * Row heights for wrapped text, estimated from the text's length and the column's width: Excel does not fit a row to
 * its text when it opens a file, and LibreOffice prints a row at the height the file states. The estimate is on the
 * generous side (a proportional font fits about 1.1 characters of text per character of column width, capitals and
 * bold fewer), so that wrapped text is never cut at the row's bottom.
 */
final class RowHeights {
    /** Characters of ordinary text per character of column width, less a margin for capitals and long words. */
    private static final double CHARS_PER_WIDTH = 1.0;
    /** Line height as a multiple of the font size, as LibreOffice and Excel space lines (Carlito/Calibri). */
    private static final double LINE = 1.32;

    private RowHeights() {
    }

    /** How many lines {@code text} takes in a column {@code widthChars} wide (1 for an empty text). */
    static int cell(String text, int widthChars) {
        return cell(text.toCharArray(), text.length(), widthChars);
    }

    /**
     * As {@link #cell(String, int)} for the first {@code length} chars of {@code text}. Paragraphs and words are taken
     * by index in a char array rather than by {@code split}: this runs for every wrapped cell of the summary (tens of
     * thousands), and a split on {@code " +"} compiled a pattern and made a string per word each time.
     */
    static int cell(char[] text, int length, int widthChars) {
        double perLine = Math.max(1, widthChars * CHARS_PER_WIDTH - 1);
        int lines = 0;
        int from = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                lines += Math.max(1, wrappedLines(text, from, i, perLine));
                from = i + 1;
            }
        }
        if (from == 0 && length <= perLine) {
            return 1; // one paragraph no longer than a line: its words and single spaces fit (most cells)
        }
        lines += Math.max(1, wrappedLines(text, from, length, perLine));
        return Math.max(1, lines);
    }

    /**
     * Lines of one paragraph, {@code text} from {@code from} to {@code to}, breaking at spaces as the renderers do (a
     * word longer than a line breaks anywhere). As {@code paragraph.strip().split(" +")}: white space at either end
     * does not count, runs of spaces separate words, an empty paragraph is one empty word.
     */
    private static int wrappedLines(char[] text, int from, int to, double perLine) {
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        int lines = 1;
        double used = 0;
        int i = from;
        do {
            int start = i;
            while (i < to && text[i] != ' ') {
                i++;
            }
            int len = i - start;
            while (i < to && text[i] == ' ') {
                i++;
            }
            if (used > 0 && used + 1 + len > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + len;
            while (used > perLine) {
                lines++;
                used -= perLine;
            }
        } while (i < to);
        return lines;
    }

    /** The height in points of a row whose tallest cell takes the most of {@code lines}, at {@code fontPt}. */
    static float points(short fontPt, int... lines) {
        int most = 1;
        for (int l : lines) {
            most = Math.max(most, l);
        }
        return (float) Math.ceil(most * fontPt * LINE + 4);
    }
}
