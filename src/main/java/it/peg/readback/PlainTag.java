package it.peg.readback;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static it.peg.readback.XmlBytes.spaces;

/**
 * One tag of {@link PlainXml}'s plain form, parsed from the bytes that hold it: a start tag's name, attributes
 * (positions in those bytes, values decoded when asked) and namespace declarations, or an end tag's name. Anything
 * outside the plain form throws {@link PlainXml.GiveWay}.
 *
 * <p>An attribute is kept as positions only (its name and value in the bytes): its name is compared byte by byte
 * when asked for, never made a String. A worksheet's cells are most of a returned workbook's tags, each with two or
 * three attributes; under C1 (no escape analysis, little inlining) a String and a hash look-up per attribute were
 * about a third of the tag's parsing (docs/performance.md, "h25-parse"). A cell's tag is read by {@link OneLetterTag}.
 */
final class PlainTag {
    static final int MAX_ATTRIBUTES = 64;
    private final XmlNames names = new XmlNames();
    final int[] attrName = new int[MAX_ATTRIBUTES];
    final int[] attrColon = new int[MAX_ATTRIBUTES];
    final int[] attrNameEnd = new int[MAX_ATTRIBUTES];
    final int[] attrStart = new int[MAX_ATTRIBUTES];
    final int[] attrEnd = new int[MAX_ATTRIBUTES];
    private final String[] declared = new String[MAX_ATTRIBUTES];
    private final String[] asked = new String[16];
    private final byte[][] askedBytes = new byte[16][];
    private int askedCount;
    private int askedNext;
    int declarations;
    private String[] prefixes = new String[0];
    private final NameScan scan = new NameScan();
    /** Whether {@link OneLetterTag} is tried first (false only in the test that compares it with the general path). */
    private final boolean fast;

    PlainTag(boolean fast) {
        this.fast = fast;
    }

    /** The tag last parsed: an end tag or a start tag, its qualified and local name, whether it closes itself. */
    boolean endTag;
    boolean empty;
    String qname;
    String local;
    int attrs;

