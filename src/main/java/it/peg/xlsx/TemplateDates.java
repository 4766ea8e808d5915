package it.peg.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

import java.util.Optional;

/**
 * A template's dates made the 1900 date system's numbers, as soon as it is read: the workbooks generate makes are in
 * the 1900 system, and every cell of the template they carry keeps its number. Two things a comune's program may have
 * saved otherwise:
 * <ul>
 * <li>ISO 8601 date cells ({@code t="d"}, openpyxl's {@code iso_dates}): a type POI's schema does not know, so any
 * use of the cell failed and the template was "non leggibile". Each becomes the number Excel stores for it (a time of
 * day alone, the fraction of a day); a text that is no date stays that text.</li>
 * <li>the 1904 date system ({@code date1904}, old Mac workbooks): a date's serial counts from 1904, so a carried date
 * showed 4 years and a day earlier in every scheda. A number shown as a calendar date moves by those 1,462 days, and
 * the workbook is then in the 1900 system; a time of day or a duration ({@code [h]:mm}) is the same in both and stays.
 * </li>
 * </ul>
 * A formula keeps its text: generate computes carried formulas again in the scheda.
 */
final class TemplateDates {
    /** Days from 1900's serial 0 to 1 January 1904: a 1904 serial plus this is the 1900 serial of the same day. */
    static final int DAYS_1900_TO_1904 = 1462;

    private TemplateDates() {
    }

    /** Rewrites {@code wb}'s dates in place as the 1900 system's numbers (see the class). */
    static void to1900System(XSSFWorkbook wb) {
        boolean from1904 = wb.isDate1904();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    XSSFCell x = (XSSFCell) cell;
                    if (ExcelDates.isIsoDateCell(x.getCTCell())) {
                        isoAsNumber(x);
                    } else if (from1904 && showsADay(x)) {
                        x.setCellValue(x.getNumericCellValue() + DAYS_1900_TO_1904);
                    }
                }
            }
        }
        if (from1904) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(false);
        }
    }

    /** The ISO text as the serial Excel stores, in the 1900 system; no value, or a text that is no date, as such. */
    private static void isoAsNumber(XSSFCell cell) {
        CTCell ct = cell.getCTCell();
        String iso = ct.isSetV() ? ct.getV() : "";
        ct.unsetT(); // a number, the type of a cell without one
        Optional<Double> serial = iso.isBlank() ? Optional.empty() : ExcelDates.isoSerial(iso, false);
        if (serial.isPresent()) {
            ct.setV(Double.toString(serial.get()));
        } else if (ct.isSetV()) {
            ct.unsetV();
            if (!iso.isBlank() && !ct.isSetF()) {
                cell.setCellValue(iso);
            }
        }
    }

    /** A number cell whose format shows a calendar date (not only a time of day, nor an elapsed time). */
    private static boolean showsADay(XSSFCell cell) {
        if (cell.getCellType() != CellType.NUMERIC || cell.getCellStyle() == null) {
            return false;
        }
        int id = cell.getCellStyle().getDataFormat();
        String code = cell.getCellStyle().getDataFormatString();
        return code != null && ExcelNumberFormats.isDateFormat(id, code) && ExcelNumberFormats.showsADay(code);
    }
}
