package it.peg.xlsx;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a worksheet's cells refer to: by index, the shared strings (without phonetic runs, as POI's usermodel
 * reads them) and the number format of each cell style, both looked up once per index; and the workbook's date
 * system, which its date serials count in. Not thread-safe: one per open workbook.
 */
public final class WorkbookTables {
    /**
     * A cell style's number format as POI's usermodel gives it.
     *
     * @param index the format's id ({@code numFmtId})
     * @param code  the format string; empty when the id is neither built in nor defined in the workbook
     */
    public record NumberFormat(int index, Optional<String> code) {
    }

    private static final XMLInputFactory XML = SecureXml.newInputFactory();

    /** Shared strings decoded once each, up to this many (a plan or summary has far fewer). */
    static final int MAX_CACHED_STRINGS = 1 << 18;

    private final ReadOnlySharedStringsTable strings;
    private final String[] decoded;
    private final Optional<StylesTable> styles;
    private final Map<Integer, Optional<NumberFormat>> formats = new HashMap<>();
    private final boolean date1904;

    private WorkbookTables(ReadOnlySharedStringsTable strings, Optional<StylesTable> styles, boolean date1904) {
        this.strings = strings;
        this.date1904 = date1904;
        // the counts are what the file declares: a hostile one must not size an array (2,000,000,000 was an
        // OutOfMemoryError that ended the whole command); strings past the cap are decoded on each use
        int declared = strings.getUniqueCount() > 0 ? strings.getUniqueCount() : strings.getCount();
        this.decoded = new String[Math.max(0, Math.min(declared, MAX_CACHED_STRINGS))];
        this.styles = styles;
    }

    /** Reads the styles, the shared strings (either may be missing) and the date system of an open package. */
    static WorkbookTables read(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        XSSFReader reader = new XSSFReader(pkg);
        Optional<StylesTable> styles = Optional.ofNullable(reader.getStylesTable());
        boolean date1904;
        try (InputStream wb = reader.getWorkbookData()) {
            date1904 = date1904(wb);
        }
        return new WorkbookTables(new ReadOnlySharedStringsTable(pkg, false), styles, date1904);
    }

    /**
     * The workbook is in the 1904 date system ({@code <workbookPr date1904="1"/>}, old Mac workbooks): its date serials
     * count days from 1 January 1904, 1,462 fewer than the 1900 system's for the same day.
     */
    public boolean date1904() {
        return date1904;
    }

    private static boolean date1904(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader x = XML.createXMLStreamReader(workbookXml);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("workbookPr")) {
                    String v = x.getAttributeValue(null, "date1904");
                    return "1".equals(v) || "true".equalsIgnoreCase(v);
                }
                if (x.getEventType() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheets")) {
                    return false;
                }
            }
            return false;
        } finally {
            x.close();
        }
    }

    /** The text of a shared string (rich-text runs joined, {@code _xHHHH_} escapes decoded); throws when out of range. */
    public String sharedString(int index) {
        if (index >= 0 && index < decoded.length) {
            String s = decoded[index];
            if (s == null) {
                s = strings.getItemAt(index).getString();
                decoded[index] = s;
            }
            return s;
        }
        return strings.getItemAt(index).getString();
    }

    /** The number format of a cell style index; empty when the workbook has no styles or no such style. */
    public Optional<NumberFormat> numberFormat(int style) {
        if (styles.isEmpty() || style < 0 || style >= styles.get().getNumCellStyles()) {
            return Optional.empty(); // not cached: hostile style indexes must not grow the map
        }
        return formats.computeIfAbsent(style, i -> {
            if (styles.isEmpty() || i < 0 || i >= styles.get().getNumCellStyles()) {
                return Optional.empty();
            }
            try {
                XSSFCellStyle cellStyle = styles.get().getStyleAt(i);
                return cellStyle == null ? Optional.empty()
                        : Optional.of(new NumberFormat(cellStyle.getDataFormat(),
                        Optional.ofNullable(cellStyle.getDataFormatString())));
            } catch (RuntimeException e) {
                // POI parses a style's attributes when first asked: one that is no number (numFmtId="x") is a broken
                // file, not a fault of peg's; its format cannot be guessed (a percentage read as a plain number)
                throw new BrokenWorkbookException(e);
            }
        });
    }
}
