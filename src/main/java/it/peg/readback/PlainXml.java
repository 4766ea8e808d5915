package it.peg.readback;

import javax.xml.stream.XMLStreamConstants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A narrow XML cursor over the bytes of one part, for the plain form that Excel, LibreOffice and peg write: UTF-8,
 * elements, attributes, text, the five predefined entities and character references, namespace prefixes declared
 * on the root element. Anything else (a DOCTYPE, a comment, a processing instruction, CDATA, another encoding, a
 * carriage return, a name or a character it does not know, a tag that does not close as it opened, a file that ends
 * early, anything past a limit) throws {@link GiveWay} before an event is given for it: the caller then reads the
 * part again from its start with the full parser ({@link XmlStream}, Woodstox), which decides on it as before.
 * Every document this cursor reads to its end (or to where the caller stops) is well-formed up to there, and gives
 * the events, names and values the full parser gives for it.
 *
 * <p>Why: a cold consolidate reads two worksheets of each of thousands of files; Woodstox, compiled by C1 in a fresh
 * JVM, decodes every byte into characters, resolves every namespace and builds every attribute value, and was about
 * half of the reading threads' time (docs/performance.md, "h24-consolidate").
 */
final class PlainXml implements XmlCursor {
    /** Thrown when the part is outside the plain form: read it again with the full parser. */
    static final class GiveWay extends RuntimeException {
        GiveWay(String why) {
            super(why, null, false, false);
        }
    }