    /**
     * Parses the tag at {@code pos} (a {@code <} there) if it ends before {@code bound}: the index after it, or -1
     * when it does not. {@code depth}: the elements open around it (0: the root, where namespaces are declared).
     */
    int parse(byte[] buf, int pos, int bound, int depth, ReadLimits.Content caps) {
        if (pos + 2 >= bound) {
            return -1;
        }
        byte second = buf[pos + 1];
        if (second == '/') {
            int p = pos + 2;
            int nameEnd = scan.end(buf, p, bound);
            int q = spaces(buf, nameEnd, bound);
            if (q >= bound) {
                return -1;
            }
            if (buf[q] != '>') {
                throw new PlainXml.GiveWay("end tag");
            }
            endTag = true;
            qname = names.of(buf, p, nameEnd, scan.hash);
            local = names.lastLocal();
            attrs = 0;
            return q + 1;
        }
        if (second == '!' || second == '?') {
            throw new PlainXml.GiveWay("comment, CDATA, DOCTYPE or processing instruction");
        }
        int after = fast && depth > 0 && second >= 'a' && second <= 'z'
                ? OneLetterTag.parse(this, buf, pos, bound, caps.maxAttributeChars()) : -1;
        if (after >= 0) {
            return after;
        }
        int p = pos + 1;
        int nameEnd = scan.end(buf, p, bound);
        if (nameEnd >= bound) {
            return -1;
        }
        int nameStart = p;
        int nameColon = scan.colon;
        int nameHash = scan.hash;
        p = nameEnd;
        int n = 0;
        declarations = 0;
        boolean defaultDeclared = false;
        boolean closes = false;
        boolean anyColon = false;
        long seen = 0;
        boolean maybeSame = false;
        int end;
        int maxValue = caps.maxAttributeChars();
        while (true) {
            int q = p;
            while (q < bound && buf[q] <= ' '
                    && (buf[q] == ' ' || buf[q] == '\n' || buf[q] == '\t' || buf[q] == '\r')) {
                q++;
            }
            if (q >= bound) {
                return -1;
            }
            byte c = buf[q];
            if (c == '>') {
                end = q;
                break;
            }
            if (c == '/') {
                if (q + 1 >= bound) {
                    return -1;
                }
                if (buf[q + 1] != '>') {
                    throw new PlainXml.GiveWay("'/' in a tag");
                }
                closes = true;
                end = q + 1;
                break;
            }
            if (q == p || n == MAX_ATTRIBUTES) {
                throw new PlainXml.GiveWay("attribute");
            }
            int an = scan.end(buf, q, bound);
            if (an >= bound) {
                return -1;
            }
            int aColon = scan.colon;
            int eq = an;
            if (buf[eq] != '=') {
                eq = spaces(buf, an, bound);
                if (eq >= bound) {
                    return -1;
                }
                if (buf[eq] != '=') {
                    throw new PlainXml.GiveWay("attribute");
                }
            }
            int v = eq + 1;
            if (v < bound && buf[v] != '"' && buf[v] != '\'') {
                v = spaces(buf, v, bound);
            }
            if (v >= bound) {
                return -1;
            }
            byte quote = buf[v];
            if (quote != '"' && quote != '\'') {
                throw new PlainXml.GiveWay("attribute");
            }
            int ve = v + 1;
            boolean decode = false;
            while (ve < bound) {
                byte b = buf[ve];
                if (b == quote) {
                    break;
                }
                if (b < 0x20 || b == '&' || b == '<') {
                    if (b == '<' || b == '\t' || b == '\n' || b == '\r') {
                        throw new PlainXml.GiveWay("attribute value");
                    }
                    decode = true;
                }
                ve++;
            }
            if (ve >= bound) {
                return -1;
            }
            if (ve - v - 1 > maxValue) {
                throw new PlainXml.GiveWay("attribute value");
            }
            if (decode) {
                XmlBytes.value(buf, v + 1, ve); // every value is checked as the full parser checks it, asked for or not
            }
            if (buf[q] == 'x' && isXmlns(buf, q, an, aColon)) {
                // a namespace declaration, not an attribute (the full parser does not list it either)
                if (depth != 0 || declarations == MAX_ATTRIBUTES) {
                    throw new PlainXml.GiveWay("namespace declaration below the root");
                }
                if (aColon >= 0) {
                    String prefix = new String(buf, aColon + 1, an - aColon - 1, StandardCharsets.US_ASCII);
                    if (v + 1 == ve || prefix.equals("xml") || prefix.equals("xmlns")) {
                        throw new PlainXml.GiveWay("namespace declaration");
                    }
                    for (int d = 0; d < declarations; d++) {
                        if (declared[d].equals(prefix)) {
                            // declared twice: not well-formed, which the full parser says (h24-review)
                            throw new PlainXml.GiveWay("namespace declared twice");
                        }
                    }
                    declared[declarations++] = prefix;
                } else if (defaultDeclared) {
                    throw new PlainXml.GiveWay("default namespace declared twice");
                } else {
                    defaultDeclared = true;
                }
                p = ve + 1;
                continue;
            }
            anyColon |= aColon >= 0;
            // one bit per (first byte, length) of the local name: two equal names set the same bit
            int local = aColon >= 0 ? aColon + 1 : q;
            long bit = 1L << ((buf[local] + 7 * (an - local)) & 63);
            maybeSame |= (seen & bit) != 0;
            seen |= bit;
            attrName[n] = q;
            attrColon[n] = aColon;
            attrNameEnd[n] = an;
            attrStart[n] = v + 1;
            attrEnd[n] = ve;
            n++;
            p = ve + 1;
        }
        attrs = n;
        if (depth == 0 || nameColon >= 0 || anyColon) {
            checkNames(buf, nameStart, nameColon, depth == 0);
        } else if (maybeSame) {
            distinct(buf); // no prefix: only the attributes' names to tell apart, when two may be equal
        }
        endTag = false;
        qname = names.of(buf, nameStart, nameEnd, nameHash);
        local = names.lastLocal();
        empty = closes;
        return end + 1;
    }

    /**
     * The index of the {@code >} closing the tag at {@code from} (quoted values skipped), or -1 when it is not before
     * {@code limit}.
     */
    static int closing(byte[] buf, int from, int limit) {
        byte quote = 0;
        for (int i = from + 1; i < limit; i++) {
            byte c = buf[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                throw new PlainXml.GiveWay("'<' in a tag");
            }
        }
        return -1;
    }

    /** {@code xmlns} or {@code xmlns:...}: the name from {@code q} to {@code end}, its colon at {@code c}. */
    private static boolean isXmlns(byte[] buf, int q, int end, int c) {
        int len = c >= 0 ? c - q : end - q;
        return len == 5 && buf[q + 1] == 'm' && buf[q + 2] == 'l' && buf[q + 3] == 'n' && buf[q + 4] == 's';
    }

