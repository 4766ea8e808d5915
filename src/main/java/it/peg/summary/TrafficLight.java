package it.peg.summary;

import it.peg.domain.Band;
import it.peg.domain.Settings;

import java.math.BigDecimal;
import java.util.List;

/**
 * Red / amber / green conditional formats on score cells, with thresholds taken from the plan's Fasce:
 * red below the second band, amber up to the top band, green from the top band up. Blank cells stay white.
 * One per workbook: it numbers the differential formats ({@code dxfId}) of the workbook's ranges in turn, three
 * per range, which {@link SummaryStyles#xml} then writes.
 */
final class TrafficLight {
    private static final BigDecimal DEFAULT_LOW = new BigDecimal("0.6");
    private static final BigDecimal DEFAULT_HIGH = new BigDecimal("0.9");

    private final String low;
    private final String high;
    private int ranges;

    TrafficLight(Settings settings) {
        BigDecimal[] t = thresholds(settings);
        this.low = t[0].stripTrailingZeros().toPlainString();
        this.high = t[1].stripTrailingZeros().toPlainString();
    }

    /** Thresholds (low, high) as fractions. */
    static BigDecimal[] thresholds(Settings settings) {
        List<Band> bands = settings.bands();
        if (bands.size() >= 3) {
            return new BigDecimal[] {bands.get(1).from(), bands.get(bands.size() - 1).from()};
        }
        if (bands.size() == 2) {
            return new BigDecimal[] {bands.get(1).from(), bands.get(1).from()};
        }
        return new BigDecimal[] {DEFAULT_LOW, DEFAULT_HIGH};
    }

    /**
     * The {@code conditionalFormatting} of rows {@code firstRow..lastRow} (0-based) of column {@code col}.
     *
     * @param priority the sheet's rules before this range's (priorities count from 1 in each sheet)
     */
    String apply(int firstRow, int lastRow, int col, int priority) {
        int dxf = 3 * ranges++;
        String ref = SheetLayout.cell(firstRow, col);
        return "<conditionalFormatting sqref=\"" + SheetLayout.range(firstRow, col, lastRow, col) + "\">"
                + rule(dxf, priority + 1, "AND(ISNUMBER(" + ref + ")," + ref + "<" + low + ")")
                + rule(dxf + 1, priority + 2, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + low + "," + ref + "<" + high
                + ")")
                + rule(dxf + 2, priority + 3, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + high + ")")
                + "</conditionalFormatting>";
    }

    /** How many ranges {@link #apply} coloured. */
    int ranges() {
        return ranges;
    }

    private static String rule(int dxf, int priority, String formula) {
        return "<cfRule type=\"expression\" dxfId=\"" + dxf + "\" priority=\"" + priority + "\"><formula>"
                + XmlText.text(formula) + "</formula></cfRule>";
    }
}
