package it.peg.readback;

/**
 * What the part readers ask of a StAX-like cursor over one part: events, the current element's local name and
 * attributes, and the text up to an element's end. {@link XmlStream} (Woodstox) is the full parser;
 * {@link PlainXml} a narrow one for the plain form peg's and the offices' programs write, which gives way to the
 * full parser on anything else.
 */
interface XmlCursor extends AutoCloseable {
    boolean hasNext() throws ReadFailure;

    /** The next event ({@code XMLStreamConstants}). */
    int next() throws ReadFailure;

    /** The current element's local name. */
    String local();

    /** The attribute with this local name, in any namespace (first match), or null. */
    String attr(String localName);

    /** The attribute with this local name in a namespace (e.g. {@code r:id}), or null. */
    String qualifiedAttr(String localName);

    /**
     * The attribute with this local name as a cell reference: {@link CellAddress#rowOf} and
     * {@link CellAddress#columnOf} of it, packed ({@link CellAddress#packed}), each -1 when it is absent. As the
     * attribute's String gives them: {@link PlainXml} reads them from the bytes, without the String, in a worksheet's
     * every cell.
     */
    default long attrRef(String localName) {
        String v = attr(localName);
        return v == null ? CellAddress.packed(-1, -1)
                : CellAddress.packed(CellAddress.rowOf(v), CellAddress.columnOf(v));
    }

    /**
     * The attribute with this local name as {@code Integer.parseInt} reads it trimmed, {@code otherwise} when it is
     * absent or not a whole number (read from the bytes by {@link PlainXml}, as {@link #attrRef}).
     */
    default int attrInt(String localName, int otherwise) {
        String v = attr(localName);
        return v == null ? otherwise : XmlBytes.parseInt(v, otherwise);
    }

    /** Advances to the next start element; false at the end of the document. */
    default boolean nextStart() throws ReadFailure {
        while (hasNext()) {
            if (next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * At a start element whose whole content is one element named {@code child} (one ASCII letter) holding only text (a shared string's
     * {@code <t>}, a cell's {@code <v>}): consumes that content and the element's end, which becomes the current
     * event, as that many calls of {@link #next} would, and returns how many (3, or 4 with a text event); 0 when it
     * does not, and then nothing is consumed. For elements whose content the reader does not want: a worksheet's
     * unwanted cells and the shared strings no wanted cell uses were most of their parts' events (docs/performance.md,
     * "h27-read"). The full parser never does (0).
     */
    default int skipTextChild(char child) throws ReadFailure {
        return 0;
    }

    /** The current text event's characters. */
    String textOfEvent() throws ReadFailure;

    /** The text inside the current start element up to its end, nested elements' text included, capped. */
    default String text() throws ReadFailure {
        return text(caps().maxTextChars(), "un testo");
    }

    /** As {@link #text()}, for a formula: at most the formula cap. */
    default String formula() throws ReadFailure {
        return text(caps().maxFormulaChars(), "una formula");
    }

    /** The part's name, for messages. */
    String part();

    /** Refuses the file when a text being gathered is longer than {@code max}. */
    default void checkLength(int length, int max, String what) throws ReadFailure {
        if (length > max) {
            throw ReadFailure.limit(what + " di oltre " + ReadFailure.count(max, "carattere", "caratteri") + " in "
                    + part(), part() + ": text longer than " + max + " characters");
        }
    }

    /** The text up to the element's end, refusing the file past {@code max} characters. */
    private String text(int max, String what) throws ReadFailure {
        // one text event is the usual content (a value, a formula): its String without a builder
        String single = null;
        StringBuilder sb = null;
        int d = 1;
        while (d > 0 && hasNext()) {
            switch (next()) {
                case javax.xml.stream.XMLStreamConstants.START_ELEMENT -> d++;
                case javax.xml.stream.XMLStreamConstants.END_ELEMENT -> d--;
                case javax.xml.stream.XMLStreamConstants.CHARACTERS -> {
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

    ReadLimits.Content caps();

    @Override
    void close();

    /** What a part reader does with a cursor. */
    interface Parse<T> {
        T parse(XmlCursor x) throws ReadFailure;
    }

    /**
     * Parses a part with the narrow cursor ({@link PlainXml}) or, when it gives way, again from the part's start
     * with the full parser; empty when the zip has no such part.
     */
    static <T> java.util.Optional<T> parse(BoundedZip zip, String part, Parse<T> parse) throws ReadFailure {
        java.util.Optional<java.io.InputStream> in = zip.open(part);
        if (in.isEmpty()) {
            return java.util.Optional.empty();
        }
        try (PlainXml x = PlainXml.over(zip, part, in.get())) {
            try {
                return java.util.Optional.of(parse.parse(x));
            } catch (PlainXml.GiveWay g) {
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
}
