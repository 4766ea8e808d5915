package it.peg.plan;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A plan workbook opened with POI's usermodel ({@link Workbook}): the path for .xls files and for workbooks a
 * caller already holds. Large .xlsx plans are read by {@link StreamingWorkbook} instead.
 */
final class UsermodelWorkbook implements PlanWorkbook {
    private final Workbook wb;

    UsermodelWorkbook(Workbook wb) {
        this.wb = wb;
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
    public PlanSheet sheet(int index) {
        Sheet sheet = wb.getSheetAt(index);
        return new PlanSheet() {
            @Override
            public String name() {
                return sheet.getSheetName();
            }

            @Override
            public Iterator<SheetRow> rows() {
                Iterator<Row> rows = sheet.rowIterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public SheetRow next() {
                        return row(rows.next());
                    }
                };
            }
        };
    }

    @Override
    public boolean date1904() {
        return wb instanceof XSSFWorkbook x && x.isDate1904();
    }

    @Override
    public void close() {
        // the caller owns the workbook
    }

    private static SheetRow row(Row row) {
        SheetCell[] cells = new SheetCell[Math.max(0, row.getLastCellNum())];
        for (Cell c : row) {
            cells[c.getColumnIndex()] = cell(c);
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    static SheetCell cell(Cell cell) {
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        CellStyle style = cell.getCellStyle();
        int formatIndex = style == null ? -1 : style.getDataFormat();
        String format = style == null || style.getDataFormatString() == null ? "" : style.getDataFormatString();
        String ft = formula ? formulaText(cell) : "";
        if (formula && cell instanceof XSSFCell x && (!x.getCTCell().isSetV()
                || x.getCTCell().getV().isBlank() && type == CellType.NUMERIC)) {
            // no cached value, or an empty number (an exporter's <v></v>); an empty string result is a value
            return new SheetCell(SheetCell.Kind.BLANK, true, "", 0, false, formatIndex, format, ft, "");
        }
        return switch (type) {
            case STRING -> new SheetCell(SheetCell.Kind.TEXT, formula, cell.getStringCellValue(), 0, false, formatIndex, format, ft, "");
            case NUMERIC -> new SheetCell(SheetCell.Kind.NUMBER, formula, "", cell.getNumericCellValue(), false, formatIndex, format, ft, "");
            case BOOLEAN -> new SheetCell(SheetCell.Kind.BOOLEAN, formula, "", 0, cell.getBooleanCellValue(), formatIndex, format, ft, "");
            case ERROR -> new SheetCell(SheetCell.Kind.ERROR, formula, "", 0, false, formatIndex, format, ft, errorText(cell));
            default -> new SheetCell(SheetCell.Kind.BLANK, formula, "", 0, false, formatIndex, format, ft, "");
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
