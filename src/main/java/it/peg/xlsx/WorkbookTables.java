package it.peg.xlsx;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a worksheet's cells refer to by index: the shared strings (without phonetic runs, as POI's usermodel
 * reads them) and the number format of each cell style. Both are looked up once per index. Not thread-safe:
 * one per open workbook.
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

    /** Shared strings decoded once each, up to this many (a plan or summary has far fewer). */
    static final int MAX_CACHED_STRINGS = 1 << 18;

    private final ReadOnlySharedStringsTable strings;
    private final String[] decoded;
    private final Optional<StylesTable> styles;
    private final Map<Integer, Optional<NumberFormat>> formats = new HashMap<>();

    private WorkbookTables(ReadOnlySharedStringsTable strings, Optional<StylesTable> styles) {
        this.strings = strings;
        // the counts are what the file declares: a hostile one must not size an array (2,000,000,000 was an
        // OutOfMemoryError that ended the whole command); strings past the cap are decoded on each use
        int declared = strings.getUniqueCount() > 0 ? strings.getUniqueCount() : strings.getCount();
        this.decoded = new String[Math.max(0, Math.min(declared, MAX_CACHED_STRINGS))];
        this.styles = styles;
    }

    /** Reads the styles and the shared strings of an open package (either may be missing). */
    static WorkbookTables read(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        Optional<StylesTable> styles = Optional.ofNullable(new XSSFReader(pkg).getStylesTable());
        return new WorkbookTables(new ReadOnlySharedStringsTable(pkg, false), styles);
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
