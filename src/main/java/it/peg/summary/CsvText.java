package it.peg.summary;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 records written char by char into a block handed to a {@link Writer}: the output of commons-csv's
 * {@code CSVFormat.RFC4180} printer (comma, CRLF, minimal quoting), without a list, a stream and a lock per record.
 * A field is quoted, its quotes doubled, when it is the empty first field of a record, starts with a character up to
 * {@code #}, holds a line feed, carriage return, quote or comma, or ends with a character up to the space: the rules
 * of commons-csv 1.14's {@code QuoteMode.MINIMAL} (pinned against it by {@code CsvTextTest}).
 */
final class CsvText {
    private static final int BLOCK = 1 << 16;

    private final Writer out;
    private final char[] buf = new char[BLOCK];
    private int pos;
    private boolean newRecord = true;

    CsvText(Writer out) {
        this.out = out;
    }

    /** The next field of the current record. */
    CsvText field(String value) throws IOException {
        int len = value.length();
        if (!newRecord) {
            put(',');
        }
        boolean first = newRecord;
        newRecord = false;
        if (!quoted(value, first)) {
            put(value);
            return this;
        }
        put('"');
        int start = 0;
        for (int i = 0; i < len; i++) {
            if (value.charAt(i) == '"') {
                put(value, start, i + 1);
                start = i; // the quote again: doubled
            }
        }
        put(value, start, len);
        put('"');
        return this;
    }

    /** Ends the record. */
    void endRecord() throws IOException {
        put('\r');
        put('\n');
        newRecord = true;
    }

    /** Hands what is buffered to the writer (and flushes it). */
    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
        out.flush();
    }

    static boolean quoted(String value, boolean firstOfRecord) {
        int len = value.length();
        if (len == 0) {
            return firstOfRecord;
        }
        if (value.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                return true;
            }
        }
        return value.charAt(len - 1) <= ' ';
    }

    private void put(char c) throws IOException {
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = c;
    }

    private void put(String s) throws IOException {
        put(s, 0, s.length());
    }

    private void put(String s, int from, int to) throws IOException {
        while (from < to) {
            if (pos == buf.length) {
                drain();
            }
            int n = Math.min(to - from, buf.length - pos);
            s.getChars(from, from + n, buf, pos);
            pos += n;
            from += n;
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }
}
