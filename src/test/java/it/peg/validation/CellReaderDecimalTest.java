package it.peg.validation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A number cell's value without Double.toString for whole numbers: the same BigDecimal, scale included. */
class CellReaderDecimalTest {
    @Test
    void theSameValueAndScaleAsValueOf() {
        double[] edges = {0, -0.0, 1, -1, 7, 12, 100, 2024, 46660, 9_999_999, -9_999_999, 10_000_000, -10_000_000,
            1e7 + 1, 123_456_789, 1e15, 1e16, 1e300, 0.5, 0.1, 93.5, 1e-3, 1e-4, Double.MIN_VALUE, Double.MAX_VALUE,
            Long.MAX_VALUE, Long.MIN_VALUE, 3};
        for (double d : edges) {
            assertEquals(BigDecimal.valueOf(d), CellReader.decimal(d), Double.toString(d));
        }
        Random random = new Random(21);
        for (int n = 0; n < 20_000; n++) {
            double d = switch (n % 3) {
                case 0 -> random.nextInt(20_000_001) - 10_000_000;
                case 1 -> Math.round(random.nextGaussian() * 1e6) / 100.0;
                default -> random.nextDouble() * Math.pow(10, random.nextInt(20) - 5);
            };
            assertEquals(BigDecimal.valueOf(d), CellReader.decimal(d), Double.toString(d));
        }
        assertThrows(NumberFormatException.class, () -> CellReader.decimal(Double.NaN));
        assertThrows(NumberFormatException.class, () -> CellReader.decimal(Double.POSITIVE_INFINITY));
    }
}
