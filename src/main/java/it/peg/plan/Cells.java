package it.peg.plan;

import it.peg.italian.Decimals;
import it.peg.italian.ItalianDates;
import it.peg.italian.ItalianNumbers;
import it.peg.italian.ItalianText;
import it.peg.italian.ParsedDate;
import it.peg.italian.ParsedNumber;
import it.peg.xlsx.ExcelCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads plan cells whatever their type: numbers, text, dates, booleans, formulas (their cached value),
 * percent-formatted numbers. Never throws for a cell's content. Repeated texts and numbers come back as one
 * shared instance ({@link Dedup}), so that a large plan does not hold a copy per cell.
 */
final class Cells {
    private final boolean date1904;
    private final Dedup dedup;

    Cells(boolean date1904, Dedup dedup) {
        this.date1904 = date1904;
        this.dedup = dedup;
    }

    /** The cell as text as a person reads it: numbers in Italian, dates dd/mm/yyyy, percent cells with %. "" when blank. */
    String text(ExcelCell cell) {
        if (cell == null) {
            return "";
        }
        switch (cell.kind()) {
            case TEXT:
                return dedup.of(cell.text().replace('\u00a0', ' ').strip());
            case BOOLEAN:
                return cell.bool() ? "SI" : "NO";
            case NUMBER:
                double d = cell.number();
                if (cell.isDateFormatted()) {
                    // a time of day alone names no day: shown as the time, it is no deadline (it was 31/12/1899)
                    return dedup.of(ItalianText.shownDate(d, date1904));
                }
                BigDecimal v = Decimals.of(d);
                return dedup.of(cell.isPercentFormatted() ? Decimals.italian(v.movePointRight(2)) + "%" : Decimals.italian(v));
            default:
                return "";
        }
    }

    /** Empty when the cell is blank; a number otherwise, or an empty {@code Optional} inside when unreadable. */
    Optional<Optional<ParsedNumber>> number(ExcelCell cell) {
        if (cell == null || text(cell).isEmpty()) {
            return Optional.empty();
        }
        if (cell.kind() == ExcelCell.Kind.NUMBER) {
            BigDecimal v = dedup.of(Decimals.of(cell.number()));
            return Optional.of(Optional.of(new ParsedNumber(v, cell.isPercentFormatted(), Optional.empty())));
        }
        return Optional.of(ItalianNumbers.parse(text(cell)));
    }

    /** Empty when blank; a date otherwise, or an empty {@code Optional} inside when unreadable. */
    Optional<Optional<ParsedDate>> date(ExcelCell cell, int defaultYear) {
        if (cell == null || text(cell).isEmpty()) {
            return Optional.empty();
        }
        if (cell.kind() == ExcelCell.Kind.NUMBER) {
            double d = cell.number();
            if (d < 1 || d > 2958465) {
                return Optional.of(Optional.empty());
            }
            LocalDate date = ItalianDates.fromSerial(d, date1904);
            return Optional.of(Optional.of(new ParsedDate(date, Optional.empty())));
        }
        return Optional.of(ItalianDates.parse(text(cell), defaultYear));
    }

    /** A value shared with equal ones already read. */
    <T> T shared(T value) {
        return dedup.of(value);
    }
}
