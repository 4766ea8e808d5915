package it.peg.summary;

import it.peg.xlsx.ArgbColours;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the summary, created once per workbook (Excel caps the number of styles). */
final class SummaryStyles {
    static final String PERCENT = "0.0%";
    static final String DATE = "dd/mm/yyyy";
    static final String DATE_TIME = "dd/mm/yyyy hh:mm";
    static final String NUMBER = "#,##0.##";
    static final String INTEGER = "#,##0";

    /** Light amber: cells the Nucleo types into. */
    static final String EDITABLE_FILL = "FFF2CC";
    /** Light violet: rows whose score the Nucleo overrode. */
    static final String OVERRIDE_FILL = "E4DFEC";
    /** Light red: flagged data (outliers, at-risk objectives). */
    static final String FLAG_FILL = "FCE4D6";
    static final String HEADER_FILL = "1F4E79";

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle header;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle wrap;
    final XSSFCellStyle number;
    final XSSFCellStyle integer;
    final XSSFCellStyle year;
    final XSSFCellStyle percent;
    final XSSFCellStyle date;
    final XSSFCellStyle dateTime;
    final XSSFCellStyle bigPercent;
    final XSSFCellStyle editablePercent;
    final XSSFCellStyle editableText;
    final XSSFCellStyle overrideText;
    final XSSFCellStyle overridePercent;
    final XSSFCellStyle flagText;
    final XSSFCellStyle flagNumber;
    final XSSFCellStyle flagPercent;

    SummaryStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        XSSFFont subtitleFont = wb.createFont();
        subtitleFont.setBold(true);
        subtitleFont.setFontHeightInPoints((short) 12);
        XSSFFont headerFont = wb.createFont();
        headerFont.setBold(true);
        headerFont.setColor(IndexedColors.WHITE.getIndex());
        XSSFFont bigFont = wb.createFont();
        bigFont.setBold(true);
        bigFont.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        subtitle = wb.createCellStyle();
        subtitle.setFont(subtitleFont);
        header = wb.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(ArgbColours.opaque(HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        label = wb.createCellStyle();
        label.setFont(bold);
        text = bordered(wb);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = bordered(wb);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        number = formatted(wb, NUMBER);
        integer = formatted(wb, INTEGER);
        year = formatted(wb, "0");
        year.setAlignment(HorizontalAlignment.LEFT);
        percent = formatted(wb, PERCENT);
        date = formatted(wb, DATE);
        dateTime = formatted(wb, DATE_TIME);
        bigPercent = formatted(wb, PERCENT);
        bigPercent.setFont(bigFont);
        bigPercent.setAlignment(HorizontalAlignment.LEFT);

        editablePercent = formatted(wb, PERCENT);
        fill(editablePercent, EDITABLE_FILL);
        editablePercent.setLocked(false);
        editableText = bordered(wb);
        editableText.setWrapText(true);
        editableText.setVerticalAlignment(VerticalAlignment.TOP);
        fill(editableText, EDITABLE_FILL);
        editableText.setLocked(false);
        overrideText = bordered(wb);
        overrideText.setVerticalAlignment(VerticalAlignment.TOP);
        overrideText.setWrapText(true);
        fill(overrideText, OVERRIDE_FILL);
        overridePercent = formatted(wb, PERCENT);
        fill(overridePercent, OVERRIDE_FILL);
        flagText = bordered(wb);
        flagText.setWrapText(true);
        flagText.setVerticalAlignment(VerticalAlignment.TOP);
        fill(flagText, FLAG_FILL);
        flagNumber = formatted(wb, NUMBER);
        fill(flagNumber, FLAG_FILL);
        flagPercent = formatted(wb, PERCENT);
        fill(flagPercent, FLAG_FILL);
    }

    private static XSSFCellStyle bordered(XSSFWorkbook wb) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBorderTop(BorderStyle.HAIR);
        s.setBorderLeft(BorderStyle.HAIR);
        s.setBorderRight(BorderStyle.HAIR);
        return s;
    }

    private static XSSFCellStyle formatted(XSSFWorkbook wb, String format) {
        XSSFCellStyle s = bordered(wb);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(ArgbColours.opaque(rgb));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