    /** The index of the attribute with this local name (first match; only prefixed ones if asked), or -1. */
    int find(byte[] buf, String localName, boolean prefixedOnly) {
        byte[] name = encoded(localName);
        int len = name.length;
        for (int i = 0; i < attrs; i++) {
            int c = attrColon[i];
            if (prefixedOnly && c < 0) {
                continue;
            }
            int from = c >= 0 ? c + 1 : attrName[i];
            if (attrNameEnd[i] - from == len && buf[from] == name[0]
                    && (len == 1 || Arrays.equals(buf, from, from + len, name, 0, len))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The bytes of a local name asked for: the readers ask for a few names, each a constant, thousands of times
     * (found by identity, encoded once; a name not ASCII is never an attribute's, so it matches none).
     */
    private byte[] encoded(String localName) {
        for (int i = 0; i < askedCount; i++) {
            if (asked[i] == localName) {
                return askedBytes[i];
            }
        }
        byte[] b = localName.isEmpty() ? new byte[] {0} : localName.getBytes(StandardCharsets.ISO_8859_1);
        for (int k = 0; k < localName.length(); k++) {
            if (localName.charAt(k) >= 0x80) {
                b = new byte[] {0}; // no attribute's name has a byte 0
                break;
            }
        }
        int slot = askedCount < asked.length ? askedCount++ : (askedNext++ & (asked.length - 1));
        asked[slot] = localName;
        askedBytes[slot] = b;
        return b;
    }

    private static boolean sameChars(byte[] buf, int from, String s, int len) {
        for (int k = 0; k < len; k++) {
            if (buf[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link XmlCursor#attrRef} of the attribute with this local name, read from the bytes when they are plain. */
    long ref(byte[] buf, String localName) {
        int i = find(buf, localName, false);
        if (i < 0) {
            return CellAddress.packed(-1, -1);
        }
        long ref = CellAddress.refOf(buf, attrStart[i], attrEnd[i]);
        if (ref != CellAddress.NOT_PLAIN) {
            return ref;
        }
        String v = XmlBytes.value(buf, attrStart[i], attrEnd[i]);
        return CellAddress.packed(CellAddress.rowOf(v), CellAddress.columnOf(v));
    }

    /** {@link XmlCursor#attrInt} of the attribute with this local name, read from the bytes when they are plain. */
    int intValue(byte[] buf, String localName, int otherwise) {
        int i = find(buf, localName, false);
        if (i < 0) {
            return otherwise;
        }
        return XmlBytes.plainAscii(buf, attrStart[i], attrEnd[i])
                ? XmlBytes.parseInt(buf, attrStart[i], attrEnd[i], otherwise)
                : XmlBytes.parseInt(XmlBytes.value(buf, attrStart[i], attrEnd[i]), otherwise);
    }

    /** The attribute with this local name (first match), or null; {@code buf} the bytes the tag was parsed from. */
    String attr(byte[] buf, String localName) {
        int i = find(buf, localName, false);
        return i < 0 ? null : XmlBytes.value(buf, attrStart[i], attrEnd[i]);
    }

    /** The attribute with this local name and a prefix (so in a namespace: prefixes are declared), or null. */
    String qualifiedAttr(byte[] buf, String localName) {
        int i = find(buf, localName, true);
        return i < 0 ? null : XmlBytes.value(buf, attrStart[i], attrEnd[i]);
    }

    /**
     * Namespaces as the full parser checks them, narrowed: declarations on the root element only, every prefix used
     * declared there, and no two attributes with the same local name (the full parser decides on those).
     */
    private void checkNames(byte[] buf, int nameStart, int nameColon, boolean root) {
        if (root) {
            prefixes = Arrays.copyOf(declared, declarations);
        }
        if (nameColon >= 0) {
            checkPrefix(buf, nameStart, nameColon, false);
        }
        for (int i = 0; i < attrs; i++) {
            int c = attrColon[i];
            if (c >= 0) {
                checkPrefix(buf, attrName[i], c, true);
            }
            int from = c >= 0 ? c + 1 : attrName[i];
            int len = attrNameEnd[i] - from;
            for (int j = 0; j < i; j++) {
                int fromJ = attrColon[j] >= 0 ? attrColon[j] + 1 : attrName[j];
                if (attrNameEnd[j] - fromJ == len && Arrays.equals(buf, from, from + len, buf, fromJ, fromJ + len)) {
                    throw new PlainXml.GiveWay("two attributes with one local name");
                }
            }
        }
    }

    /** No two attributes with the same name, none of them prefixed (as {@link #checkNames} for such a tag). */
    private void distinct(byte[] buf) {
        for (int i = 1; i < attrs; i++) {
            int from = attrName[i];
            int len = attrNameEnd[i] - from;
            for (int j = 0; j < i; j++) {
                int fromJ = attrName[j];
                if (attrNameEnd[j] - fromJ == len && buf[fromJ] == buf[from]
                        && Arrays.equals(buf, from, from + len, buf, fromJ, fromJ + len)) {
                    throw new PlainXml.GiveWay("two attributes with one name");
                }
            }
        }
    }

    /** The prefix from {@code from} to the colon at {@code c} is declared ({@code xml} too, for an attribute). */
    private void checkPrefix(byte[] buf, int from, int c, boolean attribute) {
        int len = c - from;
        if (attribute && len == 3 && buf[from] == 'x' && buf[from + 1] == 'm' && buf[from + 2] == 'l') {
            return;
        }
        for (String p : prefixes) {
            if (p.length() == len && sameChars(buf, from, p, len)) {
                return;
            }
        }
        throw new PlainXml.GiveWay("undeclared prefix");
    }
}
