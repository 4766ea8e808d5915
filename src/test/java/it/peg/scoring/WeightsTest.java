package it.peg.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The normalised weights: the quotient as before, one shared copy per distinct value (issue 21, the night's heap). */
class WeightsTest {
    @Test
    void aNormalisedWeightIsTheQuotientAndEqualOnesAreOneCopy() {
        Random random = new Random(21);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal w = BigDecimal.valueOf(random.nextInt(2_000), random.nextInt(3));
            BigDecimal total = w.add(BigDecimal.valueOf(1 + random.nextInt(5_000), random.nextInt(3)));
            Optional<BigDecimal> n = Weights.normalised(w, total);
            BigDecimal expected = w.divide(total, Achievements.MC);
            assertEquals(Optional.of(expected), n);
            assertEquals(expected.scale(), n.orElseThrow().scale(), "the same scale: the same text in the outputs");
        }
        Optional<BigDecimal> third = Weights.normalised(BigDecimal.ONE, BigDecimal.valueOf(3));
        assertSame(third, Weights.normalised(BigDecimal.valueOf(2), BigDecimal.valueOf(6)), "1/3 and 2/6: one copy");
        assertSame(third, Weights.normalised(new BigDecimal("20"), new BigDecimal("60")));
        assertEquals(Optional.of(new BigDecimal("0.5")), Weights.normalised(new BigDecimal("1.0"), new BigDecimal("2")));
        assertEquals(Optional.of(new BigDecimal("0.50")), Weights.normalised(new BigDecimal("1.00"), new BigDecimal("2")),
                "another scale is another value: not the 0.5 shared");
    }
}
