package it.peg.readback;

/**
 * The fast path of {@link PlainTag#parse} for the tags most of a returned workbook's bytes are: a worksheet's cells.
 * Under C1 the general path's name scans, hashing and branches per attribute were about a quarter of the assessing
 * threads' samples (docs/performance.md, "h28-cons").
 */
final class OneLetterTag {
    private OneLetterTag() {
    }

    /**
     * A worksheet's cell as Excel, LibreOffice and peg write it ({@code <c r="B5" s="3" t="s">}, {@code <c r="C5"
     * s="3"/>}, {@code <v>}): a start tag below the root whose name and attributes' names are one lower-case letter
     * each, every attribute one space then {@code x="value"}, its value of printable ASCII bytes but {@code &}, {@code
     * <} and {@code "}, no two attributes of one name; then {@code >} or {@code />}. Such a tag is what the general
     * path of {@link PlainTag#parse} reads it as (no prefix, no declaration, nothing to decode or check), here in one
     * pass with no name scanned or looked up. Anything else, and a tag not whole before {@code bound}, gives -1: the
     * general path reads the tag from its start and decides on it as always (PlainTagFastPathTest compares both over
     * every tag of the test workbooks, the corpus and seeded mutations).
     *
     * @return the index after the tag, its name and attributes set in {@code t}; or -1
     */
    static int parse(PlainTag t, byte[] buf, int pos, int bound, int maxValue) {
        int p = pos + 2;
        int n = 0;
        int seen = 0;
        while (p < bound) {
            byte c = buf[p];
            if (c == '>') {
                return end(t, buf[pos + 1], n, false, p + 1);
            }
            if (c == '/') {
                return p + 1 < bound && buf[p + 1] == '>' ? end(t, buf[pos + 1], n, true, p + 2) : -1;
            }
            if (c != ' ' || p + 4 >= bound) {
                return -1;
            }
            byte name = buf[p + 1];
            if (name < 'a' || name > 'z' || buf[p + 2] != '=' || buf[p + 3] != '"') {
                return -1;
            }
            int bit = 1 << (name - 'a');
            if ((seen & bit) != 0) {
                return -1;
            }
            seen |= bit;
            int v = p + 4;
            int ve = v;
            while (ve < bound) {
                byte b = buf[ve];
                if (b == '"') {
                    break;
                }
                if (b < 0x20 || b == '&' || b == '<' || b == 0x7f) {
                    return -1;
                }
                ve++;
            }
            if (ve >= bound || ve - v > maxValue) {
                return -1;
            }
            t.attrName[n] = p + 1;
            t.attrColon[n] = -1;
            t.attrNameEnd[n] = p + 2;
            t.attrStart[n] = v;
            t.attrEnd[n] = ve;
            n++;
            p = ve + 1;
        }
        return -1;
    }

    private static int end(PlainTag t, byte name, int n, boolean closes, int after) {
        t.attrs = n;
        t.declarations = 0;
        t.endTag = false;
        t.qname = XmlNames.oneLetter(name);
        t.local = t.qname;
        t.empty = closes;
        return after;
    }
}
