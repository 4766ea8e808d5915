package it.peg.readback;

import java.util.Optional;

/** A cell position (0-based), parsed from and printed as an A1 reference without {@code $}. */
record CellAddress(int row, int col) {
    static final int MAX_ROWS = it.peg.xlsx.WorksheetCells.MAX_ROW + 1;
    static final int MAX_COLS = it.peg.xlsx.WorksheetCells.MAX_COL + 1;

    CellAddress {
        if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) {
            throw new IllegalArgumentException("cell outside the sheet: " + row + "," + col);
        }
    }

    /** {@code F12}, {@code $F$12}, {@code f$12}; empty for anything else (a range, a name, #REF!). */
    static Optional<CellAddress> parse(String ref) {
        int i = 0;
        int n = ref.length();
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int col = 0;
        int letters = 0;
        while (i < n && isAsciiLetter(ref.charAt(i))) {
            col = col * 26 + ((ref.charAt(i) & ~0x20) - 'A' + 1);
            letters++;
            i++;
        }
        if (letters == 0 || letters > 3) {
            return Optional.empty();
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        long row = 0;
        int digits = 0;
        while (i < n && ref.charAt(i) >= '0' && ref.charAt(i) <= '9') {
            row = row * 10 + (ref.charAt(i) - '0');
            digits++;
            i++;
        }
        if (i != n || digits == 0 || digits > 7 || row < 1 || row > MAX_ROWS || col > MAX_COLS) {
            return Optional.empty();
        }
        return Optional.of(new CellAddress((int) row - 1, col - 1));
    }

    /** {@code Character.isLetter(c) && c < 128}, without the Unicode tables (a name's every reference). */
    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Only the column letters of a reference such as {@code F12}; -1 when there are none or beyond XFD. */
    static int columnOf(String ref) {
        return it.peg.xlsx.WorksheetCells.column(ref); // bounded as it is summed: a long run of letters never wraps
    }

    /** Only the row digits of a reference such as {@code F12} (0-based); -1 when there are none. */
    static int rowOf(String ref) {
        long row = 0;
        int digits = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                if (++digits > 7) {
                    return -1;
                }
            }
        }
        return digits == 0 || row < 1 || row > MAX_ROWS ? -1 : (int) row - 1;
    }

    /** A row and a column (either may be -1) as one long, for {@link XmlCursor#attrRef}. */
    static long packed(int row, int col) {
        return ((long) row << 32) | (col & 0xFFFFFFFFL);
    }

    static int packedRow(long packed) {
        return (int) (packed >> 32);
    }

    static int packedCol(long packed) {
        return (int) packed;
    }

    /**
     * {@link #packed} {@link #rowOf(String)} and {@link #columnOf(String)} of the bytes from {@code from} to
     * {@code to}, read as the String of them reads; {@link #NOT_PLAIN} when they hold an entity or a byte beyond
     * ASCII (then the String is to be decoded and read).
     */
    static long refOf(byte[] b, int from, int to) {
        long row = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < 0 || c == '&') {
                return NOT_PLAIN;
            }
            int d = c - '0';
            if (d >= 0 && d <= 9 && digits <= 7) {
                row = row * 10 + d;
                digits++;
            }
        }
        int r = digits == 0 || digits > 7 || row < 1 || row > MAX_ROWS ? -1 : (int) row - 1;
        // as WorksheetCells.column: letters of either case, summed with a bound so that a long run never wraps
        int col = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & ~0x20;
            if (c < 'A' || c > 'Z' || b[i] < 'A') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            if (col > MAX_COLS) {
                return packed(r, -1);
            }
            i++;
        }
        return packed(r, i == from ? -1 : col - 1);
    }

    /** What {@link #refOf} gives for bytes to be read through their String (no reference packs to it). */
    static final long NOT_PLAIN = Long.MIN_VALUE;

    long key() {
        return ((long) row << 16) | col;
    }

    /**
     * The A1 texts of the sheet's top-left cells, made once: each returned workbook's hundred named cells are
     * decoded with their A1 text, 200,000 small concatenations for 2,000 files (docs/performance.md, "h27-read").
     * Filled as asked, from any thread: a String is immutable, so a racing thread at worst makes the same text again.
     */
    private static final int CACHED_ROWS = 256;
    private static final int CACHED_COLS = 32;
    private static final String[] A1 = new String[CACHED_ROWS * CACHED_COLS];

    String a1() {
        if (row < CACHED_ROWS && col < CACHED_COLS) {
            int i = row * CACHED_COLS + col;
            String s = A1[i];
            if (s == null) {
                s = a1Made();
                A1[i] = s;
            }
            return s;
        }
        return a1Made();
    }

    private String a1Made() {
        char[] letters = new char[3]; // XFD at most
        int from = letters.length;
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters[--from] = (char) ('A' + rem);
            c = (c - 1) / 26;
        }
        return new String(letters, from, letters.length - from).concat(Integer.toString(row + 1));
    }
}
