package it.peg.summary;

import it.peg.domain.Band;
import it.peg.domain.Settings;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
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
                new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, new byte[] {(byte) 0x9C, 0x00, 0x06});
        XSSFConditionalFormattingRule amber = rule(scf,
                "AND(ISNUMBER(" + ref + ")," + ref + ">=" + low + "," + ref + "<" + high + ")",
                new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, new byte[] {(byte) 0x9C, 0x57, 0x00});
        XSSFConditionalFormattingRule green = rule(scf, "AND(ISNUMBER(" + ref + ")," + ref + ">=" + high + ")",
                new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}, new byte[] {0x00, 0x61, 0x00});
        scf.addConditionalFormatting(new CellRangeAddress[] {range},
                new XSSFConditionalFormattingRule[] {red, amber, green});
    }

    private static XSSFConditionalFormattingRule rule(XSSFSheetConditionalFormatting scf, String formula, byte[] fill,
                                                      byte[] font) {
        XSSFConditionalFormattingRule rule = scf.createConditionalFormattingRule(formula);
        XSSFPatternFormatting pf = rule.createPatternFormatting();
        pf.setFillBackgroundColor(new XSSFColor(fill, null));
        pf.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        XSSFFontFormatting ff = rule.createFontFormatting();
        ff.setFontColor(new XSSFColor(font, null));
        return rule;
    }
}
