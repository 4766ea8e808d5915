package it.peg.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 records encoded as UTF-8 straight into a block of bytes: the output of commons-csv's
 * {@code CSVFormat.RFC4180} printer (comma, CRLF, minimal quoting) through an {@code OutputStreamWriter}, without a
 * list, a stream and a lock per record nor a char encoder. A field is quoted, its quotes doubled, when it is the empty
 * first field of a record, starts with a character up to {@code #}, holds a line feed, carriage return, quote or comma,
 * or ends with a character up to the space: the rules of commons-csv 1.14's {@code QuoteMode.MINIMAL} (pinned against
 * it by {@code CsvTextTest}). A lone surrogate is written as {@code ?}, as the JDK's UTF-8 writer does.
 */
final class CsvText {
    private static final int BLOCK = 1 << 16;

    /** Where full blocks go: a block always ends between two characters. */
    @FunctionalInterface
    interface Sink {
        void write(byte[] bytes, int length) throws IOException;
    }

    private final Sink sink;
    private final byte[] buf = new byte[BLOCK];
    private int pos;
    private char[] chars = new char[256];
    private boolean newRecord = true;
    /** The current record's field (0-based). */
    private int column;
    /**
     * Each of the first columns' last field and its bytes as written (quotes included, the comma before it not): the
     * CSV repeats most fields from the row above (an indicator's codes, description, target, unit at each verifica; a
     * service's code at each of its indicators), each taken to chars, scanned for quoting and encoded again before
     * (docs/performance.md, "h27-write"). A field equal to its column's last is copied; the bytes are the same.
     */
    private final String[] lastText = new String[COLUMNS];
    private final byte[][] lastBytes = new byte[COLUMNS][];
    /** Columns remembered: the export has 25. */
    private static final int COLUMNS = 32;
    /** Longer fields are written, not remembered (a copy must fit a block). */
    private static final int REMEMBERED_LENGTH = 1 << 10;
    /** Times the block was handed on: a field written across a hand-over is not remembered. */
    private int drains;

    private CsvText(Sink sink) {
        this.sink = sink;
    }

    static CsvText to(OutputStream out) {
        return new CsvText((bytes, length) -> out.write(bytes, 0, length));
    }

    static CsvText to(Writer out) {
        return new CsvText((bytes, length) -> out.write(new String(bytes, 0, length, StandardCharsets.UTF_8)));
    }

    /** The next field of the current record. */
    CsvText field(String value) throws IOException {
        int col = newRecord ? 0 : column + 1;
        column = col;
        if (col < COLUMNS) {
            String last = lastText[col];
            if (last != null && (last == value || last.equals(value))) {
                byte[] bytes = lastBytes[col];
                if (pos + bytes.length + 1 > BLOCK) {
                    drain();
                }
                if (!newRecord) {
                    buf[pos++] = ',';
                }
                newRecord = false;
                System.arraycopy(bytes, 0, buf, pos, bytes.length);
                pos += bytes.length;
                return this;
            }
        }
        int len = value.length();
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        // the chars taken once: charAt per char costs a bounds check and, under C1, a call each
        value.getChars(0, len, chars, 0);
        if (!newRecord) {
            put(',');
        }
        boolean quote = quoted(chars, len, newRecord);
        newRecord = false;
        int start = pos;
        int handedOn = drains;
        if (quote) {
            put('"');
        }
        for (int i = 0; i < len; i++) {
            char c = chars[i];
            if (pos > BLOCK - 8) {
                drain();
            }
            if (c < 0x80) {
                buf[pos++] = (byte) c;
                if (c == '"' && quote) {
                    buf[pos++] = '"';
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(chars[i + 1])) {
                    pos = Utf8.putSupplementary(buf, pos, Character.toCodePoint(c, chars[++i]));
                } else {
                    buf[pos++] = '?';
                }
            } else {
                pos = Utf8.putBmp(buf, pos, c);
            }
        }
        if (quote) {
            put('"');
        }
        if (col < COLUMNS && len <= REMEMBERED_LENGTH && handedOn == drains) {
            lastText[col] = value;
            lastBytes[col] = java.util.Arrays.copyOfRange(buf, start, pos);
        }
        return this;
    }

    /** Ends the record. */
    void endRecord() throws IOException {
        put('\r');
        put('\n');
        newRecord = true;
    }

    /** Hands what is buffered to the sink. */
    void flush() throws IOException {
        drain();
    }

    static boolean quoted(char[] value, int len, boolean firstOfRecord) {
        if (len == 0) {
            return firstOfRecord;
        }
        if (value[0] <= '#') {
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c = value[i];
            if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                return true;
            }
        }
        return value[len - 1] <= ' ';
    }

    private void put(char ascii) throws IOException {
        if (pos == BLOCK) {
            drain();
        }
        buf[pos++] = (byte) ascii;
    }

    private void drain() throws IOException {
        if (pos > 0) {
            sink.write(buf, pos);
            pos = 0;
            drains++;
        }
    }
}
