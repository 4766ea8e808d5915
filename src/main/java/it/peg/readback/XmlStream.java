package it.peg.readback;

import it.peg.xlsx.SecureXml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A secure, namespace-agnostic StAX cursor over one part. DTDs and external entities are never
 * processed: a DOCTYPE or an entity reference refuses the file ({@link ReadProblem#XML_DTD_VIETATO}).
 * Elements and attributes are matched by local name, so transitional and strict OOXML read alike.
 */
public final class XmlStream implements XmlCursor {
    private final BoundedZip zip;
    private final String part;
    private final InputStream in;
    private final XMLStreamReader reader;

    private final ReadLimits.Content caps;

    private XmlStream(BoundedZip zip, String part, InputStream in, XMLStreamReader reader) {
        this.zip = zip;
        this.part = part;
        this.in = in;
        this.reader = reader;
        this.caps = zip.limits().content();
        // the parser's own caps, per reader (the factory is shared): nesting and attribute length are bounded where
        // they are tokenised, before any of it reaches peg's code
        if (reader instanceof org.codehaus.stax2.XMLStreamReader2 r2) {
            r2.setProperty(com.ctc.wstx.api.WstxInputProperties.P_MAX_ELEMENT_DEPTH, caps.maxXmlDepth());
            r2.setProperty(com.ctc.wstx.api.WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, caps.maxAttributeChars());
        }
    }

    /**
     * One configured factory per thread: building one per part cost more than parsing the small parts
     * (the JDK's factory is not documented as thread-safe, so it is not shared between threads).
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlStream::newFactory);

    private static XMLInputFactory factory() {
        return FACTORY.get();
    }

    /** The shared secure Woodstox factory ({@link SecureXml}), refusing any external resource on top. */
    private static XMLInputFactory newFactory() {
        XMLInputFactory f = newWoodstoxFactory();
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /** A secure Woodstox factory, also used by the benchmark's floor so that both tokenise alike. */
    public static XMLInputFactory newWoodstoxFactory() {
        return SecureXml.newInputFactory();
    }

    /** Opens a part, or empty when the zip has none. */
    static Optional<XmlStream> open(BoundedZip zip, String part) throws ReadFailure {
        Optional<InputStream> in = zip.open(part);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new XmlStream(zip, part, in.get(), factory().createXMLStreamReader(in.get())));
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(in.get());
            throw translate(zip, e, part);
        }
    }

    /** A cursor over a part already inflated into memory (see {@link PartMemo}). */
    static XmlStream over(BoundedZip zip, String part, byte[] bytes) throws ReadFailure {
        InputStream in = new java.io.ByteArrayInputStream(bytes);
        try {
            return new XmlStream(zip, part, in, factory().createXMLStreamReader(in));
        } catch (XMLStreamException | RuntimeException e) {
            throw translate(zip, e, part);
        }
    }

    /** The next event, refusing DTDs and entity references. */
    @Override
    public int next() throws ReadFailure {
        try {
            int ev = reader.next();
            if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE
                    || ev == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new ReadFailure(ReadProblem.XML_DTD_VIETATO, part + ": DOCTYPE or entity");
            }
            return ev;
        } catch (XMLStreamException | RuntimeException e) {
            throw translate(zip, e, part);
        }
    }

    @Override
    public boolean hasNext() throws ReadFailure {
        try {
            return reader.hasNext();
        } catch (XMLStreamException | RuntimeException e) {
            throw translate(zip, e, part);
        }
    }

    /** Advances to the next start element; false at the end of the document. */
    @Override
    public boolean nextStart() throws ReadFailure {
        while (hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String local() {
        return reader.getLocalName();
    }

    /** The attribute with this local name, in any namespace (first match), or null. */
    @Override
    public String attr(String localName) {
        int n = reader.getAttributeCount();
        for (int i = 0; i < n; i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The attribute with this local name in a namespace (e.g. {@code r:id}), or null. */
    @Override
    public String qualifiedAttr(String localName) {
        int n = reader.getAttributeCount();
        for (int i = 0; i < n; i++) {
            String ns = reader.getAttributeNamespace(i);
            if (localName.equals(reader.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * The text inside the current start element up to its end, including the text of nested elements
     * (used for leaf elements: {@code v}, {@code t}), at most {@link ReadLimits.Content#maxTextChars()} characters.
     */
    @Override
    public String text() throws ReadFailure {
        return text(caps.maxTextChars(), "un testo");
    }

    /** As {@link #text()}, for a formula or a defined name's reference: at most the formula cap. */
    @Override
    public String formula() throws ReadFailure {
        return text(caps.maxFormulaChars(), "una formula");
    }

    /**
     * The text up to the element's end, refusing the file past {@code max} characters: the parser hands long text
     * over in segments, so no more than the cap (and one segment) is ever held.
     */
    private String text(int max, String what) throws ReadFailure {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && hasNext()) {
            int ev = next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    appendText(sb);
                    checkLength(sb.length(), max, what);
                }
                default -> {
                }
            }
        }
        return sb.toString();
    }

    /** Refuses the file when a text being gathered is longer than {@code max}. */
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
     * The failure behind a parser exception: the parser's own caps (nesting, attribute length) named as the limit
     * they are, anything else as {@link BoundedZip#translate} says.
     */
    private static ReadFailure translate(BoundedZip zip, Exception e, String part) {
        String m = String.valueOf(e.getMessage());
        ReadLimits.Content caps = zip.limits().content();
        if (e instanceof XMLStreamException && m.contains("Maximum Element Depth limit")) {
            return ReadFailure.limit("più di " + ReadFailure.count(caps.maxXmlDepth())
                    + " elementi XML annidati uno nell'altro in " + part, part + ": " + m);
        }
        if (e instanceof XMLStreamException && m.toLowerCase(java.util.Locale.ROOT).contains("attribute")
                && m.toLowerCase(java.util.Locale.ROOT).contains("limit")) {
            return ReadFailure.limit("un attributo XML di oltre " + ReadFailure.count(caps.maxAttributeChars())
                    + " caratteri in " + part, part + ": " + m);
        }
        return zip.translate(e, part);
    }

    /** Characters of the current text event. */
    void appendText(StringBuilder sb) throws ReadFailure {
        try {
            sb.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        } catch (com.ctc.wstx.exc.WstxLazyException e) {
            // Woodstox tokenises a text when it is asked for, and reports its errors then, unchecked: only that is
            // the file's malformed XML; any other exception is peg's own bug and stays one (h24-review)
            throw translate(zip, e.getCause() instanceof Exception cause ? cause : e, part);
        }
    }

    @Override
    public String textOfEvent() throws ReadFailure {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    @Override
    public String part() {
        return part;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // read-only stream: nothing to lose
        }
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // read-only stream: nothing to lose
        }
    }
}
