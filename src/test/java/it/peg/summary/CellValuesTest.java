package it.peg.summary;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link CellValues#doubleOf} gives the bits {@link BigDecimal#doubleValue} gives. */
class CellValuesTest {
    private static void same(BigDecimal v) {
        assertEquals(Double.doubleToRawLongBits(v.doubleValue()), Double.doubleToRawLongBits(CellValues.doubleOf(v)),
                v.toString() + " scale " + v.scale());
    }

    @Test
    void theDoubleOfEveryKindOfDecimalIsDoubleValues() {
        List<BigDecimal> values = new ArrayList<>();
        for (String s : new String[] {"0", "0.00", "-0.0", "1", "0.1", "0.3", "33.333333333333333333", "66.67", "1E+5",
            "1E+22", "1E+23", "1E-22", "1E-23", "100.00", "9007199254740993", "900719925474099.3", "999999999999999",
            "0.999999999999999", "123456789012345.6", "-45412.5", "2.5E-10", "17976931348623157E292", "4.9E-324",
            "0.000000000000000000001", "12345678901234567890.123"}) {
            values.add(new BigDecimal(s));
        }
        Random r = new Random(28);
        for (int i = 0; i < 400_000; i++) {
            long unscaled = switch (r.nextInt(5)) {
                case 0 -> r.nextInt(10_000);
                case 1 -> r.nextLong() % 1_000_000_000_000_000L;
                case 2 -> (1L << 53) + r.nextInt(200) - 100;
                case 3 -> r.nextLong();
                default -> r.nextLong() % 1_000_000L;
            };
            values.add(BigDecimal.valueOf(unscaled, r.nextInt(60) - 28));
        }
        for (int i = 0; i < 20_000; i++) {
            // quotients as the scoring makes them, and stripped ones
            BigDecimal q = BigDecimal.valueOf(r.nextInt(100_000) + 1).divide(BigDecimal.valueOf(r.nextInt(999) + 1),
                    new MathContext(1 + r.nextInt(34), RoundingMode.HALF_UP));
            values.add(q);
            values.add(q.stripTrailingZeros());
            values.add(q.setScale(r.nextInt(8), RoundingMode.HALF_UP));
            values.add(new BigDecimal(new BigInteger(80, r), r.nextInt(40) - 10));
        }
        values.forEach(CellValuesTest::same);
    }
}
