package it.peg.readback;

import java.nio.charset.StandardCharsets;

/** The byte-level pieces of {@link PlainXml}'s plain form: names, white space, entities, UTF-8, attribute values. */
final class XmlBytes {
    /** One-character values ({@code t="s"}, {@code s="3"}) without a String each. */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (int i = 0; i < 128; i++) {
            ONE_CHAR[i] = String.valueOf((char) i).intern();
        }
    }

    private XmlBytes() {
    }

    /** No entity and only ASCII from {@code from} to {@code to}: the bytes are the value's characters. */
    static boolean plainAscii(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] < 0 || buf[i] == '&') {
                return false;
            }
        }
        return true;
    }

    /** {@code Integer.parseInt(v.trim())}, or {@code otherwise} when it is not a whole number. */
    static int parseInt(String v, int otherwise) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /**
     * As {@link #parseInt(String, int)} on the plain ASCII bytes from {@code from} to {@code to}: one to nine digits
     * are read here, anything else through the String.
     */
    static int parseInt(byte[] buf, int from, int to, int otherwise) {
        int n = to - from;
        if (n >= 1 && n <= 9) {
            int v = 0;
            int i = from;
            for (; i < to; i++) {
                int d = buf[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                v = v * 10 + d;
            }
            if (i == to) {
                return v;
            }
        }
        return parseInt(new String(buf, from, n, StandardCharsets.ISO_8859_1), otherwise);
    }

    static int spaces(byte[] buf, int p, int end) {
        while (p < end && (buf[p] == ' ' || buf[p] == '\n' || buf[p] == '\t' || buf[p] == '\r')) {
            p++;
        }
        return p;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t';
    }

    static String localPart(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /** Decodes the entity or character reference at {@code p}, before {@code end}; the index after it. */
    static int entity(byte[] buf, int p, int end, StringBuilder out) {
        long at = entityAt(buf, p, end);
        out.appendCodePoint(codePoint(at));
        return next(at);
    }

    /** The code point (low 32 bits) of the entity or reference at {@code p}, and the index after it (high 32 bits). */
    static long entityAt(byte[] buf, int p, int end) {
        int semi = -1;
        for (int i = p + 1; i < Math.min(end, p + 12); i++) {
            if (buf[i] == ';') {
                semi = i;
                break;
            }
        }
        if (semi < 0) {
            throw new PlainXml.GiveWay("entity");
        }
        int n = semi - p - 1;
        int cp;
        if (n == 2 && buf[p + 1] == 'l' && buf[p + 2] == 't') {
            cp = '<';
        } else if (n == 2 && buf[p + 1] == 'g' && buf[p + 2] == 't') {
            cp = '>';
        } else if (n == 3 && buf[p + 1] == 'a' && buf[p + 2] == 'm' && buf[p + 3] == 'p') {
            cp = '&';
        } else if (n == 4 && buf[p + 1] == 'q' && buf[p + 2] == 'u' && buf[p + 3] == 'o' && buf[p + 4] == 't') {
            cp = '"';
        } else if (n == 4 && buf[p + 1] == 'a' && buf[p + 2] == 'p' && buf[p + 3] == 'o' && buf[p + 4] == 's') {
            cp = '\'';
        } else if (n >= 2 && buf[p + 1] == '#') {
            cp = 0;
            boolean hex = buf[p + 2] == 'x';
            int from = p + (hex ? 3 : 2);
            if (from == semi) {
                throw new PlainXml.GiveWay("character reference");
            }
            for (int i = from; i < semi; i++) {
                int d = hex ? Character.digit(buf[i], 16) : Character.digit(buf[i], 10);
                if (d < 0) {
                    throw new PlainXml.GiveWay("character reference");
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (!xmlChar(cp)) {
                throw new PlainXml.GiveWay("character reference");
            }
        } else {
            throw new PlainXml.GiveWay("entity");
        }
        return ((long) (semi + 1) << 32) | cp;
    }

    static int codePoint(long at) {
        return (int) at;
    }

    static int next(long at) {
        return (int) (at >>> 32);
    }

    /** A character XML 1.0 allows. */
    static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Decodes one UTF-8 sequence at {@code p}, before {@code end} (well-formed, shortest form, an XML character). */
    static int utf8(byte[] buf, int p, int end, StringBuilder out) {
        long at = utf8At(buf, p, end);
        out.appendCodePoint(codePoint(at));
        return next(at);
    }

    /** As {@link #entityAt}, for the UTF-8 sequence at {@code p}. */
    static long utf8At(byte[] buf, int p, int end) {
        int b0 = buf[p] & 0xff;
        int n;
        int cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3;
            cp = b0 & 0x07;
        } else {
            throw new PlainXml.GiveWay("UTF-8");
        }
        if (p + n >= end) {
            throw new PlainXml.GiveWay("UTF-8");
        }
        for (int i = 1; i <= n; i++) {
            int b = buf[p + i] & 0xff;
            if ((b & 0xC0) != 0x80) {
                throw new PlainXml.GiveWay("UTF-8");
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || !xmlChar(cp)) {
            throw new PlainXml.GiveWay("UTF-8");
        }
        return ((long) (p + n + 1) << 32) | cp;
    }

    /** An attribute value's characters, entities and UTF-8 decoded (checked as the full parser checks them). */
    static String value(byte[] buf, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c < 0x20 || c == '&') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return to - from == 1 ? ONE_CHAR[buf[from]] : new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            byte c = buf[i];
            if (c == '&') {
                i = entity(buf, i, to, sb);
            } else if (c < 0) {
                i = utf8(buf, i, to, sb);
            } else if (c < 0x20) {
                throw new PlainXml.GiveWay("control character in an attribute value");
            } else {
                sb.append((char) c);
                i++;
            }
        }
        return sb.toString();
    }
}
