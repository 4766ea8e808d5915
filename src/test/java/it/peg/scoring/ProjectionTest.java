package it.peg.scoring;

import it.peg.domain.Comparison;
import it.peg.domain.NumericTarget;
import it.peg.domain.Plan;
import it.peg.domain.RatioTarget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static it.peg.scoring.IndicatorScorerTest.assertFraction;
import static it.peg.scoring.PlanFixture.DEC31;
import static it.peg.scoring.PlanFixture.JUN30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projection of cumulative indicators: days 1/1-30/06 = 181, 1/1-31/12 = 365 (2018). */
class ProjectionTest {

    static ScoreReport atJune(Plan plan, SubmissionFixture sub) {
        return Scorer.score(plan, PlanFixture.intermediate(), Map.of("S1", sub.build()), Map.of());
    }

    static Plan cumulative(String target, it.peg.domain.Target t) {
        PlanFixture plan = PlanFixture.plan().service("S1").objective("O1", "S1", "");
        plan.indicator("I1", "O1", target, t).cumulative();
        return plan.build();
    }

    @Test
    void inclusiveDayCounts() {
        assertEquals(181, Projection.daysFromJan1(JUN30));
        assertEquals(365, Projection.daysFromJan1(DEC31));
        assertEquals(1, Projection.daysFromJan1(LocalDate.of(2018, 1, 1)));
    }

    @Test
    void projectedBelowFinalTargetIsAtRisk() {
        ScoreReport r = atJune(cumulative("1200", NumericTarget.of("1200")),
                SubmissionFixture.of("S1").number("I1", JUN30, "500"));
        IndicatorScore s = r.indicator("I1").orElseThrow();
        // 500 x 365 / 181 = 1008,287...
        assertFraction("1008.287292817680", s.projection().orElseThrow());
        assertEquals(ScoreStatus.MONITORED, s.status());
        assertTrue(r.objective("O1").orElseThrow().atRisk());
        assertEquals("nessun target al 30/06: monitorato, non valutato; valore 500; proiezione al 31/12: "
                + "500 × 365/181 = 1008,29; valore 1008,29 rispetto al target 1200: 1008,29/1200 = 84% → a rischio",
                s.explanation());
    }

    @Test
    void projectedAboveFinalTargetIsNotAtRisk() {
        ScoreReport r = atJune(cumulative("1200", NumericTarget.of("1200")),
                SubmissionFixture.of("S1").number("I1", JUN30, "600"));
        // 600 x 365 / 181 = 1209,94 >= 1200
        assertFraction("1209.944751381215", r.indicator("I1").orElseThrow().projection().orElseThrow());
        assertFalse(r.objective("O1").orElseThrow().atRisk());
    }

    @Test
    void ratioProjectsTheNumeratorOnly() {
        ScoreReport r = atJune(cumulative("1200/3", new RatioTarget(new BigDecimal("1200"), new BigDecimal("3"))),
                SubmissionFixture.of("S1").ratio("I1", JUN30, "590", "3"));
        // 590 x 365/181 = 1189,78; /3 = 396,59 < 400
        assertFraction("1189.779005524862", r.indicator("I1").orElseThrow().projection().orElseThrow());
        assertTrue(r.objective("O1").orElseThrow().atRisk());
    }

    @Test
    void decreasingCumulativeProjectedOverTheLimitIsAtRisk() {
        ScoreReport r = atJune(cumulative("non oltre 100", new NumericTarget(new BigDecimal("100"),
                        Comparison.AT_MOST, false)),
                SubmissionFixture.of("S1").number("I1", JUN30, "60"));
        // 60 x 365/181 = 121 > 100
        assertTrue(r.objective("O1").orElseThrow().atRisk());
    }

    @Test
    void noProjectionAtTheFinalVerificaNorForNonCumulative() {
        Plan plan = cumulative("1200", NumericTarget.of("1200"));
        ScoreReport fin = Scorer.score(plan, PlanFixture.finale(),
                Map.of("S1", SubmissionFixture.of("S1").number("I1", DEC31, "500").build()), Map.of());
        assertTrue(fin.indicator("I1").orElseThrow().projection().isEmpty());
        assertFalse(fin.objective("O1").orElseThrow().atRisk());

        PlanFixture plain = PlanFixture.plan().service("S1").objective("O1", "S1", "");
        plain.indicator("I1", "O1", "1200", NumericTarget.of("1200"));
        ScoreReport june = atJune(plain.build(), SubmissionFixture.of("S1").number("I1", JUN30, "10"));
        assertTrue(june.indicator("I1").orElseThrow().projection().isEmpty());
        assertFalse(june.objective("O1").orElseThrow().atRisk());
    }
}
