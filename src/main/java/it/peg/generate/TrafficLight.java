package it.peg.generate;

import it.peg.domain.Settings;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic light on the achievement cells with a live formula: one conditional formatting (three rules, three
 * differential styles) per achievement column, instead of one per cell.
 */
final class TrafficLight {
    private final Stamp s;
    private final XSSFSheet sheet;
    private final Settings settings;
    /** The achievement cells by column; a cell just below the previous one extends its range. */
    private final Map<Integer, List<CellRangeAddress>> byColumn = new LinkedHashMap<>();

    TrafficLight(Stamp stamp, XSSFSheet sheet) {
        this.s = stamp;
        this.sheet = sheet;
        this.settings = stamp.plan.settings();
    }

    void add(int row, int col) {
        List<CellRangeAddress> cells = byColumn.computeIfAbsent(col, k -> new ArrayList<>());
        if (!cells.isEmpty()) {
            CellRangeAddress last = cells.get(cells.size() - 1);
            if (last.getLastRow() == row - 1) {
                last.setLastRow(row);
                return;
            }
        }
        cells.add(new CellRangeAddress(row, row, col, col));
    }

    /**
     * The formulas are relative to the column's first cell, which is also the top-left corner of all its ranges
     * (one column, rows in order): Excel and LibreOffice anchor them there alike.
     */
    void write() {
        for (List<CellRangeAddress> cells : byColumn.values()) {
            XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
            CellRangeAddress first = cells.get(0);
            String ref = new CellReference(first.getFirstRow(), first.getFirstColumn(), false, false).formatAsString();
            BigDecimal green = bandFrom(settings.bands().size() - 1, new BigDecimal("0.9"));
            BigDecimal yellow = bandFrom(settings.bands().size() - 2, new BigDecimal("0.6"));
            XSSFConditionalFormattingRule g = rule(cf, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + plain(green) + ")",
                    StyleKey.SEMAFORO_VERDE);
            XSSFConditionalFormattingRule y = rule(cf, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + plain(yellow) + ")",
                    StyleKey.SEMAFORO_GIALLO);
            XSSFConditionalFormattingRule red = rule(cf, "ISNUMBER(" + ref + ")", StyleKey.SEMAFORO_ROSSO);
            cf.addConditionalFormatting(cells.toArray(new CellRangeAddress[0]), new XSSFConditionalFormattingRule[] {g, y, red});
        }
    }

    private BigDecimal bandFrom(int index, BigDecimal fallback) {
        if (settings.bands().size() >= 2 && index >= 0) {
            BigDecimal from = settings.bands().get(index).from();
            return from.signum() > 0 ? from : fallback;
        }
        return fallback;
    }

    private XSSFConditionalFormattingRule rule(XSSFSheetConditionalFormatting cf, String formula, StyleKey key) {
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        XSSFCellStyle proto = s.style(key);
        var fill = rule.createPatternFormatting();
        if (proto.getFillForegroundXSSFColor() != null) {
            fill.setFillBackgroundColor(proto.getFillForegroundXSSFColor());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        }
        var font = rule.createFontFormatting();
        if (proto.getFont().getXSSFColor() != null) {
            it.peg.xlsx.ArgbColours.setFontColor(font, proto.getFont().getXSSFColor());
        }
        font.setFontStyle(false, proto.getFont().getBold());
        return rule;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
