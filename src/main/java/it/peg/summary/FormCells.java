package it.peg.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cells of one sheet laid out in any order (a form's headings, merged boxes, row heights) and written as
 * worksheet XML in row and column order, their texts inline (each sheet whole in itself, written to the zip as soon
 * as it is laid out).
 */
final class FormCells {
    private static final int BLANK = 0;
    private static final int TEXT = 1;
    private static final int TEXT_PRESERVE = 2;
    private static final int NUMBER = 3;

    /**
     * A cell as laid out: rendered only when the rows are written, into one builder (a string per cell, made by
     * concatenation, and the rows' string copied into the sheet's were most of the forms' time: 2,000 sheets for a
     * 2,000-service plan, beside the summary; docs/performance.md, "h25-consolidate").
     *
     * @param value the escaped text (TEXT, TEXT_PRESERVE), unused otherwise
     */
    private record Cell(int style, int kind, String value, double number) {
    }

    private final Map<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
    private final Map<Integer, Float> heights = new TreeMap<>();
    private final List<String> merged = new ArrayList<>();

    FormCells() {
    }

    /** A text cell (never a formula); blank, styled, when the text is empty. */
    void text(int r, int c, String value, CellFormat style) {
        if (value.isEmpty()) {
            blank(r, c, style);
            return;
        }
        String v = value.length() > SheetRows.MAX_TEXT ? value.substring(0, SheetRows.MAX_TEXT) : value;
        // inline: the sheet is whole in itself (no workbook-wide string table to hold while every sheet is written)
        boolean preserve = Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
        put(r, c, new Cell(style.index(), preserve ? TEXT_PRESERVE : TEXT, XmlText.text(v), 0));
    }

    void number(int r, int c, Optional<BigDecimal> value, CellFormat style) {
        if (value.isPresent()) {
            put(r, c, new Cell(style.index(), NUMBER, "", value.get().doubleValue()));
        } else {
            blank(r, c, style);
        }
    }

    void blank(int r, int c, CellFormat style) {
        put(r, c, new Cell(style.index(), BLANK, "", 0));
    }

    void height(int r, float points) {
        heights.put(r, points);
        rows.computeIfAbsent(r, k -> new TreeMap<>());
    }

    /** Cells {@code r1..r2} by {@code c1..c2} as one. */
    void merge(int r1, int c1, int r2, int c2) {
        merged.add(SheetLayout.range(r1, c1, r2, c2));
    }

    private void put(int r, int c, Cell cell) {
        rows.computeIfAbsent(r, k -> new TreeMap<>()).put(c, cell);
    }

    /** The {@code <row>} elements. */
    String rows() {
        StringBuilder s = new StringBuilder(8192);
        rows(s);
        return s.toString();
    }

    /** The {@code <row>} elements, appended to {@code s}. */
    void rows(StringBuilder s) {
        for (Map.Entry<Integer, TreeMap<Integer, Cell>> row : rows.entrySet()) {
            int r = row.getKey() + 1;
            s.append("<row r=\"").append(r).append('"');
            Float h = heights.get(row.getKey());
            if (h != null) {
                s.append(" ht=\"").append((double) h).append("\" customHeight=\"true\"");
            }
            if (row.getValue().isEmpty()) {
                s.append("/>");
                continue;
            }
            s.append('>');
            for (Map.Entry<Integer, Cell> e : row.getValue().entrySet()) {
                Cell cell = e.getValue();
                s.append("<c r=\"").append(SheetLayout.column(e.getKey())).append(r).append("\" s=\"")
                        .append(cell.style()).append('"');
                switch (cell.kind()) {
                    case TEXT -> s.append(" t=\"inlineStr\"><is><t>").append(cell.value()).append("</t></is></c>");
                    case TEXT_PRESERVE -> s.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(cell.value())
                            .append("</t></is></c>");
                    case NUMBER -> s.append(" t=\"n\"><v>").append(cell.number()).append("</v></c>");
                    default -> s.append("/>");
                }
            }
            s.append("</row>");
        }
    }

    /** The {@code mergeCells} element, or "" without merged cells. */
    String mergeCells() {
        if (merged.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<mergeCells count=\"").append(merged.size()).append("\">");
        merged.forEach(m -> s.append("<mergeCell ref=\"").append(m).append("\"/>"));
        return s.append("</mergeCells>").toString();
    }
}
