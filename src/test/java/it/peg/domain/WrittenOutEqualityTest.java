package it.peg.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Verifica, TargetSpec, NumericTarget and RatioTarget write out equals and hashCode (the generated ones link through
 * method handles that C1 runs slowly): the same equality, and the hash the record would generate (31-based over the
 * components in order, as {@code java.lang.runtime.ObjectMethods} computes it), pinned against records of the same
 * components whose methods are generated.
 */
class WrittenOutEqualityTest {
    private record GeneratedVerifica(LocalDate date, Optional<LocalDate> due, boolean isFinal) {
    }

    private record GeneratedNumeric(BigDecimal value, Comparison comparison, boolean percent, Optional<BigDecimal> upper) {
    }

    private record GeneratedRatio(BigDecimal numerator, BigDecimal denominator) {
    }

    private record GeneratedSpec(String text, Target target, Optional<String> interpretation) {
    }

    @Test
    void verificaHashesAndComparesAsItsGeneratedTwin() {
        LocalDate d = LocalDate.of(2024, 9, 30);
        for (Optional<LocalDate> due : List.of(Optional.<LocalDate>empty(), Optional.of(d.plusDays(15)))) {
            for (boolean last : new boolean[]{true, false}) {
                Verifica v = new Verifica(d, due, last);
                assertEquals(new GeneratedVerifica(d, due, last).hashCode(), v.hashCode());
                assertEquals(v, new Verifica(d, due, last));
                assertNotEquals(v, new Verifica(d, due, !last));
                assertNotEquals(v, new Verifica(d.plusDays(1), due, last));
            }
        }
        Verifica v = new Verifica(d, Optional.empty(), false);
        assertNotEquals(v, new Verifica(d, Optional.of(d), false));
        assertNotEquals(v, null);
        assertNotEquals(v, "0930");
    }

    @Test
    void targetsHashAndCompareAsTheirGeneratedTwins() {
        NumericTarget n = new NumericTarget(new BigDecimal("0.75"), Comparison.AT_LEAST, true);
        NumericTarget range = NumericTarget.range(BigDecimal.ONE, BigDecimal.TEN, false);
        assertEquals(new GeneratedNumeric(n.value(), n.comparison(), true, Optional.empty()).hashCode(), n.hashCode());
        assertEquals(new GeneratedNumeric(BigDecimal.ONE, Comparison.BETWEEN, false, Optional.of(BigDecimal.TEN)).hashCode(),
                range.hashCode());
        assertEquals(n, new NumericTarget(new BigDecimal("0.75"), Comparison.AT_LEAST, true));
        assertNotEquals(n, new NumericTarget(new BigDecimal("0.750"), Comparison.AT_LEAST, true), "BigDecimal.equals: scale");
        assertNotEquals(n, new NumericTarget(new BigDecimal("0.75"), Comparison.AT_LEAST, false));
        assertNotEquals(n, new NumericTarget(new BigDecimal("0.75"), Comparison.AT_MOST, true));
        assertNotEquals(range, NumericTarget.range(BigDecimal.ONE, new BigDecimal(11), false));

        RatioTarget r = new RatioTarget(new BigDecimal(1200), new BigDecimal(3));
        assertEquals(new GeneratedRatio(r.numerator(), r.denominator()).hashCode(), r.hashCode());
        assertEquals(r, new RatioTarget(new BigDecimal(1200), new BigDecimal(3)));
        assertNotEquals(r, new RatioTarget(new BigDecimal(1200), new BigDecimal(4)));
        assertNotEquals(r, new RatioTarget(new BigDecimal(1300), new BigDecimal(3)));

        TargetSpec s = new TargetSpec("1200/3", r, Optional.of("letto come rapporto"));
        assertEquals(new GeneratedSpec("1200/3", r, Optional.of("letto come rapporto")).hashCode(), s.hashCode());
        assertEquals(s, new TargetSpec("1200/3", new RatioTarget(new BigDecimal(1200), new BigDecimal(3)),
                Optional.of("letto come rapporto")));
        assertNotEquals(s, TargetSpec.of("1200/3", r));
        assertNotEquals(s, new TargetSpec("1200 / 3", r, Optional.of("letto come rapporto")));
        assertNotEquals(TargetSpec.of("75%", n), TargetSpec.of("75%", range));
    }
}
