package it.peg.readback;

/**
 * The names of {@link PlainTag}'s plain form, scanned in one pass over the bytes with a table: where a name ends, its
 * colon and its hash (for {@link XmlNames}), with no String made for it (docs/performance.md, "h25-parse").
 */
final class NameScan {
    /** Bytes of a name: 1 a letter or {@code _} (may start a name), 2 a digit, {@code -} or {@code .}; 0 others. */
    static final byte[] NAME = new byte[256];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            NAME[c] = 1;
            NAME[c - 'a' + 'A'] = 1;
        }
        NAME['_'] = 1;
        for (int c = '0'; c <= '9'; c++) {
            NAME[c] = 2;
        }
        NAME['-'] = 2;
        NAME['.'] = 2;
    }

    /** What {@link #end} found besides the name's end: its colon's index (-1: none) and its hash. */
    int colon;
    int hash;

    /**
     * The end of a name starting at {@code p}: ASCII letters, digits, {@code _ - .} (not first), one colon inside
     * followed by a letter or {@code _}; {@code bound} when it reaches {@code bound}. Sets {@link #colon} and
     * {@link #hash}.
     */
    int end(byte[] buf, int p, int bound) {
        int i = p;
        int c = -1;
        int h = 0;
        while (i < bound) {
            byte b = buf[i];
            int kind = NAME[b & 0xff];
            if (kind == 1 || (kind == 2 && i > p)) {
                h = 31 * h + b;
                i++;
            } else if (b == ':' && c < 0 && i > p) {
                h = 31 * h + b;
                c = i++;
            } else {
                break;
            }
        }
        if (i == p) {
            throw new PlainXml.GiveWay("name");
        }
        if (i >= bound) {
            return bound;
        }
        if (c == i - 1 || (c > 0 && NAME[buf[c + 1] & 0xff] != 1)) {
            throw new PlainXml.GiveWay("name");
        }
        colon = c;
        hash = h;
        return i;
    }
}
