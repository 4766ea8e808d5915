package it.peg.italian;

import it.peg.italian.ItalianFormat;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ItalianFormatTest {
    @Test
    void commaDecimalsNoGroupingHalfUp() {
        assertEquals("433,33", ItalianFormat.number(new BigDecimal("433.3333333")));
        assertEquals("1300", ItalianFormat.number(new BigDecimal("1300")));
        assertEquals("0,01", ItalianFormat.number(new BigDecimal("0.005")));
        assertEquals("0", ItalianFormat.number(new BigDecimal("-0.001")));
        assertEquals("-7", ItalianFormat.number(new BigDecimal("-7")));
    }

    @Test
    void percentages() {
        assertEquals("108,3%", ItalianFormat.percent(new BigDecimal("1.083333")));
        assertEquals("100%", ItalianFormat.percent(BigDecimal.ONE));
        assertEquals("98,15%", ItalianFormat.percentValue(new BigDecimal("0.9815")));
    }

    @Test
    void datesAndDays() {
        assertEquals("05/01/2018", ItalianFormat.date(LocalDate.of(2018, 1, 5)));
        assertEquals("1 giorno", ItalianFormat.days(1));
        assertEquals("15 giorni", ItalianFormat.days(15));
    }

    /** Regression for the formatter-free rewrite: the same text as the DecimalFormat it replaced, on seeded values. */
    @Test
    void printsWhatDecimalFormatPrinted() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000L, random.nextInt(7));
            for (int decimals : new int[] {0, 1, 2}) {
                java.text.DecimalFormat reference = new java.text.DecimalFormat(
                        decimals == 0 ? "0" : "0." + "#".repeat(decimals),
                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ITALY));
                reference.setRoundingMode(java.math.RoundingMode.HALF_UP);
                String expected = reference.format(value);
                assertEquals(expected.equals("-0") ? "0" : expected, ItalianFormat.format(value, decimals), value + " / " + decimals);
            }
        }
    }
}
