package it.peg.generate;

/**
 * How many lines a text wraps to in a column, measured with Arial's (and Liberation Sans's) character widths rather than
 * counted in characters: capitals are a third wider than lower case, so an objective's title in capitals needs half as
 * many lines again as a count of characters said, and LibreOffice cut its last line off (issue 19). Bold widths are used
 * for every text, so a row is never too short for its text, at worst a little tall.
 */
final class TextLines {
    /** Points of a column's character on paper at 100%, Excel's 7 pixels of Arial 10 (LibreOffice's is 5.53). */
    private static final double POINTS_PER_CHAR = 5.25;
    /** The cell's inner margins, left and right, in points. */
    private static final double PADDING = 3;

    private TextLines() {
    }

    /** The lines {@code text} wraps to in a column of {@code widthChars} characters, in type of {@code fontPoints}. */
    static int count(String text, double widthChars, float fontPoints) {
        double room = Math.max(1, (widthChars * POINTS_PER_CHAR - PADDING) / fontPoints);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraph(paragraph, room);
        }
        return Math.max(1, lines);
    }

    /** Greedy wrapping at spaces, as spreadsheets do; a word wider than the column breaks where it must. */
    private static int paragraph(String paragraph, double room) {
        int lines = 1;
        double used = 0;
        for (String word : paragraph.strip().split(" +")) {
            double w = width(word);
            if (word.isEmpty()) {
                continue;
            }
            double withSpace = used == 0 ? w : used + width(" ") + w;
            if (withSpace <= room) {
                used = withSpace;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            if (w > room) {
                int extra = (int) Math.ceil(w / room) - 1;
                lines += extra;
                used = w - extra * room;
            } else {
                used = w;
            }
        }
        return lines;
    }

    /** A text's width in ems of Arial Bold. */
    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                em += 0.278;
            } else if (Character.isDigit(c)) {
                em += 0.556;
            } else if (Character.isUpperCase(c) || c == '%' || c == '@' || c == '_' || c == '&') {
                em += 0.75;
            } else if (Character.isLowerCase(c)) {
                em += c == 'm' || c == 'w' ? 0.89 : 0.56;
            } else {
                em += 0.40;
            }
        }
        return em;
    }
}
