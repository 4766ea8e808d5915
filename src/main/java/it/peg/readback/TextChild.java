package it.peg.readback;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte forms {@link PlainXml#skipTextChild} consumes in one step: an element's whole content as one child element
 * of a one-letter name holding only text, then the element's end. {@code <t>} or {@code <t xml:space="preserve">},
 * text of bytes the plain text path keeps where they lie (ASCII, no {@code &}, {@code ]} or control character but tab
 * and line feed), {@code </t>} and the element's own end tag with no space. For these bytes, every check
 * {@link PlainXml#next} makes is true by their form: the names are plain, the only attribute is in the {@code xml}
 * prefix and within the attribute cap, the text needs no decoding and holds no {@code ]]>}, each end tag matches its
 * start. Anything else is left to {@link PlainXml#next} (PlainXmlSkipTest compares the two).
 */
final class TextChild {
    private static final byte[] PRESERVE = " xml:space=\"preserve\">".getBytes(StandardCharsets.US_ASCII);
    /** What {@link PlainXml#tag} keeps in the buffer past a tag, reading ahead when there is less. */
    private static final int TAG_AHEAD = 2048;

    /** The element name last matched, and its bytes (names are interned by {@link XmlNames}, and ASCII). */
    private String element;
    private byte[] elementBytes;
    /** The events the last match stands for: the child's start, its text if any, its end, the element's end. */
    int events;

    /**
     * The index after the item at {@code p} (a {@code <} there), or -1 when it is not in these forms within
     * {@code lim}, or when {@code next()} would read further ahead on its way: each tag of the item less than 2,048
     * bytes before {@code lim} with the part not read to its end ({@code eof}).
     *
     * @param name          the child's name, one ASCII letter
     * @param qname         the open element's qualified name
     * @param maxAttribute  the attribute cap ({@code xml:space}'s value counts against it)
     */
    int match(byte[] b, int p, int lim, boolean eof, char name, String qname, int maxAttribute) {
        if (qname != element) {
            element = qname;
            elementBytes = qname.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] e = elementBytes;
        if (name >= 0x80 || p + 3 >= lim || b[p + 1] != name) {
            return -1;
        }
        int q;
        if (b[p + 2] == '>') {
            q = p + 3;
        } else {
            if (p + 2 + PRESERVE.length > lim || "preserve".length() > maxAttribute
                    || !Arrays.equals(b, p + 2, p + 2 + PRESERVE.length, PRESERVE, 0, PRESERVE.length)) {
                return -1;
            }
            q = p + 2 + PRESERVE.length;
        }
        // the text, as PlainXml.characters() keeps it where it lies
        int i = q;
        while (i < lim) {
            byte c = b[i];
            if (c == '<') {
                break;
            }
            if ((c < 0x20 && c != '\n' && c != '\t') || c == '&' || c == ']') {
                return -1;
            }
            i++;
        }
        // </t>, then the element's end tag
        int j = i + 4;
        int end = j + 3 + e.length;
        if (end > lim || b[i + 1] != '/' || b[i + 2] != name || b[i + 3] != '>' || b[j] != '<' || b[j + 1] != '/'
                || b[end - 1] != '>') {
            return -1;
        }
        for (int k = 0; k < e.length; k++) {
            if (b[j + 2 + k] != e[k]) {
                return -1;
            }
        }
        if (!eof && lim - j < TAG_AHEAD) {
            return -1; // next() would read ahead at one of these tags: let it
        }
        events = i > q ? 4 : 3;
        return end;
    }
}
