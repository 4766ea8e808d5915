package it.peg.summary;

import it.peg.domain.Band;
import it.peg.domain.Settings;
import it.peg.xlsx.ArgbColours;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

import java.math.BigDecimal;
import java.util.List;

/**
 * Red / amber / green conditional formats on score cells, with thresholds taken from the plan's Fasce:
 * red below the second band, amber up to the top band, green from the top band up. Blank cells stay white.
 */
final class TrafficLight {
    private static final BigDecimal DEFAULT_LOW = new BigDecimal("0.6");
    private static final BigDecimal DEFAULT_HIGH = new BigDecimal("0.9");

    private TrafficLight() {
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

    static void apply(XSSFSheet sheet, CellRangeAddress range, Settings settings) {
        BigDecimal[] t = thresholds(settings);
        String low = t[0].stripTrailingZeros().toPlainString();
        String high = t[1].stripTrailingZeros().toPlainString();
        String ref = new CellReference(range.getFirstRow(), range.getFirstColumn(), false, false).formatAsString();
        XSSFSheetConditionalFormatting scf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule red = rule(scf, "AND(ISNUMBER(" + ref + ")," + ref + "<" + low + ")",
                "FFC7CE", "9C0006");
        XSSFConditionalFormattingRule amber = rule(scf,
                "AND(ISNUMBER(" + ref + ")," + ref + ">=" + low + "," + ref + "<" + high + ")",
                "FFEB9C", "9C5700");
        XSSFConditionalFormattingRule green = rule(scf, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + high + ")",
                "C6EFCE", "006100");
        scf.addConditionalFormatting(new CellRangeAddress[] {range},
                new XSSFConditionalFormattingRule[] {red, amber, green});
    }

    private static XSSFConditionalFormattingRule rule(XSSFSheetConditionalFormatting scf, String formula, String fill,
                                                      String font) {
        XSSFConditionalFormattingRule rule = scf.createConditionalFormattingRule(formula);
        XSSFPatternFormatting pf = rule.createPatternFormatting();
        pf.setFillBackgroundColor(ArgbColours.opaque(fill));
        pf.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        XSSFFontFormatting ff = rule.createFontFormatting();
        ArgbColours.setFontColor(ff, ArgbColours.opaque(font));
        return rule;
    }
}
