package it.peg.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static it.peg.scoring.IndicatorScorerTest.assertFraction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {
    static List<BigDecimal> values(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    @Test
    void quartilesAsExcelQuartileInc() {
        Distribution d = Statistics.distribution(values("0.9", "0.5", "1", "0.7"));
        assertEquals(4, d.count());
        assertFraction("0.775", d.mean().orElseThrow());
        // h = (n - 1) p + 1; Q1: h = 1,75 -> 0,5 + 0,75 x 0,2; Q3: h = 3,25 -> 0,9 + 0,25 x 0,1
        assertFraction("0.65", d.q1().orElseThrow());
        assertFraction("0.8", d.median().orElseThrow());
        assertFraction("0.925", d.q3().orElseThrow());
        // sample standard deviation: sqrt(0,1475 / 3)
        assertFraction("0.2217355782608345", d.stdDev().orElseThrow());
        assertFraction("0.5", d.min().orElseThrow());
        assertFraction("1", d.max().orElseThrow());
    }

    @Test
    void oneServiceHasNoStandardDeviation() {
        Distribution d = Statistics.distribution(values("0.8"));
        assertEquals(1, d.count());
        assertFraction("0.8", d.q1().orElseThrow());
        assertTrue(d.stdDev().isEmpty());
    }

    @Test
    void noServiceGivesAnEmptyDistribution() {
        assertEquals(Distribution.empty(), Statistics.distribution(List.of()));
    }
}
