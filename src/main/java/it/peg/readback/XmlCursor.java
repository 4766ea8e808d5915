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

    /** Advances to the next start element; false at the end of the document. */
    default boolean nextStart() throws ReadFailure {
        while (hasNext()) {
            if (next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** The text inside the current start element up to its end, nested elements' text included, capped. */
    String text() throws ReadFailure;

    /** As {@link #text()}, for a formula: at most the formula cap. */
    String formula() throws ReadFailure;

    /** Refuses the file when a text being gathered is longer than {@code max}. */
    void checkLength(int length, int max, String what) throws ReadFailure;

    ReadLimits.Content caps();

    @Override
    void close();
}
