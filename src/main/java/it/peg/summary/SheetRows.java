package it.peg.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Writes the {@code <row>} elements of a worksheet's {@code sheetData} straight as UTF-8 XML into the zip
 * entry of the sheet: no cell objects, no temporary file. Strings are inline ({@code t="inlineStr"}) so that
 * nothing grows with the number of rows; styles are referenced by their index in the workbook's style table.
 * Rows must come in increasing order and, within a row, cells in increasing column order (checked: a sheet
 * written out of order would be a corrupt file, not a slower one).
 *
 * <p>Text is escaped as POI's streaming writer does: {@code & < >} as entities, tab, line feed and carriage
 * return as character references (so that they survive XML's line-end normalisation), characters that XML 1.0
 * forbids (other control characters, lone surrogates, U+FFFE, U+FFFF) as {@code ?}. Text with leading or
 * trailing white space carries {@code xml:space="preserve"}.
 */
final class SheetRows implements RowCells {
    /** Excel refuses longer cell texts. */
    static final int MAX_TEXT = 32_767;

    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] ROW_HEIGHT = ascii("\" ht=\"");
    private static final byte[] ROW_CUSTOM = ascii("\" customHeight=\"1");
    private static final byte[] ROW_CLOSE = ascii("</row>");
    private static final byte[] CELL_OPEN = ascii("<c r=\"");
    private static final byte[] CELL_OPEN_STYLED = ascii("<c s=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] INLINE = ascii("\" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");
    private static final byte[] INLINE_CLOSE = ascii("</t></is></c>");
    private static final byte[] VALUE = ascii("\"><v>");
    private static final byte[] VALUE_CLOSE = ascii("</v></c>");
    private static final byte[] EMPTY_CLOSE = ascii("\"/>");
    private static final byte[] POINT_ZERO = ascii(".0");

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    /** Current row (0-based), -1 before the first. */
    private int row = -1;
    private boolean rowOpen;
    private boolean rowHasCells;
    private byte[] rowNumber = new byte[0];
    /** Last column written in the current row, -1 before the first. */
    private int col = -1;
    /** Column names ({@code A}), style indexes and row-height attributes as bytes, each made once. */
    private final AsciiPieces columnNames = new AsciiPieces(c -> SheetLayout.column(c));
    private final AsciiPieces styleIndexes = new AsciiPieces(Integer::toString);
    private final AsciiPieces heights = new AsciiPieces(
            lines -> " ht=\"" + RowHeights.points(FONT_POINTS, lines) + "\" customHeight=\"1\"");
    /** The chars of the text being written. */
    private char[] chars = new char[256];
    /** Each column's last text as written ({@link RememberedTexts}); null: none remembered (tests compare). */
    private final RememberedTexts remembered;
    /** Times the buffer was handed on: a text escaped across a hand-over is not remembered. */
    private int flushes;
    /** Whether a styled cell right after the previous one of its row is written without its {@code r}. */
    private boolean implicitColumns;

    /** Column widths in characters for the row-height estimate of wrapped text; null: no estimate. */
    private int[] wrapWidths;
    /** Where the current row's height attribute goes, in {@link #buf}; -1 when the row states its height. */
    private int heightSlot = -1;
    /** Lines the tallest wrapped cell of the current row takes. */
    private int rowLines;
    /** Rows are kept whole in the buffer (for their height) when they are shorter than this. */
    private static final int ROW_ROOM = 1 << 13;
    /** The summary's type: POI's default font, Calibri 11. */
    private static final short FONT_POINTS = 11;

    SheetRows(OutputStream out) {
        this(out, true);
    }

    SheetRows(OutputStream out, boolean remember) {
        this.out = out;
        this.remembered = remember ? new RememberedTexts() : null;
    }

    /**
     * Gives each row without a stated height the height its wrapped texts take in these column widths (characters):
     * neither Excel nor LibreOffice fits a row to its text on opening, and a wrapped text taller than its row prints
     * over the rows below.
     */
    SheetRows wrapWidths(int[] widths) {
        this.wrapWidths = widths.clone();
        if (remembered != null) {
            remembered.forgetAll(); // their lines were measured in the widths before
        }
        return this;
    }

    /**
     * Leaves out the {@code r} (optional in ECMA-376) of a cell of a style other than 0 that follows the previous cell
     * of its row (or is a row's first, in column A): readers place it in the next column. Indicatori's rows then repeat
     * the row above's bytes: a fifth less XML, half the deflated size and time (docs/performance.md, "h26-write").
     */
    SheetRows implicitColumns() {
        this.implicitColumns = true;
        return this;
    }

    /** Starts row {@code r} (0-based), closing the previous one. */
    @Override
    public SheetRows row(int r) throws IOException {
        return row(r, -1);
    }

    /** Starts row {@code r} (0-based) with a height in points (-1: the default height). */
    SheetRows row(int r, float heightInPoints) throws IOException {
        if (r <= row) {
            throw new IllegalStateException("row " + (r + 1) + " after row " + (row + 1));
        }
        closeRow();
        row = r;
        col = -1;
        rowNumber = ascii(Integer.toString(r + 1));
        if (wrapWidths != null && heightInPoints < 0 && pos > buf.length - ROW_ROOM) {
            flushBuffer();
        }
        put(ROW_OPEN);
        put(rowNumber);
        if (heightInPoints >= 0) {
            put(ROW_HEIGHT);
            putAscii(Float.toString(heightInPoints));
            put(ROW_CUSTOM);
        }
        putByte('"');
        heightSlot = wrapWidths != null && heightInPoints < 0 ? pos : -1;
        rowLines = 1;
        rowOpen = true;
        rowHasCells = false;
        return this;
    }

    /**
     * A string cell (never a formula, whatever the text starts with); blank when the text is empty. A text equal to its
     * column's last one is copied as remembered ({@link RememberedTexts}), unless escaping would hand the buffer on
     * within it (dropping the row's height): then it is escaped again, as ever, so that the bytes are the same.
     */
    @Override
    public void text(int c, String value, CellFormat style) throws IOException {
        if (value.isEmpty()) {
            blank(c, style);
            return;
        }
        boolean wraps = wrapWidths != null && style != null && style.wrap() && c < wrapWidths.length;
        boolean held = remembered != null && remembered.holds(c, value, style);
        int n = Math.min(value.length(), MAX_TEXT);
        int lines;
        boolean preserve;
        if (held) {
            lines = remembered.lines(c);
            preserve = remembered.preserve(c);
        } else {
            takeChars(value, n);
            lines = wraps ? RowHeights.cell(chars, n, wrapWidths[c]) : 1;
            preserve = Character.isWhitespace(chars[0]) || Character.isWhitespace(chars[n - 1]);
        }
        if (heightSlot >= 0 && wraps) {
            rowLines = Math.max(rowLines, lines);
        }
        cellStart(c, style);
        put(INLINE);
        if (preserve) {
            put(PRESERVE);
        }
        putByte('>');
        // escaping checks for 8 bytes of room before each char: it hands nothing on when this much fits
        if (held && pos + remembered.bytes(c).length + 8 <= buf.length) {
            byte[] bytes = remembered.bytes(c);
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
        } else {
            if (held) {
                takeChars(value, n);
            }
            int start = pos;
            int handedOn = flushes;
            escaped(chars, n);
            if (remembered != null && !held && RememberedTexts.applies(c, value)) {
                if (handedOn == flushes) {
                    remembered.remember(c, value, style, buf, start, pos, preserve, lines);
                } else {
                    remembered.forget(c); // escaped across a hand-over: not all of it in the buffer
                }
            }
        }
        put(INLINE_CLOSE);
    }

    /**
     * The text's chars taken once, for the height and the escaping: charAt per char costs a bounds check and, under
     * C1, a call each.
     */
    private void takeChars(String value, int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        value.getChars(0, n, chars, 0);
    }

    @Override
    public void number(int c, Optional<BigDecimal> value, CellFormat style) throws IOException {
        if (value.isPresent()) {
            number(c, CellValues.doubleOf(value.get()), style);
        } else {
            blank(c, style);
        }
    }

    /** A number cell; a value Excel cannot hold (infinite, NaN) is left blank rather than corrupt the file. */
    @Override
    public void number(int c, double value, CellFormat style) throws IOException {
        if (!Double.isFinite(value)) {
            blank(c, style);
            return;
        }
        cellStart(c, style);
        put(VALUE);
        if (CellValues.isShortWhole(value)) {
            if (pos + 20 > buf.length) {
                flushBuffer();
            }
            pos = CellValues.putWhole(buf, pos, (long) value); // as number(value), without its two strings
            put(POINT_ZERO);
        } else {
            putAscii(Double.toString(value));
        }
        put(VALUE_CLOSE);
    }

    @Override
    public void date(int c, Optional<LocalDate> value, CellFormat style) throws IOException {
        if (value.isPresent()) {
            dateTime(c, value.get().atStartOfDay(), style);
        } else {
            blank(c, style);
        }
    }

    /** A date-time as Excel's serial number (1900 date system, as the workbook's). */
    @Override
    public void dateTime(int c, LocalDateTime value, CellFormat style) throws IOException {
        number(c, ExcelDates.serial(value), style);
    }

    /** A cell with a style and no value (borders and fills show on empty cells too). */
    @Override
    public void blank(int c, CellFormat style) throws IOException {
        cellStart(c, style);
        put(EMPTY_CLOSE);
    }

    /** Closes the last row and hands every byte to the stream (which stays open). */
    void finish() throws IOException {
        closeRow();
        flushBuffer();
    }

    private void closeRow() throws IOException {
        if (!rowOpen) {
            return;
        }
        if (heightSlot >= 0 && rowLines > 1) {
            insertHeight(heights.of(rowLines));
        }
        heightSlot = -1;
        if (rowHasCells) {
            put(ROW_CLOSE);
        } else {
            putByte('/');
            putByte('>');
        }
        rowOpen = false;
    }

    private void cellStart(int c, CellFormat style) throws IOException {
        if (!rowOpen) {
            throw new IllegalStateException("cell before any row");
        }
        if (c <= col) {
            throw new IllegalStateException("column " + c + " after column " + col + " in row " + (row + 1));
        }
        boolean implicit = implicitColumns && c == col + 1 && style != null && style.index() != 0;
        col = c;
        if (!rowHasCells) {
            putByte('>');
            rowHasCells = true;
        }
        int index = style == null ? 0 : style.index();
        if (implicit) {
            put(CELL_OPEN_STYLED);
        } else {
            put(CELL_OPEN);
            put(columnNames.of(c));
            put(rowNumber);
            if (index == 0) {
                return;
            }
            put(STYLE);
        }
        put(styleIndexes.of(index));
    }

    /** Text content, escaped and encoded as UTF-8. */
    private void escaped(char[] s, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            char ch = s[i];
            if (pos + 8 > buf.length) {
                flushBuffer();
            }
            if (ch < 0x80) {
                if (ch >= 0x20) {
                    switch (ch) {
                        case '&' -> putAscii("&amp;");
                        case '<' -> putAscii("&lt;");
                        case '>' -> putAscii("&gt;");
                        default -> buf[pos++] = (byte) ch;
                    }
                } else {
                    switch (ch) {
                        case '\t' -> putAscii("&#x9;");
                        case '\n' -> putAscii("&#xa;");
                        case '\r' -> putAscii("&#xd;");
                        default -> buf[pos++] = '?';
                    }
                }
            } else if (Character.isHighSurrogate(ch)) {
                if (i + 1 < n && Character.isLowSurrogate(s[i + 1])) {
                    pos = Utf8.putSupplementary(buf, pos, Character.toCodePoint(ch, s[++i]));
                } else {
                    buf[pos++] = '?';
                }
            } else if (Character.isLowSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF') {
                buf[pos++] = '?';
            } else {
                pos = Utf8.putBmp(buf, pos, ch);
            }
        }
    }

    /**
     * Writes {@code ht="..." customHeight="1"} into the open row's start tag, still in the buffer unless the row
     * outgrew {@link #ROW_ROOM} (then the row keeps the default height).
     */
    private void insertHeight(byte[] attr) {
        // heightSlot is just after the closing quote of r="N"
        if (heightSlot > pos || pos + attr.length > buf.length) {
            return;
        }
        System.arraycopy(buf, heightSlot, buf, heightSlot + attr.length, pos - heightSlot);
        System.arraycopy(attr, 0, buf, heightSlot, attr.length);
        pos += attr.length;
    }

    private void put(byte[] bytes) throws IOException {
        if (pos + bytes.length > buf.length) {
            flushBuffer();
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** ASCII-only text (numbers, entities): one byte per char. */
    private void putAscii(String s) throws IOException {
        if (pos + s.length() > buf.length) {
            flushBuffer();
        }
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    private void putByte(char b) throws IOException {
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = (byte) b;
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
        heightSlot = -1;
        flushes++;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
