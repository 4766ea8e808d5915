package it.peg.summary;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One form's worksheet written as UTF-8 XML straight into a byte array, cell by cell in row and column order: texts
 * inline, every cell with its reference and style, {@code ht="..." customHeight="true"} on a row with a height, the
 * merged ranges after the rows. The forms are laid out in that order, so that neither a map of cells, nor a string per
 * cell, a string of the sheet and its encoding are made (the cells were kept in maps and the sheet made a string, then
 * bytes, before: docs/performance.md, "h27-write"). A row's height may be given while the row is the current one. The
 * array is reused from one sheet to the next ({@link #reset}).
 */
final class FormRows {
    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] ROW_CLOSE = ascii("</row>");
    private static final byte[] CELL_OPEN = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] TEXT = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_PRESERVE = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_CLOSE = ascii("</t></is></c>");
    private static final byte[] NUMBER = ascii("\" t=\"n\"><v>");
    private static final byte[] NUMBER_CLOSE = ascii("</v></c>");
    private static final byte[] BLANK = ascii("\"/>");

    private byte[] buf = new byte[16 * 1024];
    private int pos;
    /** The current row (0-based), -1 before the first. */
    private int row = -1;
    private int col = -1;
    private boolean rowHasCells;
    /** Where the current row's height goes: just after {@code r="N"}. */
    private int heightSlot;
    private float height = -1;
    private byte[] rowNumber = new byte[0];
    private char[] chars = new char[256];
    private final List<String> merged = new ArrayList<>();
    /** Column names and style indexes as bytes, each made once. */
    private final AsciiPieces columnNames = new AsciiPieces(SheetLayout::column);
    private final AsciiPieces styleIndexes = new AsciiPieces(Integer::toString);
    private final AsciiPieces rowNumbers = new AsciiPieces(r -> Integer.toString(r + 1));
    /** Row heights' attributes by the float's bits: a form has a few dozen heights at most. */
    private final java.util.Map<Integer, byte[]> heights = new java.util.HashMap<>();

    /** Empties the array for the next sheet. */
    FormRows reset() {
        pos = 0;
        row = -1;
        col = -1;
        height = -1;
        merged.clear();
        return this;
    }

    /** Text not escaped (the sheet's fixed parts), as UTF-8. */
    FormRows raw(String text) {
        utf8(text);
        return this;
    }

    /** Bytes as they are (the sheet's fixed parts, encoded once). */
    FormRows raw(byte[] bytes) {
        put(bytes);
        return this;
    }

    /** A text cell (never a formula); blank, styled, when the text is empty. */
    void text(int r, int c, String value, CellFormat style) {
        if (value.isEmpty()) {
            blank(r, c, style);
            return;
        }
        String v = value.length() > SheetRows.MAX_TEXT ? value.substring(0, SheetRows.MAX_TEXT) : value;
        boolean preserve = Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
        cellStart(r, c, style);
        put(preserve ? TEXT_PRESERVE : TEXT);
        escaped(v);
        put(TEXT_CLOSE);
    }

    void number(int r, int c, Optional<BigDecimal> value, CellFormat style) {
        if (value.isPresent()) {
            cellStart(r, c, style);
            put(NUMBER);
            putAscii(Double.toString(CellValues.doubleOf(value.get())));
            put(NUMBER_CLOSE);
        } else {
            blank(r, c, style);
        }
    }

    void blank(int r, int c, CellFormat style) {
        cellStart(r, c, style);
        put(BLANK);
    }

    /** The height of row {@code r}, the current one or one after it. */
    void height(int r, float points) {
        toRow(r);
        height = points;
    }

    /** Cells {@code r1..r2} by {@code c1..c2} as one. */
    void merge(int r1, int c1, int r2, int c2) {
        merged.add(SheetLayout.range(r1, c1, r2, c2));
    }

    /** Closes the last row; the rows written so far end with it. */
    FormRows endRows() {
        closeRow();
        row = Integer.MAX_VALUE;
        return this;
    }

    /** The {@code mergeCells} element, nothing without merged cells. */
    FormRows mergeCells() {
        if (merged.isEmpty()) {
            return this;
        }
        putAscii("<mergeCells count=\"");
        putAscii(Integer.toString(merged.size()));
        putAscii("\">");
        for (String m : merged) {
            putAscii("<mergeCell ref=\"");
            putAscii(m);
            putAscii("\"/>");
        }
        putAscii("</mergeCells>");
        return this;
    }

    /** The bytes written since the last {@link #reset} (the array itself: valid until the next write). */
    byte[] bytes() {
        return buf;
    }

    int length() {
        return pos;
    }

    private void cellStart(int r, int c, CellFormat style) {
        toRow(r);
        if (c <= col) {
            throw new IllegalStateException("column " + c + " after column " + col + " in row " + (r + 1));
        }
        col = c;
        if (!rowHasCells) {
            putByte('>');
            rowHasCells = true;
        }
        put(CELL_OPEN);
        put(columnNames.of(c));
        put(rowNumber);
        put(STYLE);
        put(styleIndexes.of(style.index()));
    }

    private void toRow(int r) {
        if (r == row) {
            return;
        }
        if (r < row) {
            throw new IllegalStateException("row " + (r + 1) + " after row " + (row + 1));
        }
        closeRow();
        row = r;
        col = -1;
        height = -1;
        rowHasCells = false;
        rowNumber = rowNumbers.of(r);
        put(ROW_OPEN);
        put(rowNumber);
        putByte('"');
        heightSlot = pos;
    }

    private void closeRow() {
        if (row < 0 || row == Integer.MAX_VALUE) {
            return;
        }
        if (rowHasCells) {
            put(ROW_CLOSE);
        } else {
            putByte('/');
            putByte('>');
        }
        if (height >= 0) {
            // the row's start tag is still in the array: the height goes after its r="N"
            float h = height;
            byte[] attr = heights.computeIfAbsent(Float.floatToIntBits(h),
                    k -> ascii(" ht=\"" + (double) h + "\" customHeight=\"true\""));
            room(attr.length);
            System.arraycopy(buf, heightSlot, buf, heightSlot + attr.length, pos - heightSlot);
            System.arraycopy(attr, 0, buf, heightSlot, attr.length);
            pos += attr.length;
        }
    }

    private void put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void putByte(char ascii) {
        room(1);
        buf[pos++] = (byte) ascii;
    }

    /** ASCII text (numbers, references): one byte per char. */
    private void putAscii(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    /**
     * A cell's text as {@link XmlText#text} escapes it, as UTF-8: a text with nothing to escape and no surrogate, most
     * of them, is encoded in the one pass that looks at it; any other is escaped by {@link XmlText} and encoded.
     */
    private void escaped(String s) {
        int n = s.length();
        char[] cs = charsWithRoom(s);
        int start = pos;
        for (int i = 0; i < n; i++) {
            char ch = cs[i];
            if (ch < 0x80) {
                if (ch < 0x20 ? ch != '\t' && ch != '\n' && ch != '\r' : ch == '&' || ch == '<') {
                    pos = start;
                    utf8(XmlText.text(s));
                    return;
                }
                buf[pos++] = (byte) ch;
            } else if (ch >= '\uD800' && ch <= '\uDFFF' || ch == '\uFFFE' || ch == '\uFFFF') {
                pos = start;
                utf8(XmlText.text(s));
                return;
            } else {
                pos = Utf8.putBmp(buf, pos, ch);
            }
        }
    }

    /**
     * The text's chars in the reused array, with room in the buffer for their UTF-8 (three bytes a char at the most):
     * the chars taken at once, as charAt per char is a call and a bounds check each under C1.
     */
    private char[] charsWithRoom(String s) {
        int n = s.length();
        room(3 * n);
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        s.getChars(0, n, chars, 0);
        return chars;
    }

    /** Any text as String.getBytes(UTF_8) encodes it (a lone surrogate as {@code ?}). */
    private void utf8(String s) {
        int n = s.length();
        char[] cs = charsWithRoom(s);
        for (int i = 0; i < n; i++) {
            char ch = cs[i];
            if (ch < 0x80) {
                buf[pos++] = (byte) ch;
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
                pos = Utf8.putSupplementary(buf, pos, Character.toCodePoint(ch, cs[++i]));
            } else if (Character.isSurrogate(ch)) {
                buf[pos++] = '?';
            } else {
                pos = Utf8.putBmp(buf, pos, ch);
            }
        }
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(pos + n, buf.length * 2));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
