package it.peg.generate;

import it.peg.domain.Band;
import it.peg.domain.Comparison;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.NumericTarget;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Settings;
import it.peg.domain.Target;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoTarget;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AchievementFormulasTest {
    private static final Settings SETTINGS = new Settings("E", 2018,
            List.of(new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true)), new BigDecimal("0.1"),
            BigDecimal.ONE, 0, List.of(new Band(BigDecimal.ZERO, "x")));

    private static Object eval(Target t, Polarity p, Object value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFRow row = wb.createSheet("S").createRow(0);
            XSSFCell in = row.createCell(0);
            if (value instanceof Number n) {
                in.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                in.setCellValue(d);
            } else if (value instanceof String s) {
                in.setCellValue(s);
            }
            XSSFCell f = row.createCell(1);
            f.setCellFormula(AchievementFormulas.achievement(t, p, "A1", SETTINGS).orElseThrow());
            var v = wb.getCreationHelper().createFormulaEvaluator().evaluate(f);
            return v.getCellType() == CellType.NUMERIC ? (Object) v.getNumberValue() : v.getStringValue();
        }
    }

    @Test
    void increasingNumbersAreCappedAndThresholded() throws Exception {
        NumericTarget t = new NumericTarget(new BigDecimal("200"), Comparison.AT_LEAST, false);
        assertEquals(0.5, eval(t, Polarity.INCREASING, 100));
        assertEquals(1.0, eval(t, Polarity.INCREASING, 500));
        assertEquals(0.0, eval(t, Polarity.INCREASING, 10), "below the 10% threshold");
        assertEquals("", eval(t, Polarity.INCREASING, null), "empty until typed");
    }

    @Test
    void decreasingNumbers() throws Exception {
        NumericTarget t = new NumericTarget(new BigDecimal("30"), Comparison.AT_MOST, false);
        assertEquals(1.0, eval(t, Polarity.DECREASING, 20));
        assertEquals(0.5, eval(t, Polarity.DECREASING, 60));
    }

    @Test
    void ratiosDeadlinesYesNoAndProgress() throws Exception {
        assertEquals(0.75, eval(new RatioTarget(new BigDecimal("1200"), new BigDecimal("3")), Polarity.INCREASING, 300));
        DeadlineTarget d = new DeadlineTarget(LocalDate.of(2018, 9, 30));
        assertEquals(1.0, eval(d, Polarity.DECREASING, LocalDate.of(2018, 9, 30)));
        assertEquals(0.0, eval(d, Polarity.DECREASING, LocalDate.of(2018, 10, 1)));
        assertEquals(1.0, eval(new YesNoTarget(true), Polarity.INCREASING, " si "));
        assertEquals(0.0, eval(new YesNoTarget(true), Polarity.INCREASING, "NO"));
        assertEquals(0.8, eval(new QualitativeTarget("x"), Polarity.INCREASING, 0.8));
    }

    /** Regression (trial of issue 17): the list takes Sì, so the live achievement must count it as SI. */
    @Test
    void anAccentedYesIsYes() throws Exception {
        assertEquals(1.0, eval(new YesNoTarget(true), Polarity.INCREASING, "S\u00ec"));
        assertEquals(1.0, eval(new YesNoTarget(true), Polarity.INCREASING, "s\u00ec "));
        assertEquals(0.0, eval(new YesNoTarget(false), Polarity.INCREASING, "S\u00ec"));
        assertEquals(1.0, eval(new YesNoTarget(false), Polarity.INCREASING, "no"));
    }

    /** Regression (trial of issue 17): a negative target (payment timeliness -5) gave 0 above it; as peg scores it. */
    @Test
    void aNegativeDecreasingTargetIsProportional() throws Exception {
        NumericTarget t = new NumericTarget(new BigDecimal("-5"), Comparison.AT_MOST, false);
        assertEquals(1.0, eval(t, Polarity.DECREASING, -8));
        assertEquals(0.625, eval(t, Polarity.DECREASING, -2));
        assertEquals(0.5, eval(t, Polarity.DECREASING, 0));
    }
}
