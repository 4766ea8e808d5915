package it.peg.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SheetModel} as the XML of a worksheet part, elements in the order ECMA-376 requires, texts into
 * the package's shared strings ({@link Strings}). Same model, same bytes.
 */
public final class SheetModelXml {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private SheetModelXml() {
    }

    /** The package's shared strings, in the order first used. */
    public static final class Strings {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private int count;

        int add(String text) {
            count++;
            return index.computeIfAbsent(text, k -> index.size());
        }

        /** The sharedStrings part. */
        byte[] xml() {
            StringBuilder b = new StringBuilder(64 + index.size() * 48);
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"").append(MAIN_NS)
                    .append("\" count=\"").append(count).append("\" uniqueCount=\"").append(index.size()).append("\">");
            for (String s : index.keySet()) {
                b.append("<si><t");
                if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                    b.append(" xml:space=\"preserve\"");
                }
                b.append('>');
                escape(b, s);
                b.append("</t></si>");
            }
            b.append("</sst>");
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The worksheet part of {@code sheet}; {@code selected} marks the tab shown on opening. */
    public static byte[] xml(SheetModel sheet, boolean selected, Strings strings) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN_NS)
                .append("\" xmlns:r=\"").append(REL_NS).append("\">");
        SheetModel.Print p = sheet.print();
        if (p.fitToPage || !sheet.tabColor().isEmpty()) {
            b.append("<sheetPr>").append(sheet.tabColor());
            if (p.fitToPage) {
                b.append("<pageSetUpPr fitToPage=\"1\"/>");
            }
            b.append("</sheetPr>");
        }
        b.append("<dimension ref=\"").append(dimension(sheet)).append("\"/>");
        view(b, sheet, selected);
        b.append("<sheetFormatPr defaultRowHeight=\"").append(num(sheet.defaultRowHeight())).append("\"/>");
        if (!sheet.widths().isEmpty()) {
            b.append("<cols>");
            sheet.widths().forEach((c, w) -> b.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1)
                    .append("\" width=\"").append(num(w / 256.0)).append("\" customWidth=\"1\"/>"));
            b.append("</cols>");
        }
        rows(b, sheet, strings);
        if (sheet.protect()) {
            b.append("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>");
        }
        List<SheetModel.Area> merges = sheet.merges();
        if (!merges.isEmpty()) {
            b.append("<mergeCells count=\"").append(merges.size()).append("\">");
            for (SheetModel.Area a : merges) {
                b.append("<mergeCell ref=\"").append(ref(a)).append("\"/>");
            }
            b.append("</mergeCells>");
        }
        sheet.conditionalFormats().forEach(b::append);
        if (!sheet.validations().isEmpty()) {
            b.append("<dataValidations count=\"").append(sheet.validations().size()).append("\">");
            sheet.validations().forEach(b::append);
            b.append("</dataValidations>");
        }
        print(b, sheet);
        if (!sheet.drawingRelId().isEmpty()) {
            b.append("<drawing r:id=\"").append(sheet.drawingRelId()).append("\"/>");
        }
        b.append("</worksheet>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void view(StringBuilder b, SheetModel sheet, boolean selected) {
        b.append("<sheetViews><sheetView");
        if (!sheet.showGridLines()) {
            b.append(" showGridLines=\"0\"");
        }
        if (selected) {
            b.append(" tabSelected=\"1\"");
        }
        if (sheet.zoom() > 0) {
            b.append(" zoomScale=\"").append(sheet.zoom()).append('"');
        }
        b.append(" workbookViewId=\"0\"");
        int fc = sheet.freezeCols();
        int fr = sheet.freezeRows();
        if (fc == 0 && fr == 0) {
            b.append("/></sheetViews>");
            return;
        }
        String pane = fc > 0 && fr > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight";
        b.append("><pane");
        if (fc > 0) {
            b.append(" xSplit=\"").append(fc).append('"');
        }
        if (fr > 0) {
            b.append(" ySplit=\"").append(fr).append('"');
        }
        b.append(" topLeftCell=\"").append(cell(fr, fc)).append("\" activePane=\"").append(pane)
                .append("\" state=\"frozen\"/><selection pane=\"").append(pane).append("\"/></sheetView></sheetViews>");
    }

    private static void rows(StringBuilder b, SheetModel sheet, Strings strings) {
        if (sheet.rows().isEmpty()) {
            b.append("<sheetData/>");
            return;
        }
        b.append("<sheetData>");
        for (Map.Entry<Integer, SheetModel.Row> e : sheet.rows().entrySet()) {
            int r = e.getKey();
            SheetModel.Row row = e.getValue();
            if (row.cells().isEmpty() && row.height() < 0) {
                continue;
            }
            b.append("<row r=\"").append(r + 1).append('"');
            if (row.height() >= 0) {
                b.append(" ht=\"").append(num(row.exactHeight())).append("\" customHeight=\"1\"");
            }
            if (row.cells().isEmpty()) {
                b.append("/>");
                continue;
            }
            b.append('>');
            for (Map.Entry<Integer, SheetModel.Cell> ce : row.cells().entrySet()) {
                cell(b, r, ce.getKey(), ce.getValue(), strings);
            }
            b.append("</row>");
        }
        b.append("</sheetData>");
    }

    private static void cell(StringBuilder b, int r, int c, SheetModel.Cell cell, Strings strings) {
        b.append("<c r=\"");
        column(b, c);
        b.append(r + 1).append('"');
        if (cell.style() != 0) {
            b.append(" s=\"").append(cell.style()).append('"');
        }
        switch (cell.kind()) {
            case BLANK -> b.append("/>");
            case TEXT -> b.append(" t=\"s\"><v>").append(strings.add(cell.text())).append("</v></c>");
            case NUMBER -> b.append("><v>").append(num(cell.number())).append("</v></c>");
            case FORMULA -> {
                b.append(" t=\"str\"><f>");
                escape(b, cell.text());
                b.append("</f><v></v></c>");
            }
        }
    }

    private static void print(StringBuilder b, SheetModel sheet) {
        SheetModel.Print p = sheet.print();
        if (p.setup) {
            b.append("<printOptions gridLines=\"").append(p.gridLines ? 1 : 0).append("\"/>");
        }
        b.append("<pageMargins left=\"").append(num(p.left)).append("\" right=\"").append(num(p.right))
                .append("\" top=\"").append(num(p.top)).append("\" bottom=\"").append(num(p.bottom))
                .append("\" header=\"").append(num(p.header)).append("\" footer=\"").append(num(p.footer)).append("\"/>");
        if (p.setup) {
            b.append("<pageSetup paperSize=\"").append(p.paperSize);
            if (p.scale > 0) {
                b.append("\" scale=\"").append(p.scale);
            }
            b.append("\" fitToWidth=\"").append(p.fitWidth).append("\" fitToHeight=\"").append(p.fitHeight);
            if (p.overThenDown) {
                b.append("\" pageOrder=\"overThenDown");
            }
            b.append("\" orientation=\"").append(p.landscape ? "landscape" : "portrait").append("\"/>");
        }
        if (!p.oddHeader.isEmpty() || !p.oddFooter.isEmpty()) {
            b.append("<headerFooter>");
            if (!p.oddHeader.isEmpty()) {
                b.append("<oddHeader>");
                escape(b, p.oddHeader);
                b.append("</oddHeader>");
            }
            if (!p.oddFooter.isEmpty()) {
                b.append("<oddFooter>");
                escape(b, p.oddFooter);
                b.append("</oddFooter>");
            }
            b.append("</headerFooter>");
        }
        if (!sheet.rowBreaks().isEmpty()) {
            int n = sheet.rowBreaks().size();
            b.append("<rowBreaks count=\"").append(n).append("\" manualBreakCount=\"").append(n).append("\">");
            for (int row : sheet.rowBreaks()) {
                b.append("<brk id=\"").append(row + 1).append("\" max=\"16383\" man=\"1\"/>");
            }
            b.append("</rowBreaks>");
        }
        if (!sheet.colBreaks().isEmpty()) {
            int n = sheet.colBreaks().size();
            b.append("<colBreaks count=\"").append(n).append("\" manualBreakCount=\"").append(n).append("\">");
            for (int col : sheet.colBreaks()) {
                b.append("<brk id=\"").append(col + 1).append("\" max=\"1048575\" man=\"1\"/>");
            }
            b.append("</colBreaks>");
        }
    }

    private static String dimension(SheetModel sheet) {
        int minR = -1;
        int maxR = -1;
        int minC = Integer.MAX_VALUE;
        int maxC = -1;
        for (Map.Entry<Integer, SheetModel.Row> e : sheet.rows().entrySet()) {
            if (e.getValue().cells().isEmpty()) {
                continue;
            }
            if (minR < 0) {
                minR = e.getKey();
            }
            maxR = e.getKey();
            minC = Math.min(minC, e.getValue().cells().firstKey());
            maxC = Math.max(maxC, e.getValue().cells().lastKey());
        }
        if (minR < 0) {
            return "A1";
        }
        return ref(new SheetModel.Area(minR, maxR, minC, maxC));
    }

    /** {@code A1} or {@code A1:B2}. */
    public static String ref(SheetModel.Area a) {
        String first = cell(a.firstRow(), a.firstCol());
        return a.firstRow() == a.lastRow() && a.firstCol() == a.lastCol() ? first
                : first + ":" + cell(a.lastRow(), a.lastCol());
    }

    /** A relative cell reference, {@code A1}. */
    public static String cell(int r, int c) {
        StringBuilder b = new StringBuilder(8);
        column(b, c);
        return b.append(r + 1).toString();
    }

    /** An absolute cell reference, {@code $A$1}. */
    public static String absolute(int r, int c) {
        StringBuilder b = new StringBuilder(10).append('$');
        column(b, c);
        return b.append('$').append(r + 1).toString();
    }

    /** A column's letters. */
    public static String column(int c) {
        StringBuilder b = new StringBuilder(3);
        column(b, c);
        return b.toString();
    }

    private static void column(StringBuilder b, int c) {
        if (c >= 26) {
            column(b, c / 26 - 1);
        }
        b.append((char) ('A' + c % 26));
    }

    /** A number as XML writes it: whole numbers without a decimal point. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Escapes text for an element or attribute; characters XML 1.0 cannot hold are written as {@code _xHHHH_}. */
    public static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                        b.append(String.format("_x%04X_", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
    }

    /** {@link #escape(StringBuilder, String)} as a string. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        escape(b, s);
        return b.toString();
    }
}
