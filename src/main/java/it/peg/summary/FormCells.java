package it.peg.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cells of one sheet laid out in any order (a form's headings, merged boxes, row heights) and written as
 * worksheet XML in row and column order, their texts in the workbook's shared strings, numbered when written as POI
 * numbered them.
 */
final class FormCells {
    private final SharedStrings strings;
    private final Map<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private final Map<Integer, Float> heights = new TreeMap<>();
    private final List<String> merged = new ArrayList<>();

    /** Lays the cells out only to number their texts in {@code strings}: no cell is kept. */
    private final boolean counting;

    FormCells(SharedStrings strings) {
        this(strings, false);
    }

    private FormCells(SharedStrings strings, boolean counting) {
        this.strings = strings;
        this.counting = counting;
    }

    /** A sheet laid out only so that its texts get their shared-string numbers (the first of two passes). */
    static FormCells counting(SharedStrings strings) {
        return new FormCells(strings, true);
    }

    /** A text cell (never a formula); blank, styled, when the text is empty. */
    void text(int r, int c, String value, CellFormat style) {
        if (value.isEmpty()) {
            blank(r, c, style);
            return;
        }
        String v = value.length() > SheetRows.MAX_TEXT ? value.substring(0, SheetRows.MAX_TEXT) : value;
        int index = strings.index(v);
        if (counting) {
            return;
        }
        put(r, c, style, " t=\"s\"><v>" + index + "</v></c>");
    }

    void number(int r, int c, Optional<BigDecimal> value, CellFormat style) {
        if (value.isPresent()) {
            put(r, c, style, " t=\"n\"><v>" + value.get().doubleValue() + "</v></c>");
        } else {
            blank(r, c, style);
        }
    }

    void blank(int r, int c, CellFormat style) {
        put(r, c, style, "/>");
    }

    void height(int r, float points) {
        if (counting) {
            return;
        }
        heights.put(r, points);
        rows.computeIfAbsent(r, k -> new TreeMap<>());
    }

    /** Cells {@code r1..r2} by {@code c1..c2} as one. */
    void merge(int r1, int c1, int r2, int c2) {
        if (counting) {
            return;
        }
        merged.add(SheetLayout.range(r1, c1, r2, c2));
    }

    private void put(int r, int c, CellFormat style, String rest) {
        if (counting) {
            return;
        }
        rows.computeIfAbsent(r, k -> new TreeMap<>()).put(c, "<c r=\"" + SheetLayout.cell(r, c) + "\" s=\""
                + style.index() + "\"" + rest);
    }

    /** The {@code <row>} elements. */
    String rows() {
        StringBuilder s = new StringBuilder(4096);
        for (Map.Entry<Integer, TreeMap<Integer, String>> row : rows.entrySet()) {
            s.append("<row r=\"").append(row.getKey() + 1).append('"');
            Float h = heights.get(row.getKey());
            if (h != null) {
                s.append(" ht=\"").append((double) h).append("\" customHeight=\"true\"");
            }
            if (row.getValue().isEmpty()) {
                s.append("/>");
                continue;
            }
            s.append('>');
            row.getValue().values().forEach(s::append);
            s.append("</row>");
        }
        return s.toString();
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
