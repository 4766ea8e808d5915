package it.peg.readback;

import javax.xml.stream.XMLStreamConstants;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The narrow cursor ({@link PlainXml}) against the full parser ({@link XmlStream}, Woodstox) on the same bytes, as
 * {@link PlainXmlTest} and {@link PlainXmlEdgeCasesTest} compare them: each event written as a line (a start element
 * as the test asks of it), texts merged as the readers gather them; on a document the cursor reads to its end, the same
 * lines as the full parser's, which reads it without error; where it gives way, the full parser's first lines.
 */
final class XmlAgreement {
    /** What a test asks of a start element, written after its name. */
    @FunctionalInterface
    interface StartElement {
        void describe(StringBuilder sb, XmlCursor x) throws ReadFailure;
    }

    /** What a cursor gave: one line per event, texts merged as the readers gather them; or where it stopped. */
    record Trace(List<String> events, String end) {
    }

    private final BoundedZip zip;
    private final StartElement start;
    private final boolean showDocument;

    /**
     * @param zip          the package whose limits the cursors count against
     * @param showDocument whether a failed agreement shows the whole document (not for documents of many KB)
     */
    XmlAgreement(BoundedZip zip, StartElement start, boolean showDocument) {
        this.zip = zip;
        this.start = start;
        this.showDocument = showDocument;
    }

    /**
     * A package of one small part, in {@code dir}, whose default limits the cursors count against: what both tests'
     * cursors are opened over.
     */
    static BoundedZip limitsPackage(java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = new RawPackage().put("a.xml", "<a/>").write(dir.resolve("limits.zip"));
        return BoundedZip.open(file, ReadLimits.defaults(), new Deadline(ReadLimits.defaults().timeBudget()));
    }

    Trace plain(InputStream in) {
        List<String> events = new ArrayList<>();
        try (PlainXml x = PlainXml.over(zip, "p.xml", in)) {
            while (x.hasNext()) {
                record(events, x.next(), x);
            }
            return new Trace(merge(events), "end");
        } catch (PlainXml.GiveWay g) {
            return new Trace(merge(events), "gave way");
        } catch (ReadFailure f) {
            return new Trace(merge(events), "failure " + f.problem());
        }
    }

    Trace full(byte[] doc) {
        List<String> events = new ArrayList<>();
        try (XmlStream x = XmlStream.over(zip, "p.xml", doc)) {
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.SPACE) {
                    ev = XMLStreamConstants.CHARACTERS;
                }
                if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT
                        || ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.END_DOCUMENT) {
                    record(events, ev, x);
                } else {
                    events.add("other " + ev);
                }
            }
            return new Trace(merge(events), "end");
        } catch (ReadFailure f) {
            return new Trace(merge(events), "failure " + f.problem());
        } catch (RuntimeException lazy) {
            // Woodstox reports some errors in a text only when the text is asked for, unchecked
            return new Trace(merge(events), "failure " + lazy.getClass().getSimpleName());
        }
    }

    private void record(List<String> events, int ev, XmlCursor x) throws ReadFailure {
        switch (ev) {
            case XMLStreamConstants.START_ELEMENT -> {
                StringBuilder sb = new StringBuilder("<" + x.local());
                start.describe(sb, x);
                events.add(sb.append('>').toString());
            }
            case XMLStreamConstants.END_ELEMENT -> events.add("</" + x.local() + ">");
            case XMLStreamConstants.CHARACTERS -> {
                if (x instanceof PlainXml p) {
                    events.add("text " + p.textOfEvent());
                } else {
                    StringBuilder sb = new StringBuilder();
                    ((XmlStream) x).appendText(sb);
                    events.add("text " + sb);
                }
            }
            case XMLStreamConstants.END_DOCUMENT -> events.add("end");
            default -> events.add("other " + ev);
        }
    }

    /** Adjacent texts as one (parsers split text where their buffers end), texts outside the root left out. */
    private static List<String> merge(List<String> events) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (String e : events) {
            if (e.startsWith("text ")) {
                if (depth == 0) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1).startsWith("text ")) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + e.substring(5));
                    continue;
                }
            } else if (e.startsWith("</")) {
                depth--;
            } else if (e.startsWith("<")) {
                depth++;
            }
            out.add(e);
        }
        return out;
    }

    /**
     * The agreement the tests promise, the narrow cursor reading {@code in} (the bytes of {@code doc}, given as the
     * test chooses); {@code true} when it read the document to its end.
     */
    boolean agree(byte[] doc, InputStream in, String label) {
        Trace p = plain(in);
        Trace f = full(doc);
        String shown = label + " (" + f.end() + ")";
        if (p.end().equals("end")) {
            String withDoc = showDocument ? shown + ": " + new String(doc, StandardCharsets.UTF_8) : shown;
            assertEquals(f.events(), p.events(), withDoc);
            assertEquals("end", f.end(), withDoc);
            return true;
        }
        if (p.end().equals("gave way")) {
            // the events given before it gave way are the full parser's first events (a text may be cut short)
            // (or fewer: the full parser decodes ahead of its events, and may fail on bytes past them sooner)
            List<String> given = p.events();
            for (int i = 0; i < given.size(); i++) {
                if (i >= f.events().size()) {
                    assertTrue(f.end().startsWith("failure"), shown + ": gave " + given + " but the full parser only "
                            + f.events());
                    break;
                }
                String a = given.get(i);
                String b = f.events().get(i);
                if (!a.equals(b) && !(i == given.size() - 1 && a.startsWith("text ") && b.startsWith(a))) {
                    assertEquals(b, a, shown + " event " + i);
                }
            }
            return false;
        }
        fail(shown + ": " + p.end());
        return false;
    }
}
