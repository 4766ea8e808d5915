package it.peg.plan;

import it.peg.target.Decimals;
import it.peg.target.ItalianDates;
import it.peg.target.ItalianNumbers;
import it.peg.target.ParsedDate;
import it.peg.target.ParsedNumber;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads plan cells whatever their type: numbers, text, dates, booleans, formulas (their cached value),
 * percent-formatted numbers. Never throws for a cell's content.
 */
final class Cells {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final boolean date1904;

    Cells(boolean date1904) {
        this.date1904 = date1904;
    }

    static Optional<Cell> cell(Sheet sheet, int rowIndex, int colIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null || colIndex < 0 ? Optional.empty() : Optional.ofNullable(row.getCell(colIndex));
    }

    static String ref(int rowIndex, int colIndex) {
        return new CellReference(rowIndex, colIndex, false, false).formatAsString();
    }

    private static CellType type(Cell cell) {
        CellType t = cell.getCellType();
        return t == CellType.FORMULA ? cell.getCachedFormulaResultType() : t;
    }

    static boolean isPercentFormatted(Cell cell) {
        String f = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        return f != null && f.replaceAll("\"[^\"]*\"", "").contains("%");
    }

    static boolean isDateFormatted(Cell cell) {
        try {
            return type(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The cell as text as a person reads it: numbers in Italian, dates dd/mm/yyyy, percent cells with %. "" when blank. */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        switch (type(cell)) {
            case STRING:
                return cell.getStringCellValue().replace('\u00a0', ' ').strip();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "SI" : "NO";
            case NUMERIC:
                double d = cell.getNumericCellValue();
                if (isDateFormatted(cell)) {
                    return ItalianDates.fromSerial(d, date1904).format(FULL);
                }
                BigDecimal v = Decimals.of(d);
                return isPercentFormatted(cell) ? Decimals.italian(v.movePointRight(2)) + "%" : Decimals.italian(v);
            default:
                return "";
        }
    }

    /** A code: numbers without decimals (a code 1 typed as a number reads "1"). */
    String code(Cell cell) {
        return text(cell);
    }

    /** Empty when the cell is blank; a number otherwise, or an empty {@code Optional} inside when unreadable. */
    Optional<Optional<ParsedNumber>> number(Cell cell) {
        if (cell == null || text(cell).isEmpty()) {
            return Optional.empty();
        }
        if (type(cell) == CellType.NUMERIC) {
            BigDecimal v = Decimals.of(cell.getNumericCellValue());
            return Optional.of(Optional.of(new ParsedNumber(v, isPercentFormatted(cell), Optional.empty())));
        }
        return Optional.of(ItalianNumbers.parse(text(cell)));
    }

    /** Empty when blank; a date otherwise, or an empty {@code Optional} inside when unreadable. */
    Optional<Optional<ParsedDate>> date(Cell cell, int defaultYear) {
        if (cell == null || text(cell).isEmpty()) {
            return Optional.empty();
        }
        if (type(cell) == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (d < 1 || d > 2958465) {
                return Optional.of(Optional.empty());
            }
            LocalDate date = ItalianDates.fromSerial(d, date1904);
            return Optional.of(Optional.of(new ParsedDate(date, Optional.empty())));
        }
        return Optional.of(ItalianDates.parse(text(cell), defaultYear));
    }
}
