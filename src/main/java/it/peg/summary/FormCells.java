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
    private final Map<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
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
        put(r, c, style, " t=\"inlineStr\"><is>" + (preserve ? "<t xml:space=\"preserve\">" : "<t>")
                + XmlText.text(v) + "</t></is></c>");
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
        heights.put(r, points);
        rows.computeIfAbsent(r, k -> new TreeMap<>());
    }

    /** Cells {@code r1..r2} by {@code c1..c2} as one. */
    void merge(int r1, int c1, int r2, int c2) {
        merged.add(SheetLayout.range(r1, c1, r2, c2));
    }

    private void put(int r, int c, CellFormat style, String rest) {
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
