package it.peg.summary;

/**
 * The key of a run of a sheet's rows, made from what they print: every row number, column, style index, text and
 * number the sheet's writer gives for them ({@link RowCells}), with the sheet and the column widths their heights are
 * measured in. Equal keys, equal rows: a run whose key the earlier summary holds is copied from it. Nothing is
 * rendered: no XML, no escaping, no row heights, no number text (a number is keyed by its bits).
 *
 * <p>The printed values are packed into 64-bit words (tags and lengths first, so that two different runs never pack
 * alike) and hashed with SHA-256. A non-cryptographic hash (MurmurHash3) was tried and saves ~20 ms of a night's main
 * thread at 2,000 services, but its collisions can be crafted: an office's file could then keep last night's rows in
 * the summary in place of tonight's. The summary is the record the controllo di gestione signs off, so equal keys must
 * mean equal rows against anyone, not only by chance.
 */
final class RowKeys implements RowCells {
    private static final long ROW = 1L << 56;
    private static final long TEXT = 2L << 56;
    private static final long NUMBER = 3L << 56;
    private static final long BLANK = 4L << 56;
    private static final long INSTANT = 5L << 56;

    private final long[] prefix;
    private long[] words = new long[1 << 11];
    private int n;

    /**
     * @param sheet  the sheet and the form of its keys ({@code "Servizi/1"})
     * @param widths the columns' widths the rows' heights are measured in
     */
    RowKeys(String sheet, int[] widths) {
        n = 0;
        add(TEXT | sheet.length());
        chars(sheet);
        add(widths.length);
        for (int w : widths) {
            add(w);
        }
        prefix = java.util.Arrays.copyOf(words, n);
    }

    /** Starts the key of the run of items {@code [from, to)}: runs with no row are told apart by their place. */
    void start(int from, int to) {
        n = 0;
        System.arraycopy(prefix, 0, words, 0, prefix.length);
        n = prefix.length;
        add(((long) from << 32) | (to & 0xFFFFFFFFL));
    }

    /** The key of the run started last: 128 bits, hex. */
    String key() {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(n * Long.BYTES);
        bytes.asLongBuffer().put(words, 0, n);
        return it.peg.io.Sha256.hex(it.peg.io.Sha256.of(bytes.array()));
    }

    @Override
    public RowCells row(int r) {
        add(ROW | (r & 0xFFFFFFFFL));
        return this;
    }

    @Override
    public void text(int c, String value, CellFormat style) {
        add(TEXT | cell(c, style));
        add(value.length());
        chars(value);
    }

    @Override
    public void number(int c, double value, CellFormat style) {
        add(NUMBER | cell(c, style));
        add(Double.doubleToRawLongBits(value));
    }

    @Override
    public void instant(int c, java.time.Instant value, CellFormat style) {
        add(INSTANT | cell(c, style));
        add(value.getEpochSecond());
        add(value.getNano());
    }

    @Override
    public void blank(int c, CellFormat style) {
        add(BLANK | cell(c, style));
    }

    /** Column and style index in the low 48 bits. */
    private static long cell(int c, CellFormat style) {
        int s = style == null ? 0 : style.index();
        return ((long) (c & 0xFFFFFF) << 24) | (s & 0xFFFFFF);
    }

    /** The chars, four to a word (after their count, so a text's last word's zeros say nothing). */
    private void chars(String s) {
        int len = s.length();
        int i = 0;
        for (; i + 4 <= len; i += 4) {
            add((long) s.charAt(i) << 48 | (long) s.charAt(i + 1) << 32 | (long) s.charAt(i + 2) << 16 | s.charAt(i + 3));
        }
        if (i < len) {
            long w = 0;
            for (int shift = 48; i < len; i++, shift -= 16) {
                w |= (long) s.charAt(i) << shift;
            }
            add(w);
        }
    }

    private void add(long w) {
        if (n == words.length) {
            words = java.util.Arrays.copyOf(words, n * 2);
        }
        words[n++] = w;
    }
}
