package it.peg.xlsx;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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

    /**
     * The serial of an ISO 8601 date cell's value ({@code t="d"}: "2024-12-31", "2024-12-31T10:30:00", with or without
     * an offset, which is dropped: Excel's dates have no zone); empty when it is no such date or before the date
     * system's start. A time of day alone ("10:30:00", "T10:30", as openpyxl writes a {@code time}) is what Excel
     * stores for a time typed alone, the fraction of a day (0.4375), the same in both date systems. Excel and
     * LibreOffice never write such cells; openpyxl does when told to.
     */
    public static Optional<Double> isoSerial(String iso, boolean date1904) {
        String s = iso.strip();
        try {
            LocalDateTime t;
            if (s.length() == 10) {
                t = LocalDate.parse(s).atStartOfDay();
            } else if (isTimeOnly(s)) {
                return Optional.of(fractionOfDay(s.startsWith("T") ? s.substring(1) : s));
            } else if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
                t = OffsetDateTime.parse(s).toLocalDateTime();
            } else {
                t = LocalDateTime.parse(s);
            }
            double serial = serial(t, date1904);
            return serial < 0 ? Optional.empty() : Optional.of(serial);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A {@code t="d"} cell: ISO 29500's, absent from the schema POI is built on (its getters fail on it). */
    static boolean isIsoDateCell(org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell ct) {
        org.w3c.dom.Node t = ct.getDomNode().getAttributes().getNamedItem("t");
        return t != null && "d".equals(t.getNodeValue());
    }

    /** "10:30", "10:30:00", "T10:30:00.5", also with an offset (dropped): a time with no date; never "2024-12-31". */
    private static boolean isTimeOnly(String s) {
        return s.startsWith("T") || s.length() >= 5 && s.charAt(2) == ':';
    }

    private static double fractionOfDay(String time) {
        String s = time;
        if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
            s = java.time.OffsetTime.parse(s).toLocalTime().toString();
        }
        LocalTime t = LocalTime.parse(s);
        return t.toNanoOfDay() / (double) java.util.concurrent.TimeUnit.DAYS.toNanos(1);
    }
}
