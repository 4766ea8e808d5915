package it.peg.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A workbook opened whole with POI's usermodel ({@link Workbook}): the path for .xls files, and the reference the
 * streamed reader ({@link StreamedWorkbook}) agrees with. Cells are typed as POI's usermodel types them.
 */
final class UsermodelWorkbook implements ExcelWorkbook {
    private final Workbook wb;
    /** Releases the file the way it was opened (a read-only package is reverted, never saved). */
    private final Runnable release;

    UsermodelWorkbook(Workbook wb, Runnable release) {
        this.wb = wb;
        this.release = release;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    @Override
    public ExcelSheet sheet(int index) {
        Sheet sheet = wb.getSheetAt(index);
        return new ExcelSheet() {
            @Override
            public String name() {
                return sheet.getSheetName();
            }

            @Override
            public Iterator<ExcelRow> rows() {
                Iterator<Row> rows = sheet.rowIterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public ExcelRow next() {
                        return row(rows.next());
                    }
                };
            }
        };
    }

    @Override
    public boolean date1904() {
        return date1904(wb);
    }

    /** The workbook's date system, also an .xls file's (its DATEMODE record: HSSF keeps it in the internal workbook). */
    private static boolean date1904(Workbook wb) {
        return wb instanceof XSSFWorkbook x ? x.isDate1904()
                : wb instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public void close() {
        try {
            release.run();
        } catch (RuntimeException e) {
            // opened read-only: nothing to save, nothing lost
        }
    }

    private static ExcelRow row(Row row) {
        // converted when asked: a reader reads a few columns, and a value stored wrongly in another (a hand-edited
        // file) must not fail it, as it did not when the readers asked POI's cells themselves
        List<java.util.function.Supplier<ExcelCell>> cells =
                new java.util.ArrayList<>(java.util.Collections.nCopies(Math.max(0, row.getLastCellNum()), null));
        for (Cell c : row) {
            cells.set(c.getColumnIndex(), () -> cell(c));
        }
        return ExcelRow.lazy(row.getRowNum(), cells);
    }

    static ExcelCell cell(Cell cell) {
        CellStyle style = cell.getCellStyle();
        int formatIndex = style == null ? -1 : style.getDataFormat();
        String format = style == null || style.getDataFormatString() == null ? "" : style.getDataFormatString();
        if (cell instanceof XSSFCell x && ExcelDates.isIsoDateCell(x.getCTCell())) {
            // an ISO 8601 date cell (openpyxl's iso_dates), read as the streamed reader reads it
            boolean formula = x.getCTCell().isSetF();
            return ExcelCell.ofIsoDate(x.getCTCell().isSetV() ? x.getCTCell().getV() : null,
                    date1904(cell.getSheet().getWorkbook()), formatIndex, format, formula, formula ? formulaText(cell) : "");
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        String ft = formula ? formulaText(cell) : "";
        if (formula && cell instanceof XSSFCell x && (!x.getCTCell().isSetV()
                || x.getCTCell().getV().isBlank() && type == CellType.NUMERIC)) {
            // no cached value, or an empty number (an exporter's <v></v>); an empty string result is a value
            return new ExcelCell(ExcelCell.Kind.BLANK, true, "", 0, false, formatIndex, format, ft, "");
        }
        return switch (type) {
            case STRING -> new ExcelCell(ExcelCell.Kind.TEXT, formula, cell.getStringCellValue(), 0, false, formatIndex, format, ft, "");
            // an .xlsx cell's value as stored, typed as the streamed reader types it (empty, junk); an .xls cell's number
            case NUMERIC -> cell instanceof XSSFCell x && x.getCTCell().isSetV()
                    ? ExcelCell.ofStoredNumber(x.getCTCell().getV(), formatIndex, format, formula, ft)
                    : new ExcelCell(ExcelCell.Kind.NUMBER, formula, "", cell.getNumericCellValue(), false, formatIndex, format, ft, "");
            case BOOLEAN -> new ExcelCell(ExcelCell.Kind.BOOLEAN, formula, "", 0, cell.getBooleanCellValue(), formatIndex, format, ft, "");
            case ERROR -> new ExcelCell(ExcelCell.Kind.ERROR, formula, "", 0, false, formatIndex, format, ft, errorText(cell));
            default -> new ExcelCell(ExcelCell.Kind.BLANK, formula, "", 0, false, formatIndex, format, ft, "");
        };
    }

    private static String formulaText(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return ""; // a formula POI cannot render: the finding still names the cell
        }
    }

    private static String errorText(Cell cell) {
        if (cell instanceof XSSFCell x && x.getCTCell().isSetV()) {
            return x.getCTCell().getV(); // as stored: LibreOffice's Err:509 is no FormulaError
        }
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
