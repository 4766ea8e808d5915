package it.peg.summary;

import it.peg.io.Sha256;

import java.security.MessageDigest;

/**
 * The key of a run of a sheet's rows, made from what they print: every row number, column, style index, text and
 * number the sheet's writer gives for them ({@link RowCells}), with the sheet and the column widths their heights are
 * measured in. Equal keys, equal rows: a run whose key the earlier summary holds is copied from it. Nothing is
 * rendered: no XML, no escaping, no row heights, no number text (a number is keyed by its bits), and the bytes hashed
 * are about a third of the XML's.
 */
final class RowKeys implements RowCells {
    private static final byte ROW = 1;
    private static final byte TEXT = 2;
    private static final byte NUMBER = 3;
    private static final byte BLANK = 4;

    private final byte[] prefix;
    private final MessageDigest sha = Sha256.digest();
    private byte[] buf = new byte[1 << 14];
    private int pos;

    /**
     * @param sheet  the sheet and the form of its keys ({@code "Servizi/1"})
     * @param widths the columns' widths the rows' heights are measured in
     */
    RowKeys(String sheet, int[] widths) {
        StringBuilder s = new StringBuilder("summary-rows/1\n").append(sheet).append('\n');
        for (int w : widths) {
            s.append(w).append(',');
        }
        prefix = s.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Starts the key of the run of items {@code [from, to)}: runs with no row are told apart by their place. */
    void start(int from, int to) {
        pos = 0;
        putInt(from);
        putInt(to);
    }

    /** The key of the run started last: SHA-256, hex. */
    String key() {
        sha.reset();
        sha.update(prefix);
        sha.update(buf, 0, pos);
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public RowCells row(int r) {
        room(5);
        buf[pos++] = ROW;
        putInt(r);
        return this;
    }

    @Override
    public void text(int c, String value, CellFormat style) {
        int n = value.length();
        room(9 + 3 * n);
        buf[pos++] = TEXT;
        putCell(c, style);
        putInt(n);
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                buf[pos++] = (byte) ch;
            } else { // a marker no ASCII char has, then the char's two bytes
                buf[pos++] = (byte) 0x80;
                buf[pos++] = (byte) (ch >>> 8);
                buf[pos++] = (byte) ch;
            }
        }
    }

    @Override
    public void number(int c, double value, CellFormat style) {
        room(13);
        buf[pos++] = NUMBER;
        putCell(c, style);
        long bits = Double.doubleToRawLongBits(value);
        putInt((int) (bits >>> 32));
        putInt((int) bits);
    }

    @Override
    public void blank(int c, CellFormat style) {
        room(5);
        buf[pos++] = BLANK;
        putCell(c, style);
    }

    private void putCell(int c, CellFormat style) {
        buf[pos++] = (byte) c;
        buf[pos++] = (byte) (c >>> 8);
        int s = style == null ? 0 : style.index();
        buf[pos++] = (byte) s;
        buf[pos++] = (byte) (s >>> 8);
    }

    private void putInt(int v) {
        room(4);
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
