package it.peg.bench;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The floor of reading: the JDK's zip and StAX over only the worksheet parts that hold the inputs
 * (known in advance, so not even {@code workbook.xml} is read), to their end, with no interpretation,
 * with either the JDK's StAX parser or Woodstox (the one peg's reader uses).
 * No real reader can do less work per file; the benchmark compares the others to it.
 */
final class FloorReader {
    private final XMLInputFactory factory;

    private FloorReader(XMLInputFactory factory) {
        this.factory = factory;
    }

    /** With the JDK's own StAX parser, as issue 6 words the floor. */
    static FloorReader jdk() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return new FloorReader(f);
    }

    /** With Woodstox, the parser peg's reader uses: the lower floor, the stricter of the two ratios ({@code x Woodstox}). */
    static FloorReader woodstox() {
        return new FloorReader(it.peg.readback.XmlStream.newWoodstoxFactory());
    }

    /** Streams the parts and returns the number of cells seen (so the work cannot be optimised away). */
    long read(Path file, List<String> parts) {
        long cells = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String part : parts) {
                ZipEntry e = zip.getEntry(part);
                if (e == null) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    XMLStreamReader x = factory.createXMLStreamReader(in);
                    while (x.hasNext()) {
                        if (x.next() == XMLStreamConstants.START_ELEMENT && "c".equals(x.getLocalName())) {
                            cells++;
                        }
                    }
                    x.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return cells;
    }
}
