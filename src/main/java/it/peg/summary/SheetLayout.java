package it.peg.summary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The XML of a summary worksheet around its rows, written as text: the head (used range, panes, column widths) and
 * the page layout of the tail (margins, A4 set-up, header and footer), as POI laid them out before; and the column
 * widths, print width and cell references they are computed from.
 */
final class SheetLayout {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /** Width of a character of a bold heading, in a column's width characters. */
    private static final double HEADING_CHAR = 1.25;
    /** The least print scale: 11-point type printed at 8.25 points, over the 8 points a printed page needs. */
    static final double MIN_SCALE = 0.75;
    /**
     * Points a column character takes at most, padding included: LibreOffice without Carlito sets Calibri in DejaVu
     * Sans, and printed the summary's 184-character Sintesi one page wide at a scale of 0.527, 8.1 points a character
     * (Carlito's are about 6).
     */
    private static final double POINTS_PER_CHAR = 8.1;
    /** A4 landscape's width between the 0.4-inch margins of the page set-up. */
    private static final double LANDSCAPE_POINTS = 842 - 2 * 0.4 * 72;

    private SheetLayout() {
    }

    /**
     * The names of the first columns (A to ZZ), each made once when first asked for: every cell reference of the
     * forms names one. A race only makes a name twice (the same string).
     */
    private static final String[] COLUMNS = new String[26 * 27];

    /** Column letters of a 0-based index ({@code 0} is A, {@code 26} is AA). */
    static String column(int c) {
        if (c < 0 || c >= COLUMNS.length) {
            return columnName(c);
        }
        String name = COLUMNS[c];
        if (name == null) {
            name = columnName(c);
            COLUMNS[c] = name;
        }
        return name;
    }

    private static String columnName(int c) {
        StringBuilder s = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    static String cell(int r, int c) {
        return column(c) + (r + 1);
    }

    /** A range ({@code A1:K20}; one cell: {@code B23}), 0-based bounds. */
    static String range(int r1, int c1, int r2, int c2) {
        return r1 == r2 && c1 == c2 ? cell(r1, c1) : cell(r1, c1) + ":" + cell(r2, c2);
    }

    /** An absolute range on a sheet ({@code Sintesi!$A$90:$A$2089}; one cell: {@code Sintesi!$A$78}). */
    static String absolute(String sheet, int r1, int c1, int r2, int c2) {
        String from = "$" + column(c1) + "$" + (r1 + 1);
        return sheet + "!" + (r1 == r2 && c1 == c2 ? from : from + ":$" + column(c2) + "$" + (r2 + 1));
    }

    /**
     * Column widths in characters, each widened where its bold heading (on the 32-point header row: two lines) would
     * break a word in the middle ({@code Denominat/ore}) or need a third line, which prints over the first data row.
     */
    static List<Integer> fitted(List<Integer> widths, List<String> headers) {
        List<Integer> fitted = new ArrayList<>(widths);
        for (int c = 0; c < fitted.size() && c < headers.size(); c++) {
            fitted.set(c, headingWidth(headers.get(c), fitted.get(c)));
        }
        return fitted.stream().map(w -> Math.min(255, w)).toList();
    }

    /**
     * Bold type takes about a fifth more room than the digits a column's width counts in (capitals more): a column
     * fits a heading's longest word, and the heading in two lines, within that allowance.
     */
    static int headingWidth(String heading, int width) {
        int longest = 0;
        for (String word : heading.split("[\\s/]+")) {
            longest = Math.max(longest, word.length());
        }
        int w = Math.max(width, (int) Math.ceil(longest * HEADING_CHAR) + 2);
        while (RowHeights.cell(heading, (int) Math.floor(w / HEADING_CHAR)) > 2 && w < 255) {
            w++;
        }
        return w;
    }

    /**
     * How many pages wide a landscape sheet prints so that its type prints at {@link #MIN_SCALE} of its size or more:
     * one for a sheet whose columns fit, more for a wide one (the Indicatori sheet's 22 columns) rather than a page
     * of 5-point type.
     */
    static int pagesWide(List<Integer> widths) {
        double points = 0;
        for (int w : widths) {
            points += w * POINTS_PER_CHAR;
        }
        return (int) Math.max(1, Math.ceil(points * MIN_SCALE / LANDSCAPE_POINTS - 0.05));
    }

    static int[] array(List<Integer> widths) {
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The header row of a streamed sheet: bold white on blue, 32 points high. */
    static void header(SheetRows rows, int r, List<String> headers, SummaryStyles styles) throws IOException {
        rows.row(r, 32);
        for (int c = 0; c < headers.size(); c++) {
            rows.text(c, headers.get(c), styles.header);
        }
    }

    /**
     * A worksheet up to and including {@code <sheetData>}: fitted to its page width, its used range, the view
     * ({@link #frozen} or Sintesi's), the column widths.
     *
     * @param relationships the sheet refers to parts of its own (a table, a drawing)
     */
    static String head(boolean relationships, String dimension, String sheetView, List<Integer> widths) {
        StringBuilder s = new StringBuilder(512 + 64 * widths.size()).append(XML_DECL)
                .append("<worksheet xmlns=\"").append(MAIN_NS).append('"');
        if (relationships) {
            s.append(" xmlns:r=\"").append(REL_NS).append('"');
        }
        s.append("><sheetPr><pageSetUpPr fitToPage=\"true\" autoPageBreaks=\"true\"/></sheetPr><dimension ref=\"")
                .append(dimension).append("\"/><sheetViews>").append(sheetView)
                .append("</sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
        for (int c = 0; c < widths.size(); c++) {
            s.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append((double) widths.get(c)).append("\" customWidth=\"true\"/>");
        }
        return s.append("</cols><sheetData>").toString();
    }

    /** A view with the heading row and the first {@code columns} columns frozen. */
    static String frozen(int columns) {
        String pane = columns > 0 ? "bottomRight" : "bottomLeft";
        return "<sheetView workbookViewId=\"0\"><pane " + (columns > 0 ? "xSplit=\"" + (double) columns + "\" " : "")
                + "ySplit=\"1.0\" state=\"frozen\" topLeftCell=\"" + cell(1, columns) + "\" activePane=\"" + pane
                + "\"/><selection pane=\"" + pane + "\"/></sheetView>";
    }

    /**
     * A4, {@code pagesWide} pages wide and as long as the content needs, side margins of 0.4" and 0.6" above and
     * below, the sheet's name and the ente in the header, page numbers in the footer.
     */
    static String page(String ente, boolean landscape, int pagesWide) {
        return page(ente, landscape, pagesWide, 0.4);
    }

    /** As {@link #page(String, boolean, int)}, with side margins of {@code side} inches. */
    static String page(String ente, boolean landscape, int pagesWide, double side) {
        String right = ente.replace("&", "&&");
        return "<pageMargins bottom=\"0.6\" footer=\"0.3\" header=\"0.3\" left=\"" + side + "\" right=\"" + side
                + "\" top=\"0.6\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"" + (landscape ? "landscape" : "portrait")
                + "\" fitToWidth=\"" + pagesWide + "\" fitToHeight=\"0\"/><headerFooter><oddHeader>"
                + XmlText.text("&L&A" + (right.isEmpty() ? "" : "&R" + right))
                + "</oddHeader><oddFooter>&amp;CPagina &amp;P di &amp;N</oddFooter></headerFooter>";
    }

    static String autoFilter(String ref) {
        return "<autoFilter ref=\"" + ref + "\"/>";
    }

    static final String TABLE_PART = "<tableParts><tablePart r:id=\"rId1\"/></tableParts>";
}
