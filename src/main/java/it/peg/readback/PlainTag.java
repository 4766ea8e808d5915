package it.peg.readback;

import java.util.Arrays;

import static it.peg.readback.XmlBytes.nameEnd;
import static it.peg.readback.XmlBytes.spaces;

/**
 * One tag of {@link PlainXml}'s plain form, parsed from the bytes that hold it: a start tag's name, attributes
 * (positions in those bytes, values decoded when asked) and namespace declarations, or an end tag's name. Anything
 * outside the plain form throws {@link PlainXml.GiveWay}.
 */
final class PlainTag {
    static final int MAX_ATTRIBUTES = 64;

    private final XmlNames names = new XmlNames();
    private final String[] attrLocal = new String[MAX_ATTRIBUTES];
    private final String[] attrQName = new String[MAX_ATTRIBUTES];
    private final boolean[] attrPrefixed = new boolean[MAX_ATTRIBUTES];
    private final int[] attrStart = new int[MAX_ATTRIBUTES];
    private final int[] attrEnd = new int[MAX_ATTRIBUTES];
    private final String[] declared = new String[MAX_ATTRIBUTES];
    private int declarations;
    private String[] prefixes = new String[0];

    /** The tag last parsed: an end tag or a start tag, its qualified and local name, whether it closes itself. */
    boolean endTag;
    String qname;
    String local;
    boolean empty;
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
            int nameEnd = nameEnd(buf, p, bound);
            int q = spaces(buf, nameEnd, bound);
            if (q >= bound) {
                return -1;
            }
            if (buf[q] != '>') {
                throw new PlainXml.GiveWay("end tag");
            }
            endTag = true;
            qname = names.of(buf, p, nameEnd);
            local = names.lastLocal();
            attrs = 0;
            return q + 1;
        }
        if (second == '!' || second == '?') {
            throw new PlainXml.GiveWay("comment, CDATA, DOCTYPE or processing instruction");
        }
        int p = pos + 1;
        int nameEnd = nameEnd(buf, p, bound);
        if (nameEnd >= bound) {
            return -1;
        }
        String name = names.of(buf, p, nameEnd);
        String nameLocal = names.lastLocal();
        p = nameEnd;
        int n = 0;
        declarations = 0;
        boolean defaultDeclared = false;
        boolean closes = false;
        int end;
        while (true) {
            int q = spaces(buf, p, bound);
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
            int an = nameEnd(buf, q, bound);
            int eq = spaces(buf, an, bound);
            if (eq >= bound) {
                return -1;
            }
            if (buf[eq] != '=') {
                throw new PlainXml.GiveWay("attribute");
            }
            int v = spaces(buf, eq + 1, bound);
            if (v >= bound) {
                return -1;
            }
            if (buf[v] != '"' && buf[v] != '\'') {
                throw new PlainXml.GiveWay("attribute");
            }
            byte quote = buf[v];
            int ve = v + 1;
            boolean decode = false;
            while (ve < bound && buf[ve] != quote) {
                byte b = buf[ve];
                if (b == '<' || b == '\t' || b == '\n' || b == '\r') {
                    throw new PlainXml.GiveWay("attribute value");
                }
                decode |= b < 0x20 || b == '&';
                ve++;
            }
            if (ve >= bound) {
                return -1;
            }
            if (ve - v - 1 > caps.maxAttributeChars()) {
                throw new PlainXml.GiveWay("attribute value");
            }
            if (decode) {
                XmlBytes.value(buf, v + 1, ve); // every value is checked as the full parser checks it, asked for or not
            }
            String aq = names.of(buf, q, an);
            String al = names.lastLocal();
            if (aq.equals("xmlns") || aq.startsWith("xmlns:")) {
                // a namespace declaration, not an attribute (the full parser does not list it either)
                if (depth != 0 || declarations == MAX_ATTRIBUTES) {
                    throw new PlainXml.GiveWay("namespace declaration below the root");
                }
                if (aq.length() > 5) {
                    String prefix = aq.substring(6);
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
            attrQName[n] = aq;
            attrLocal[n] = al;
            attrPrefixed[n] = al != aq;
            attrStart[n] = v + 1;
            attrEnd[n] = ve;
            n++;
            p = ve + 1;
        }
        attrs = n;
        checkNames(name, depth == 0);
        endTag = false;
        qname = name;
        local = nameLocal;
        empty = closes;
        return end + 1;
    }

    /** The attribute with this local name (first match), or null; {@code buf} the bytes the tag was parsed from. */
    String attr(byte[] buf, String localName) {
        for (int i = 0; i < attrs; i++) {
            if (localName.equals(attrLocal[i])) {
                return XmlBytes.value(buf, attrStart[i], attrEnd[i]);
            }
        }
        return null;
    }

    /** The attribute with this local name and a prefix (so in a namespace: prefixes are declared), or null. */
    String qualifiedAttr(byte[] buf, String localName) {
        for (int i = 0; i < attrs; i++) {
            if (attrPrefixed[i] && localName.equals(attrLocal[i])) {
                return XmlBytes.value(buf, attrStart[i], attrEnd[i]);
            }
        }
        return null;
    }

    /**
     * Namespaces as the full parser checks them, narrowed: declarations on the root element only, every prefix used
     * declared there, and no two attributes with the same local name (the full parser decides on those).
     */
    private void checkNames(String name, boolean root) {
        if (root) {
            prefixes = Arrays.copyOf(declared, declarations);
        }
        checkPrefix(name, false);
        for (int i = 0; i < attrs; i++) {
            checkPrefix(attrQName[i], true);
            for (int j = 0; j < i; j++) {
                if (attrLocal[j].equals(attrLocal[i])) {
                    throw new PlainXml.GiveWay("two attributes with one local name");
                }
            }
        }
    }

    private void checkPrefix(String name, boolean attribute) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return;
        }
        String prefix = name.substring(0, colon);
        if (attribute && prefix.equals("xml")) {
            return;
        }
        for (String p : prefixes) {
            if (p.equals(prefix)) {
                return;
            }
        }
        throw new PlainXml.GiveWay("undeclared prefix");
    }
}
