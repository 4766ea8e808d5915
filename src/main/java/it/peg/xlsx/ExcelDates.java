package it.peg.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Excel's dates: a date is a number of days (the serial) counted in the workbook's date system, from 1900 (with
 * Excel's 29 February 1900) or, in old Mac workbooks, from 1904. Converted as POI converts them.
 */
public final class ExcelDates {
    private ExcelDates() {
    }

    /** The serial of a date and time; negative when it is before the date system's start. */
    public static double serial(LocalDateTime dateTime, boolean date1904) {
        return DateUtil.getExcelDate(dateTime, date1904);
    }

    /** The serial of a day in the 1900 date system, as POI writes a date into a cell. */
    public static double serial(LocalDate day) {
        return DateUtil.getExcelDate(day);
    }

    /** The date and time of a serial. */
    public static LocalDateTime dateTime(double serial, boolean date1904) {
        return DateUtil.getLocalDateTime(serial, date1904);
    }
}
