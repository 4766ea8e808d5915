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
        double perLine = Math.max(1, widthChars * CHARS_PER_WIDTH - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, wrappedLines(paragraph, perLine));
        }
        return Math.max(1, lines);
    }

    /** Lines of one paragraph, breaking at spaces as the renderers do (a word longer than a line breaks anywhere). */
    private static int wrappedLines(String paragraph, double perLine) {
        int lines = 1;
        double used = 0;
        for (String word : paragraph.strip().split(" +")) {
            int len = word.length();
            if (used > 0 && used + 1 + len > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + len;
            while (used > perLine) {
                lines++;
                used -= perLine;
            }
        }
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
