package it.peg.scoring;

import it.peg.domain.Aggregation;
import it.peg.domain.Comparison;
import it.peg.domain.NumericTarget;
import it.peg.domain.Plan;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static it.peg.scoring.IndicatorScorerTest.assertFraction;
import static it.peg.scoring.PlanFixture.DEC31;
import static it.peg.scoring.PlanFixture.JUN30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Objective rules: weights, aggregation, coverage, override, office statement. Targets are all 10. */
class ObjectiveAggregatorTest {
    static final NumericTarget TEN = new NumericTarget(BigDecimal.TEN, Comparison.UNSPECIFIED, false);

    /** Indicators I1.. of objective O1 with the given weights ("" = blank). */
    static PlanFixture objectiveWith(Aggregation aggregation, String... weights) {
        PlanFixture plan = PlanFixture.plan().service("S1").objective("O1", "S1", "100", aggregation);
        for (int i = 0; i < weights.length; i++) {
            PlanFixture.Ind ind = plan.indicator("I" + (i + 1), "O1", "10", TEN);
            if (!weights[i].isEmpty()) {
                ind.weight(weights[i]);
            }
        }
        return plan;
    }

    /** Values for I1.. at 31/12 ("" = blank). */
    static ScoreReport scoreFinal(PlanFixture plan, String... values) {
        SubmissionFixture sub = SubmissionFixture.of("S1");
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty()) {
                sub.blank("I" + (i + 1), DEC31);
            } else {
                sub.number("I" + (i + 1), DEC31, values[i]);
            }
        }
        return Scorer.score(plan.build(), PlanFixture.finale(), Map.of("S1", sub.build()), Map.of());
    }

    @Test
    void weightedMeanWithPercentWeights() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "60", "40"), "10", "5");
        // (60 x 1 + 40 x 0,5) / 100
        assertFraction("0.8", r.objective("O1").orElseThrow().computed().orElseThrow());
        assertFraction("1", r.objective("O1").orElseThrow().coverage());
        assertFraction("0.6", r.indicator("I1").orElseThrow().weight().orElseThrow());
        assertFraction("0.4", r.indicator("I2").orElseThrow().weight().orElseThrow());
        assertEquals(Optional.of("Parzialmente raggiunto"), r.objective("O1").orElseThrow().esito());
    }

    @Test
    void allWeightsBlankMeansEqualWeights() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "", "", ""), "10", "5", "0");
        // (1 + 0,5 + 0) / 3
        assertFraction("0.5", r.objective("O1").orElseThrow().computed().orElseThrow());
        assertFraction("0.3333333333333333", r.indicator("I3").orElseThrow().weight().orElseThrow());
    }

    @Test
    void mixedBlankWeightsBlankWeighsZero() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "50", "", "50"), "10", "0", "5");
        // (50 x 1 + 0 x 0 + 50 x 0,5) / 100
        assertFraction("0.75", r.objective("O1").orElseThrow().computed().orElseThrow());
        assertFraction("0", r.indicator("I2").orElseThrow().weight().orElseThrow());
    }

    @Test
    void coefficientWeightsAreNormalised() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "1.0", "1.2", "1.4"), "10", "5", "0");
        // (1,0 x 1 + 1,2 x 0,5 + 1,4 x 0) / 3,6 = 1,6 / 3,6
        assertFraction("0.4444444444444444", r.objective("O1").orElseThrow().computed().orElseThrow());
        assertFraction("0.3888888888888889", r.indicator("I3").orElseThrow().weight().orElseThrow());
    }

    @Test
    void missingIndicatorLowersCoverageNotScore() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "30", "70"), "8", "");
        ObjectiveScore o = r.objective("O1").orElseThrow();
        assertFraction("0.8", o.computed().orElseThrow());
        assertFraction("0.3", o.coverage());
    }

    @Test
    void nothingScoredMeansNoScoreAndZeroCoverage() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "30", "70"), "", "");
        ObjectiveScore o = r.objective("O1").orElseThrow();
        assertTrue(o.computed().isEmpty());
        assertTrue(o.esito().isEmpty());
        assertFraction("0", o.coverage());
    }

    @Test
    void allAggregationNeedsEveryTargetReached() {
        assertFraction("0", scoreFinal(objectiveWith(Aggregation.ALL, "50", "50"), "10", "9.9")
                .objective("O1").orElseThrow().computed().orElseThrow());
        assertFraction("1", scoreFinal(objectiveWith(Aggregation.ALL, "50", "50"), "10", "12")
                .objective("O1").orElseThrow().computed().orElseThrow());
    }

    @Test
    void allAggregationUsesRawAchievementNotTheCappedOne() {
        // cap 90%: both indicators capped at 0,9 but both reach their target (raw >= 1)
        PlanFixture plan = objectiveWith(Aggregation.ALL, "", "").cap("0.9");
        assertFraction("1", scoreFinal(plan, "10", "11").objective("O1").orElseThrow().computed().orElseThrow());
    }

    @Test
    void nucleoOverrideReplacesTheScoreEverywhereVisibly() {
        Plan plan = objectiveWith(Aggregation.WEIGHTED_MEAN, "").objective("O2", "S1", "100")
                .indicator("I9", "O2", "10", TEN).build();
        SubmissionFixture sub = SubmissionFixture.of("S1").number("I1", DEC31, "5").number("I9", DEC31, "10");
        NucleoOverride nucleo = new NucleoOverride("O1", Optional.of(new BigDecimal("0.9")), "Ritardo non imputabile");
        ScoreReport r = Scorer.score(plan, PlanFixture.finale(), Map.of("S1", sub.build()), Map.of("O1", nucleo));
        ObjectiveScore o = r.objective("O1").orElseThrow();
        assertFraction("0.5", o.computed().orElseThrow());
        assertFraction("0.9", o.effective().orElseThrow());
        assertTrue(o.overridden());
        assertEquals(Optional.of("Raggiunto"), o.esito());
        // service: (0,9 + 1) / 2, not (0,5 + 1) / 2
        assertFraction("0.95", r.service("S1").orElseThrow().score().orElseThrow());
        assertFraction("0.95", r.overall().orElseThrow());
    }

    @Test
    void overrideWithoutScoreKeepsTheComputedOne() {
        Plan plan = objectiveWith(Aggregation.WEIGHTED_MEAN, "").build();
        NucleoOverride noteOnly = new NucleoOverride("O1", Optional.empty(), "Verificato");
        ScoreReport r = Scorer.score(plan, PlanFixture.finale(),
                Map.of("S1", SubmissionFixture.of("S1").number("I1", DEC31, "5").build()), Map.of("O1", noteOnly));
        assertFalse(r.objective("O1").orElseThrow().overridden());
        assertFraction("0.5", r.service("S1").orElseThrow().score().orElseThrow());
    }

    @Test
    void intermediateWeightsAndMonitoredIndicatorsOutOfCoverage() {
        PlanFixture plan = PlanFixture.plan().service("S1").objective("O1", "S1", "100");
        plan.indicator("I1", "O1", "10", TEN).weight("50")
                .targetAt(JUN30, "4", new NumericTarget(new BigDecimal("4"), Comparison.UNSPECIFIED, false))
                .weightAt(JUN30, "20");
        plan.indicator("I2", "O1", "10", TEN).weight("30")
                .targetAt(JUN30, "5", new NumericTarget(new BigDecimal("5"), Comparison.UNSPECIFIED, false));
        plan.indicator("I3", "O1", "10", TEN).weight("20");
        SubmissionFixture sub = SubmissionFixture.of("S1").number("I1", JUN30, "4").blank("I2", JUN30)
                .number("I3", JUN30, "3");
        ScoreReport r = Scorer.score(plan.build(), PlanFixture.intermediate(), Map.of("S1", sub.build()), Map.of());
        // applicable: I1 (weight 20 at 30/06) scored 1, I2 (30) missing; I3 monitored
        ObjectiveScore o = r.objective("O1").orElseThrow();
        assertFraction("1", o.computed().orElseThrow());
        assertFraction("0.4", o.coverage());
        assertFraction("0.4", r.indicator("I1").orElseThrow().weight().orElseThrow());
        assertFraction("0.6", r.indicator("I2").orElseThrow().weight().orElseThrow());
        assertEquals(ScoreStatus.MONITORED, r.indicator("I3").orElseThrow().status());
    }

    @Test
    void officeStatementIsKeptApartFromTheScore() {
        Plan plan = objectiveWith(Aggregation.WEIGHTED_MEAN, "").build();
        SubmissionFixture sub = SubmissionFixture.of("S1").number("I1", JUN30, "2")
                .objective("O1", JUN30, true, "Gara avviata a maggio");
        ScoreReport r = Scorer.score(plan, PlanFixture.intermediate(), Map.of("S1", sub.build()), Map.of());
        ObjectiveScore o = r.objective("O1").orElseThrow();
        assertEquals(Optional.of(true), o.reachable());
        assertEquals("Gara avviata a maggio", o.notes());
        assertTrue(o.computed().isEmpty());
    }

    @Test
    void objectiveWithoutIndicatorsHasNoScoreAndNoWeight() {
        Plan plan = objectiveWith(Aggregation.WEIGHTED_MEAN, "").objective("O-COLL", "S1", "50").build();
        ScoreReport r = Scorer.score(plan, PlanFixture.finale(),
                Map.of("S1", SubmissionFixture.of("S1").number("I1", DEC31, "7").build()), Map.of());
        ObjectiveScore linked = r.objective("O-COLL").orElseThrow();
        assertTrue(linked.computed().isEmpty());
        assertTrue(linked.weight().isEmpty());
        assertFraction("1", r.objective("O1").orElseThrow().weight().orElseThrow());
        assertFraction("0.7", r.service("S1").orElseThrow().score().orElseThrow());
        assertFraction("1", r.service("S1").orElseThrow().coverage());
    }
}
