package it.peg.generate;

import it.peg.domain.Settings;
import it.peg.xlsx.SheetModel;
import it.peg.xlsx.SheetModelXml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traffic light on the achievement cells with a live formula: one conditional formatting (three rules, three
 * differential styles prepared with the template, see {@link TemplateParts}) per achievement column, instead of one
 * per cell.
 */
final class TrafficLight {
    private final Stamp s;
    private final SheetModel sheet;
    private final Settings settings;
    /** The achievement cells by column; a cell just below the previous one extends its range. */
    private final Map<Integer, List<SheetModel.Area>> byColumn = new LinkedHashMap<>();

    TrafficLight(Stamp stamp, SheetModel sheet) {
        this.s = stamp;
        this.sheet = sheet;
        this.settings = stamp.plan.settings();
    }

    void add(int row, int col) {
        List<SheetModel.Area> cells = byColumn.computeIfAbsent(col, k -> new ArrayList<>());
        if (!cells.isEmpty()) {
            SheetModel.Area last = cells.get(cells.size() - 1);
            if (last.lastRow() == row - 1) {
                cells.set(cells.size() - 1, new SheetModel.Area(last.firstRow(), row, col, col));
                return;
            }
        }
        cells.add(new SheetModel.Area(row, row, col, col));
    }

    /**
     * The formulas are relative to the column's first cell, which is also the top-left corner of all its ranges
     * (one column, rows in order): Excel and LibreOffice anchor them there alike.
     */
    void write() {
        int priority = 1;
        int[] dxf = s.template.parts().lights;
        for (List<SheetModel.Area> cells : byColumn.values()) {
            SheetModel.Area first = cells.get(0);
            String ref = SheetModelXml.cell(first.firstRow(), first.firstCol());
            BigDecimal green = bandFrom(settings.bands().size() - 1, new BigDecimal("0.9"));
            BigDecimal yellow = bandFrom(settings.bands().size() - 2, new BigDecimal("0.6"));
            StringBuilder b = new StringBuilder(512).append("<conditionalFormatting sqref=\"").append(Validations.sqref(cells))
                    .append("\">");
            rule(b, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + plain(green) + ")", dxf[0], priority++);
            rule(b, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + plain(yellow) + ")", dxf[1], priority++);
            rule(b, "ISNUMBER(" + ref + ")", dxf[2], priority++);
            sheet.conditionalFormat(b.append("</conditionalFormatting>").toString());
        }
    }

    private static void rule(StringBuilder b, String formula, int dxf, int priority) {
        b.append("<cfRule type=\"expression\" dxfId=\"").append(dxf).append("\" priority=\"").append(priority)
                .append("\"><formula>");
        SheetModelXml.escape(b, formula);
        b.append("</formula></cfRule>");
    }

    private BigDecimal bandFrom(int index, BigDecimal fallback) {
        if (settings.bands().size() >= 2 && index >= 0) {
            BigDecimal from = settings.bands().get(index).from();
            return from.signum() > 0 ? from : fallback;
        }
        return fallback;
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
