package it.peg.xlsx;

import it.peg.xlsx.WorkbookTables.NumberFormat;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * An .xlsx workbook read without POI's usermodel: each worksheet part is streamed by {@link WorksheetCells} one row
 * at a time, so the plan of thousands of services never exists as a tree of cell objects. Shared strings and
 * number formats come from {@link WorkbookTables}; a cell's value and type follow POI's XSSFCell exactly (a
 * formula's cached value, a numeric cell without value is blank, a boolean is true only for "1").
 */
final class StreamedWorkbook implements ExcelWorkbook {
    private final OPCPackage pkg;
    private final List<String> names = new ArrayList<>();
    private final List<PackagePart> parts = new ArrayList<>();
    private final boolean date1904;
    private final WorkbookTables tables;
    private final List<WorksheetCells> open = new ArrayList<>();

    private StreamedWorkbook(OPCPackage pkg) throws Exception {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
                parts.add(it.getSheetPart());
            }
        }
        tables = WorkbookTables.read(pkg);
        date1904 = tables.date1904();
    }

    /** Opens an .xlsx (OOXML) file for reading; the caller closes it. */
    static StreamedWorkbook open(File file) throws Exception {
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            return new StreamedWorkbook(pkg);
        } catch (Exception | LinkageError e) {
            pkg.revert();
            throw e;
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public ExcelSheet sheet(int index) {
        String name = names.get(index);
        PackagePart part = parts.get(index);
        return new ExcelSheet() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Iterator<ExcelRow> rows() {
                try {
                    WorksheetCells cells = WorksheetCells.open(part.getInputStream(), tables);
                    open.add(cells);
                    return new Rows(cells, date1904);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (XMLStreamException e) {
                    throw new BrokenWorkbookException(e);
                }
            }
        };
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void close() {
        open.forEach(WorksheetCells::close);
        pkg.revert();
    }

    /** The rows of one worksheet part, parsed on demand. */
    private static final class Rows implements Iterator<ExcelRow> {
        private final WorksheetCells cells;
        private final boolean date1904;
        private ExcelRow next;
        private boolean done;

        Rows(WorksheetCells cells, boolean date1904) {
            this.cells = cells;
            this.date1904 = date1904;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    next = read();
                } catch (XMLStreamException e) {
                    throw new BrokenWorkbookException(e);
                }
                done = next == null;
            }
            return next != null;
        }

        @Override
        public ExcelRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ExcelRow r = next;
            next = null;
            return r;
        }

        private ExcelRow read() throws XMLStreamException {
            if (!cells.nextRow()) {
                return null;
            }
            List<ExcelCell> row = new ArrayList<>();
            for (Optional<WorksheetCell> c = cells.nextCell(); c.isPresent(); c = cells.nextCell()) {
                int col = c.get().col();
                while (row.size() <= col) {
                    row.add(null);
                }
                row.set(col, cell(c.get(), date1904));
            }
            return new ExcelRow(cells.row(), row.toArray(new ExcelCell[0]));
        }
    }

    /** A cell as XSSFCell would read it (a sheet's own interpretation: the readers of summaries differ). */
    private static ExcelCell cell(WorksheetCell c, boolean date1904) {
        int fi = c.format().map(NumberFormat::index).orElse(-1);
        String f = c.format().flatMap(NumberFormat::code).orElse("");
        boolean formula = c.formula().isPresent() && !"dataTable".equals(c.formulaType());
        String value = c.value().orElse(null);
        String ft = c.formula().orElse("");
        if (formula && (value == null || value.isBlank() && c.type().equals("n"))) {
            // a formula with no cached value (a program wrote it and nothing calculated it): no value at all
            return new ExcelCell(ExcelCell.Kind.BLANK, true, "", 0, false, fi, f, ft, "");
        }
        return switch (c.type()) {
            case "s" -> new ExcelCell(ExcelCell.Kind.TEXT, formula, c.text().orElse(""), 0, false, fi, f, ft, "");
            case "inlineStr", "str" -> new ExcelCell(ExcelCell.Kind.TEXT, formula, decode(c.text().orElse("")), 0, false,
                    fi, f, ft, "");
            case "b" -> new ExcelCell(ExcelCell.Kind.BOOLEAN, formula, "", 0, "1".equals(value), fi, f, ft, "");
            case "e" -> new ExcelCell(ExcelCell.Kind.ERROR, formula, "", 0, false, fi, f, ft, value == null ? "" : value);
            case "d" -> ExcelCell.ofIsoDate(value, date1904, fi, f, formula, ft);
            case "n" -> ExcelCell.ofStoredNumber(value == null ? "" : value, fi, f, formula, ft);
            default -> new ExcelCell(ExcelCell.Kind.TEXT, formula, value == null ? "" : value, 0, false, fi, f, ft, "");
        };
    }

    /** Excel's _xHHHH_ escapes, decoded as the usermodel decodes them (only when present: the common case is fast). */
    private static String decode(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }
}
