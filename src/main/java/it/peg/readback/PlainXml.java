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
final class PlainXml extends PlainBytes implements XmlCursor {
    /** Thrown when the part is outside the plain form: read it again with the full parser. */
    static final class GiveWay extends RuntimeException {
        GiveWay(String why) {
            super(why, null, false, false);
        }
    }

    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
            "\\s+version\\s*=\\s*(\"1\\.0\"|'1\\.0')"
            + "(\\s+encoding\\s*=\\s*(\"(?i:utf-8)\"|'(?i:utf-8)'))?"
            + "(\\s+standalone\\s*=\\s*(\"(yes|no)\"|'(yes|no)'))?[ \t\n]*");
    private static final int MAX_TAG_BYTES = 1 << 16;
    /** A text longer than this is given in more than one event, as the full parser does (so caps see it grow). */
    private static final int TEXT_SEGMENT = 8192;

    private final ReadLimits.Content caps;

    private final PlainScratch scratch;
    private boolean released;

    // the current event
    private int event = XMLStreamConstants.START_DOCUMENT;
    private String local;
    private final PlainTag tag;
    private final TextChild textChild = new TextChild();
    private char[] chars = new char[0];
    private int textLength;
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

    private PlainXml(BoundedZip zip, String part, InputStream in, PlainScratch scratch) {
        super(zip, part, in, scratch.buf);
        this.caps = zip.limits().content();
        this.scratch = scratch;
        tag = scratch.tag;
    }

    /** A cursor over a part's stream (closed with the cursor). */
    static PlainXml over(BoundedZip zip, String part, InputStream in) {
        return new PlainXml(zip, part, in, PlainScratch.take());
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
        if (!ensure(6) || !startsWith("<?xml") || !XmlBytes.isSpace(buf[pos + 5])) {
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
        int after = tag.parse(buf, pos, limit, depth, caps);
        if (after < 0) {
            int end = tagEnd(); // first: it may move the bytes (buf, pos)
            after = tag.parse(buf, pos, end + 1, depth, caps);
            if (after < 0) {
                throw new GiveWay("tag");
            }
        }
        pos = after;
        if (tag.endTag) {
            if (depth == 0 || !tag.qname.equals(open[depth - 1])) {
                throw new GiveWay("end tag");
            }
            return closeElement();
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            openLocal = Arrays.copyOf(openLocal, depth * 2);
        }
        if (depth + 1 > caps.maxXmlDepth()) {
            throw new GiveWay("depth");
        }
        local = tag.local;
        openLocal[depth] = local;
        open[depth++] = tag.qname;
        pendingEnd = tag.empty;
        return XMLStreamConstants.START_ELEMENT;
    }

    /** {@inheritDoc} Only in {@link TextChild}'s byte forms, and only where {@link #next} would read no more. */
    @Override
    public int skipTextChild(char child) throws ReadFailure {
        // ensure(1), then ensure(2048) when short: as advance() then tag() would for the child's start tag
        if (event != XMLStreamConstants.START_ELEMENT || pendingEnd || ended || depth + 1 > caps.maxXmlDepth()
                || !ensure(1) || buf[pos] != '<') {
            return 0;
        }
        if (limit - pos < 2048) {
            ensure(2048);
        }
        int end = textChild.match(buf, pos, limit, eof, child, open[depth - 1], caps.maxAttributeChars());
        if (end < 0) {
            return 0;
        }
        pos = end;
        event = closeElement();
        return textChild.events;
    }

    /** The index of the tag's closing {@code >}, the whole tag kept in the buffer. */
    private int tagEnd() throws ReadFailure {
        while (true) {
            int end = PlainTag.closing(buf, pos, limit);
            if (end >= 0) {
                return end;
            }
            int off = limit - pos;
            if (off > MAX_TAG_BYTES || !ensure(off + 1)) {
                throw new GiveWay("tag too long or unterminated");
            }
        }
    }

    /** Text up to the next tag (or a segment of it), entities and UTF-8 decoded. */
    private int characters() throws ReadFailure {
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
        // decoded into a char array (a StringBuilder's append per character cost a call each under C1)
        char[] cs = chars;
        int n = 0;
        while (n < TEXT_SEGMENT) {
            if (pos >= limit && !ensure(1)) {
                throw new GiveWay("the part ends inside an element");
            }
            if (n + 2 > cs.length) {
                cs = chars = Arrays.copyOf(cs, Math.max(cs.length * 2, 64));
            }
            byte c = buf[pos];
            if (c == '<') {
                break;
            }
            if ((c >= 0x20 && c != '&' && c != ']') || c == '\n' || c == '\t') {
                cs[n++] = (char) c;
                pos++;
            } else if (c == '&' || c < 0) {
                ensure(c == '&' ? 12 : 4);
                long at = c == '&' ? XmlBytes.entityAt(buf, pos, limit) : XmlBytes.utf8At(buf, pos, limit);
                n += Character.toChars(XmlBytes.codePoint(at), cs, n);
                pos = XmlBytes.next(at);
            } else if (c == ']') {
                if (ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                    throw new GiveWay("']]>' in text");
                }
                cs[n++] = ']';
                pos++;
            } else {
                throw new GiveWay("control character or carriage return");
            }
        }
        textLength = n;
        return XMLStreamConstants.CHARACTERS;
    }

    @Override
    public String textOfEvent() {
        return textRaw ? new String(buf, textStart, textEnd - textStart, StandardCharsets.ISO_8859_1)
                : new String(chars, 0, textLength);
    }

    @Override
    public String local() {
        return local;
    }

    @Override
    public String attr(String localName) {
        return event == XMLStreamConstants.START_ELEMENT ? tag.attr(buf, localName) : null;
    }

    @Override
    public long attrRef(String localName) {
        return event == XMLStreamConstants.START_ELEMENT ? tag.ref(buf, localName) : CellAddress.packed(-1, -1);
    }

    @Override
    public int attrInt(String localName, int otherwise) {
        return event == XMLStreamConstants.START_ELEMENT ? tag.intValue(buf, localName, otherwise) : otherwise;
    }

    /** The attribute with this local name and a prefix (so in a namespace: prefixes are declared), or null. */
    @Override
    public String qualifiedAttr(String localName) {
        return event == XMLStreamConstants.START_ELEMENT ? tag.qualifiedAttr(buf, localName) : null;
    }

    @Override
    public String part() {
        return part;
    }

    @Override
    public ReadLimits.Content caps() {
        return caps;
    }

    @Override
    public void close() {
        if (!released) {
            released = true;
            scratch.giveBack(buf);
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only stream: nothing to lose
        }
    }
}