    private static final int MAX_ATTRIBUTES = 64;
    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "\\s+version\\s*=\\s*(\"1\\.0\"|'1\\.0')"
            + "(\\s+encoding\\s*=\\s*(\"(?i:utf-8)\"|'(?i:utf-8)'))?"
            + "(\\s+standalone\\s*=\\s*(\"(yes|no)\"|'(yes|no)'))?[ \t\n]*");
    private static final int MAX_TAG_BYTES = 1 << 16;
    /** A text longer than this is given in more than one event, as the full parser does (so caps see it grow). */
    private static final int TEXT_SEGMENT = 8192;

    private final BoundedZip zip;
    private final String part;
    private final InputStream in;
    private final ReadLimits.Content caps;

    private byte[] buf = new byte[16384];
    private int pos;
    private int limit;
    private boolean eof;
    private long bytesRead;

    // the current event
    private int event = XMLStreamConstants.START_DOCUMENT;
    private String local;
    private final int[] attrName = new int[MAX_ATTRIBUTES];
    private final String[] attrLocal = new String[MAX_ATTRIBUTES];
    private final String[] attrQName = new String[MAX_ATTRIBUTES];
    private final boolean[] attrPrefixed = new boolean[MAX_ATTRIBUTES];
    private final int[] attrStart = new int[MAX_ATTRIBUTES];
    private final int[] attrEnd = new int[MAX_ATTRIBUTES];
    private int attrs;
    private final StringBuilder text = new StringBuilder();
    private boolean textRaw;
    private int textStart;
    private int textEnd;

    // the document's state
    private String[] open = new String[16];
    private String[] openLocal = new String[16];
    private int depth;
    private boolean pendingEnd;
    private boolean started;
    private boolean rootClosed;
    private boolean ended;
    private String[] prefixes = new String[0];
    private final String[] declared = new String[MAX_ATTRIBUTES];
    private int declarations;
    private final Names names = new Names();

    private PlainXml(BoundedZip zip, String part, InputStream in) {
        this.zip = zip;
        this.part = part;
        this.in = in;
        this.caps = zip.limits().content();
    }

    /** A cursor over a part's stream (closed with the cursor). */
    static PlainXml over(BoundedZip zip, String part, InputStream in) {
        return new PlainXml(zip, part, in);
    }

    /** What a part reader does with a cursor. */
    interface Parse<T> {
        T parse(XmlCursor x) throws ReadFailure;
    }

    /**
     * Parses a part with this cursor or, when it gives way, again from the part's start with the full parser;
     * empty when the zip has no such part.
     */
    static <T> java.util.Optional<T> parse(BoundedZip zip, String part, Parse<T> parse) throws ReadFailure {
        java.util.Optional<InputStream> in = zip.open(part);
        if (in.isEmpty()) {
            return java.util.Optional.empty();
        }
        try (PlainXml x = over(zip, part, in.get())) {
            try {
                return java.util.Optional.of(parse.parse(x));
            } catch (GiveWay g) {
                zip.readAgain(x.bytesRead());
            }
        }
        java.util.Optional<XmlStream> xml = XmlStream.open(zip, part);
        if (xml.isEmpty()) {
            return java.util.Optional.empty();
        }
        try (XmlStream x = xml.get()) {
            return java.util.Optional.of(parse.parse(x));
        }
    }

    /** Inflated bytes taken from the part's stream so far (they count again when the part is read again). */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public boolean hasNext() {
        return !ended;
    }

    @Override
    public int next() throws ReadFailure {
        if (ended) {
            throw new GiveWay("past the end");
        }
        event = advance();
        return event;
    }

    private int advance() throws ReadFailure {
        if (pendingEnd) {
            pendingEnd = false;
            return closeElement();
        }
        if (!started) {
            started = true;
            prolog();
        }
        if (depth == 0) {
            skipSpace();
            if (!ensure(1)) {
                if (!rootClosed) {
                    throw new GiveWay("no root element");
                }
                ended = true;
                return XMLStreamConstants.END_DOCUMENT;
            }
            if (buf[pos] != '<' || rootClosed) {
                throw new GiveWay("content outside the root element");
            }
        } else if (!ensure(1)) {
            throw new GiveWay("the part ends inside an element");
        }
        if (buf[pos] == '<') {
            return tag();
        }
        return characters();
    }

    /** An optional UTF-8 byte order mark, then an optional XML declaration naming version 1.0 and UTF-8. */
    private void prolog() throws ReadFailure {
        if (ensure(3) && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB && (buf[pos + 2] & 0xff) == 0xBF) {
            pos += 3;
        }
        if (!ensure(6) || !startsWith("<?xml") || !isSpace(buf[pos + 5])) {
            return;
        }
        int end = find((byte) '?', (byte) '>', 512);
        String decl = new String(buf, pos + 5, end - pos - 5, StandardCharsets.US_ASCII);
        if (!DECLARATION.matcher(decl).matches()) {
            throw new GiveWay("XML declaration");
        }
        pos = end + 2;
    }

    private boolean startsWith(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index of {@code a b} from {@code pos}, within {@code max} bytes, the bytes kept in the buffer. */
    private int find(byte a, byte b, int max) throws ReadFailure {
        for (int i = pos; ; i++) {
            if (i - pos > max) {
                throw new GiveWay("too long");
            }
            if (i + 1 >= limit) {
                int off = i - pos;
                if (!ensure(off + 2)) {
                    throw new GiveWay("unterminated");
                }
                i = pos + off;
            }
            if (buf[i] == a && buf[i + 1] == b) {
                return i;
            }
        }
    }

    private void skipSpace() throws ReadFailure {
        while (true) {
            if (pos >= limit && !ensure(1)) {
                return;
            }
            byte c = buf[pos];
            if (c == ' ' || c == '\n' || c == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private int closeElement() {
        local = openLocal[--depth];
        attrs = 0;
        if (depth == 0) {
            rootClosed = true;
        }
        return XMLStreamConstants.END_ELEMENT;
    }

    private int tag() throws ReadFailure {
        // most tags are short: kept whole in the buffer and parsed in one pass; a longer one is found whole first
        if (limit - pos < 2048) {
            ensure(2048);
        }
        int r = tagWithin(limit);
        if (r < 0) {
            int end = tagEnd();
            r = tagWithin(end + 1);
            if (r < 0) {
                throw new GiveWay("tag");
            }
        }
        return r;
    }

    /** Parses the tag at {@code pos} if it ends before {@code bound}; -1 when it does not (nothing is changed). */
    private int tagWithin(int bound) throws ReadFailure {
        if (pos + 2 >= bound) {
            return -1;
        }
        byte second = buf[pos + 1];
        if (second == '/') {
            int p = pos + 2;
            int nameEnd = nameEnd(p, bound);
            int q = spaces(nameEnd, bound);
            if (q >= bound) {
                return -1;
            }
            String qname = names.of(buf, p, nameEnd);
            if (buf[q] != '>' || depth == 0 || !qname.equals(open[depth - 1])) {
                throw new GiveWay("end tag");
            }
            pos = q + 1;
            return closeElement();
        }
        if (second == '!' || second == '?') {
            throw new GiveWay("comment, CDATA, DOCTYPE or processing instruction");
        }
        int p = pos + 1;
        int nameEnd = nameEnd(p, bound);
        if (nameEnd >= bound) {
            return -1;
        }
        String qname = names.of(buf, p, nameEnd);
        String qlocal = names.lastLocal();
        p = nameEnd;
        attrs = 0;
        declarations = 0;
        boolean empty = false;
        int end;
        while (true) {
            int q = spaces(p, bound);
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
                    throw new GiveWay("'/' in a tag");
                }
                empty = true;
                end = q + 1;
                break;
            }
            if (q == p || attrs == MAX_ATTRIBUTES) {
                throw new GiveWay("attribute");
            }
            int an = nameEnd(q, bound);
            int eq = spaces(an, bound);
            if (eq >= bound) {
                return -1;
            }
            if (buf[eq] != '=') {
                throw new GiveWay("attribute");
            }
            int v = spaces(eq + 1, bound);
            if (v >= bound) {
                return -1;
            }
            if (buf[v] != '"' && buf[v] != '\'') {
                throw new GiveWay("attribute");
            }
            byte quote = buf[v];
            int ve = v + 1;
            boolean decode = false;
            while (ve < bound && buf[ve] != quote) {
                byte b = buf[ve];
                if (b == '<' || b == '\t' || b == '\n' || b == '\r') {
                    throw new GiveWay("attribute value");
                }
                decode |= b < 0x20 || b == '&';
                ve++;
            }
            if (ve >= bound) {
                return -1;
            }
            if (ve - v - 1 > caps.maxAttributeChars()) {
                throw new GiveWay("attribute value");
            }
            if (decode) {
                value(v + 1, ve); // every value is checked as the full parser checks it, asked for or not
            }
            String aq = names.of(buf, q, an);
            String al = names.lastLocal();
            if (aq.equals("xmlns") || aq.startsWith("xmlns:")) {
                // a namespace declaration, not an attribute (the full parser does not list it either)
                if (depth != 0 || declarations == MAX_ATTRIBUTES) {
                    throw new GiveWay("namespace declaration below the root");
                }
                if (aq.length() > 5) {
                    String prefix = aq.substring(6);
                    if (v + 1 == ve || prefix.equals("xml") || prefix.equals("xmlns")) {
                        throw new GiveWay("namespace declaration");
                    }
                    declared[declarations++] = prefix;
                }
                p = ve + 1;
                continue;
            }
            attrName[attrs] = q;
            attrQName[attrs] = aq;
            attrLocal[attrs] = al;
            attrPrefixed[attrs] = attrLocal[attrs] != aq;
            attrStart[attrs] = v + 1;
            attrEnd[attrs] = ve;
            attrs++;
            p = ve + 1;
        }
        checkNames(qname);
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            openLocal = Arrays.copyOf(openLocal, depth * 2);
        }
        if (depth + 1 > caps.maxXmlDepth()) {
            throw new GiveWay("depth");
        }
        local = qlocal;
        openLocal[depth] = local;
        open[depth++] = qname;
        pendingEnd = empty;
        pos = end + 1;
        return XMLStreamConstants.START_ELEMENT;
    }

    /**
     * Namespaces as the full parser checks them, narrowed: declarations on the root element only, every prefix used
     * declared there, and no two attributes with the same local name (the full parser decides on those).
     */
    private void checkNames(String qname) {
        if (depth == 0) {
            prefixes = Arrays.copyOf(declared, declarations);
        }
        checkPrefix(qname, false);
        for (int i = 0; i < attrs; i++) {
            checkPrefix(attrQName[i], true);
            for (int j = 0; j < i; j++) {
                if (attrLocal[j].equals(attrLocal[i])) {
                    throw new GiveWay("two attributes with one local name");
                }
            }
        }
    }

    private void checkPrefix(String qname, boolean attribute) {
        int colon = qname.indexOf(':');
        if (colon < 0) {
            return;
        }
        String prefix = qname.substring(0, colon);
        if (attribute && prefix.equals("xml")) {
            return;
        }
        for (String p : prefixes) {
            if (p.equals(prefix)) {
                return;
            }
        }
        throw new GiveWay("undeclared prefix");
    }

    /** The index of the tag's closing {@code >}, the whole tag kept in the buffer. */
    private int tagEnd() throws ReadFailure {
        byte quote = 0;
        for (int i = pos + 1; ; i++) {
            if (i >= limit) {
                int off = i - pos;
                if (off > MAX_TAG_BYTES || !ensure(off + 1)) {
                    throw new GiveWay("tag too long or unterminated");
                }
                i = pos + off;
            }
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
                throw new GiveWay("'<' in a tag");
            }
        }
    }

    /** The end of a name starting at {@code p}: ASCII letters, digits, {@code _ - .}, one colon inside. */
    private int nameEnd(int p, int end) {
        int i = p;
        int colon = -1;
        while (i < end) {
            byte c = buf[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                    || (i > p && ((c >= '0' && c <= '9') || c == '-' || c == '.'))) {
                i++;
            } else if (c == ':' && colon < 0 && i > p) {
                colon = i++;
            } else {
                break;
            }
        }
        if (i == p || colon == i - 1 || (colon > 0 && !nameStart(buf[colon + 1]))) {
            throw new GiveWay("name");
        }
        return i;
    }

    private static boolean nameStart(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private int spaces(int p, int end) {
        while (p < end && (buf[p] == ' ' || buf[p] == '\n' || buf[p] == '\t' || buf[p] == '\r')) {
            p++;
        }
        return p;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t';
    }

    private static String localPart(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /** Text up to the next tag (or a segment of it), entities and UTF-8 decoded. */
    private int characters() throws ReadFailure {
        attrs = 0;
        // the usual text: plain ASCII up to a '<' already in the buffer, kept where it lies
        for (int i = pos; i < limit; i++) {
            byte c = buf[i];
            if (c == '<') {
                textRaw = true;
                textStart = pos;
                textEnd = i;
                pos = i;
                return XMLStreamConstants.CHARACTERS;
            }
            if ((c < 0x20 && c != '\n' && c != '\t') || c == '&' || c == ']') {
                break;
            }
        }
        textRaw = false;
        text.setLength(0);
        while (text.length() < TEXT_SEGMENT) {
            if (pos >= limit && !ensure(1)) {
                throw new GiveWay("the part ends inside an element");
            }
            byte c = buf[pos];
            if (c == '<') {
                break;
            }
            if (c >= 0x20 && c != '&' && c != ']') {
                text.append((char) c);
                pos++;
            } else if (c == '\n' || c == '\t') {
                text.append((char) c);
                pos++;
            } else if (c == '&') {
                ensure(12);
                pos = entity(pos, limit, text);
            } else if (c == ']') {
                if (ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                    throw new GiveWay("']]>' in text");
                }
                text.append(']');
                pos++;
            } else if (c < 0) {
                ensure(4);
                pos = utf8(pos, limit, text);
            } else {
                throw new GiveWay("control character or carriage return");
            }
        }
        return XMLStreamConstants.CHARACTERS;
    }

    /** Decodes the entity or character reference at {@code p}, before {@code end}; the index after it. */
    private int entity(int p, int end, StringBuilder out) {
        int semi = -1;
        for (int i = p + 1; i < Math.min(end, p + 12); i++) {
            if (buf[i] == ';') {
                semi = i;
                break;
            }
        }
        if (semi < 0) {
            throw new GiveWay("entity");
        }
        int n = semi - p - 1;
        if (n == 2 && buf[p + 1] == 'l' && buf[p + 2] == 't') {
            out.append('<');
        } else if (n == 2 && buf[p + 1] == 'g' && buf[p + 2] == 't') {
            out.append('>');
        } else if (n == 3 && buf[p + 1] == 'a' && buf[p + 2] == 'm' && buf[p + 3] == 'p') {
            out.append('&');
        } else if (n == 4 && buf[p + 1] == 'q' && buf[p + 2] == 'u' && buf[p + 3] == 'o' && buf[p + 4] == 't') {
            out.append('"');
        } else if (n == 4 && buf[p + 1] == 'a' && buf[p + 2] == 'p' && buf[p + 3] == 'o' && buf[p + 4] == 's') {
            out.append('\'');
        } else if (n >= 2 && buf[p + 1] == '#') {
            int cp = 0;
            boolean hex = buf[p + 2] == 'x';
            int from = p + (hex ? 3 : 2);
            if (from == semi) {
                throw new GiveWay("character reference");
            }
            for (int i = from; i < semi; i++) {
                int d = hex ? Character.digit(buf[i], 16) : Character.digit(buf[i], 10);
                if (d < 0) {
                    throw new GiveWay("character reference");
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (!xmlChar(cp)) {
                throw new GiveWay("character reference");
            }
            out.appendCodePoint(cp);
        } else {
            throw new GiveWay("entity");
        }
        return semi + 1;
    }

    /** A character XML 1.0 allows. */
    private static boolean xmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Decodes one UTF-8 sequence at {@code p}, before {@code end} (well-formed, shortest form, an XML character). */
    private int utf8(int p, int end, StringBuilder out) {
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
            throw new GiveWay("UTF-8");
        }
        if (p + n >= end) {
            throw new GiveWay("UTF-8");
        }
        for (int i = 1; i <= n; i++) {
            int b = buf[p + i] & 0xff;
            if ((b & 0xC0) != 0x80) {
                throw new GiveWay("UTF-8");
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || !xmlChar(cp)) {
            throw new GiveWay("UTF-8");
        }
        out.appendCodePoint(cp);
        return p + n + 1;
    }

    /** The current text event's characters. */
    String textOfEvent() {
        return textRaw ? new String(buf, textStart, textEnd - textStart, StandardCharsets.ISO_8859_1) : text.toString();
    }

    @Override
    public String local() {
        return local;
    }

    @Override
    public String attr(String localName) {
        for (int i = 0; i < attrs; i++) {
            if (localName.equals(attrLocal[i])) {
                return value(attrStart[i], attrEnd[i]);
            }
        }
        return null;
    }

    /** The attribute with this local name and a prefix (so in a namespace: prefixes are declared), or null. */
    @Override
    public String qualifiedAttr(String localName) {
        for (int i = 0; i < attrs; i++) {
            if (attrPrefixed[i] && localName.equals(attrLocal[i])) {
                return value(attrStart[i], attrEnd[i]);
            }
        }
        return null;
    }

    private String value(int from, int to) {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c < 0x20 || c == '&') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            byte c = buf[i];
            if (c == '&') {
                i = entity(i, to, sb);
            } else if (c < 0) {
                i = utf8(i, to, sb);
            } else if (c < 0x20) {
                throw new GiveWay("control character in an attribute value");
            } else {
                sb.append((char) c);
                i++;
            }
        }
        return sb.toString();
    }

    @Override
    public String text() throws ReadFailure {
        return text(caps.maxTextChars(), "un testo");
    }

    @Override
    public String formula() throws ReadFailure {
        return text(caps.maxFormulaChars(), "una formula");
    }

    private String text(int max, String what) throws ReadFailure {
        // one text event is the usual content (a value, a formula): its String without a builder
        String single = null;
        StringBuilder sb = null;
        int d = 1;
        while (d > 0 && hasNext()) {
            int ev = next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> d++;
                case XMLStreamConstants.END_ELEMENT -> d--;
                case XMLStreamConstants.CHARACTERS -> {
                    String t = textOfEvent();
                    if (single == null && sb == null) {
                        single = t;
                    } else {
                        if (sb == null) {
                            sb = new StringBuilder(single);
                            single = null;
                        }
                        sb.append(t);
                    }
                    checkLength(sb != null ? sb.length() : single.length(), max, what);
                }
                default -> {
                }
            }
        }
        return sb != null ? sb.toString() : single != null ? single : "";
    }

    @Override
    public void checkLength(int length, int max, String what) throws ReadFailure {
        if (length > max) {
            throw ReadFailure.limit(what + " di oltre " + ReadFailure.count(max, "carattere", "caratteri") + " in " + part,
                    part + ": text longer than " + max + " characters");
        }
    }

    @Override
    public ReadLimits.Content caps() {
        return caps;
    }

    /**
     * Makes {@code n} bytes from {@code pos} available (moving the unread bytes to the buffer's start, growing it
     * when needed); false when the part ends first. A failure of the stream is a cap hit (thrown as it is) or
     * something the full parser is to meet for itself.
     */
    private boolean ensure(int n) throws ReadFailure {
        if (limit - pos >= n) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
        while (limit < n) {
            int r;
            try {
                r = in.read(buf, limit, buf.length - limit);
            } catch (IOException e) {
                ReadFailure f = zip.translate(e, part);
                if (f.problem() != ReadProblem.XML_CORROTTO) {
                    throw f;
                }
                throw new GiveWay("stream");
            }
            if (r < 0) {
                eof = true;
                return false;
            }
            limit += r;
            bytesRead += r;
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only stream: nothing to lose
        }
    }

    /** Names seen in this part, one String each (a part repeats a few names thousands of times). */
    private static final class Names {
        /** The one-letter names ({@code c}, {@code v}, {@code r}, {@code s}, {@code t}) without hashing. */
        private static final String[] ONE_LETTER = new String[128];

        static {
            for (int i = 0; i < 128; i++) {
                ONE_LETTER[i] = String.valueOf((char) i).intern();
            }
        }

        private final byte[][] keys = new byte[64][];
        private final String[] values = new String[64];
        private final String[] locals = new String[64];
        private String lastLocal;

        String of(byte[] b, int from, int to) {
            if (to - from == 1 && b[from] > 0) {
                lastLocal = ONE_LETTER[b[from]];
                return lastLocal;
            }
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            int slot = (h ^ (h >>> 7)) & 63;
            byte[] k = keys[slot];
            if (k != null && Arrays.equals(k, 0, k.length, b, from, to)) {
                lastLocal = locals[slot];
                return values[slot];
            }
            String s = new String(b, from, to - from, StandardCharsets.US_ASCII);
            keys[slot] = Arrays.copyOfRange(b, from, to);
            values[slot] = s;
            locals[slot] = localPart(s);
            lastLocal = locals[slot];
            return s;
        }

        /** The local part of the name {@link #of} gave last (the same String when it has no prefix). */
        String lastLocal() {
            return lastLocal;
        }
    }
}
