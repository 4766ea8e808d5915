package it.peg.summary;

import java.time.LocalDateTime;

/**
 * Excel's serial number of a date-time in the 1900 date system (the workbook's), computed as POI's {@code
 * DateUtil.getExcelDate} computes it, step for step, so that a cell keeps the same digits without loading POI.
 */
final class ExcelDates {
    private static final double DAY_MILLISECONDS = 24 * 60 * 60 * 1000.0;

    private ExcelDates() {
    }

    /** The serial number; -1 (Excel's bad date) before 31/12/1899, Excel's day 0. */
    static double serial(LocalDateTime date) {
        int year = date.getYear();
        if (year < 1900) {
            if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31 && year == 1899) {
                return serial(date.plusDays(1)) - 1;
            }
            return -1;
        }
        double fraction = (((date.getHour() * 60.0 + date.getMinute()) * 60.0 + date.getSecond()) * 1000.0
                + date.getNano() / 1_000_000) / DAY_MILLISECONDS;
        double value = fraction + (date.getDayOfYear() + daysInPriorYears(year));
        // Excel's 29/02/1900, a day that never was
        if (value >= 60) {
            value++;
        }
        return value;
    }

    private static int daysInPriorYears(int year) {
        int y = year - 1;
        int leapDays = y / 4 - y / 100 + y / 400 - 460;
        return 365 * (year - 1900) + leapDays;
    }
}
