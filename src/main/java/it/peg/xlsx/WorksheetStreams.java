package it.peg.xlsx;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

import javax.xml.stream.XMLStreamException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The worksheets of an .xlsx file streamed cell by cell ({@link WorksheetCells}), for a reader that keeps a few columns
 * of many rows and must not build the workbook in memory (the nightly merge reads the summary's Obiettivi sheet, 6,000
 * rows at 2,000 services, whenever the Nucleo saved it). The package, its parts and its tables stay here.
 */
public final class WorksheetStreams {
    private WorksheetStreams() {
    }

    /** What to read of a workbook's sheets: which ones, and what to do with the cells of each. */
    public interface SheetVisitor {
        /** Whether the sheet of this name (as the workbook writes it) is to be read. */
        boolean wants(String sheetName);

        /** Reads the cells of a wanted sheet; the cursor is closed afterwards. */
        void read(String sheetName, WorksheetCells cells) throws XMLStreamException;
    }

    /**
     * Streams every sheet {@code visitor} wants, in the workbook's order, read-only.
     *
     * @throws UnreadableWorkbookException the file is not an .xlsx package, a part is missing or damaged, or its XML
     *                                     is not what a worksheet holds (a hostile file's value included): the cause
     *                                     says which, for the log
     */
    public static void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            WorkbookTables tables = null; // read once, and only when a sheet is wanted
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (visitor.wants(name)) {
                        tables = tables == null ? WorkbookTables.read(pkg) : tables;
                        try (WorksheetCells cells = WorksheetCells.open(in, tables)) {
                            readWith(visitor, name, cells);
                        }
                    }
                }
            }
        } catch (VisitorFault f) {
            throw f.bug; // the reader's own code failed: a fault of peg's, never "your file is damaged"
        } catch (Exception e) { // RuntimeException too: POI's and the parser's, for a damaged or hostile file
            throw new UnreadableWorkbookException(e);
        }
    }

    /**
     * The visitor's reading: what the file's XML makes fail (the cursor's {@link XMLStreamException}, also wrapped
     * in the parser's lazy unchecked one, a {@link BrokenWorkbookException}) is the file's; anything else the
     * visitor throws is a bug of the visitor, passed on as such.
     */
    private static void readWith(SheetVisitor visitor, String name, WorksheetCells cells) throws XMLStreamException {
        try {
            visitor.read(name, cells);
        } catch (BrokenWorkbookException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof XMLStreamException) {
                throw e; // Woodstox's WstxLazyException: a parse error found while a text was read
            }
            throw new VisitorFault(e);
        }
    }

    /** A visitor's bug, carried past the catch that makes the file's own problems "unreadable". */
    private static final class VisitorFault extends RuntimeException {
        final RuntimeException bug;

        VisitorFault(RuntimeException bug) {
            super(bug);
            this.bug = bug;
        }
    }
}
