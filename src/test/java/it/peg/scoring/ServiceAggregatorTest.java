package it.peg.scoring;

import it.peg.domain.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static it.peg.scoring.IndicatorScorerTest.assertFraction;
import static it.peg.scoring.ObjectiveAggregatorTest.TEN;
import static it.peg.scoring.PlanFixture.DEC31;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Service and ente rules: objective weights, coverage, missing services, overall mean and distribution. */
class ServiceAggregatorTest {

    /** Service S1 with objectives A, B, C weighted as given, one indicator each (target 10). */
    static PlanFixture threeObjectives(String wa, String wb, String wc) {
        PlanFixture plan = PlanFixture.plan().service("S1")
                .objective("A", "S1", wa).objective("B", "S1", wb).objective("C", "S1", wc);
        plan.indicator("IA", "A", "10", TEN);
        plan.indicator("IB", "B", "10", TEN);
        plan.indicator("IC", "C", "10", TEN);
        return plan;
    }

    static ScoreReport score(Plan plan, SubmissionFixture... submissions) {
        Map<String, it.peg.domain.Submission> map = new java.util.HashMap<>();
        for (SubmissionFixture s : submissions) {
            it.peg.domain.Submission built = s.build();
            map.put(built.serviceCode(), built);
        }
        return Scorer.score(plan, PlanFixture.finale(), map, Map.of());
    }

    @Test
    void coefficientObjectiveWeights() {
        ScoreReport r = score(threeObjectives("1.0", "1.2", "1.4").build(), SubmissionFixture.of("S1")
                .number("IA", DEC31, "10").number("IB", DEC31, "5").number("IC", DEC31, "0"));
        // (1,0 x 1 + 1,2 x 0,5 + 1,4 x 0) / 3,6
        assertFraction("0.4444444444444444", r.service("S1").orElseThrow().score().orElseThrow());
        assertFraction("0.2777777777777778", r.objective("A").orElseThrow().weight().orElseThrow());
        assertEquals(Optional.of("Non raggiunto"), r.service("S1").orElseThrow().esito());
    }

    @Test
    void blankObjectiveWeightsAreEqual() {
        ScoreReport r = score(threeObjectives("", "", "").build(), SubmissionFixture.of("S1")
                .number("IA", DEC31, "10").number("IB", DEC31, "5").number("IC", DEC31, "6"));
        // (1 + 0,5 + 0,6) / 3
        assertFraction("0.7", r.service("S1").orElseThrow().score().orElseThrow());
    }

    @Test
    void mixedBlankObjectiveWeightsBlankWeighsZero() {
        ScoreReport r = score(threeObjectives("40", "", "60").build(), SubmissionFixture.of("S1")
                .number("IA", DEC31, "10").number("IB", DEC31, "0").number("IC", DEC31, "5"));
        // (40 x 1 + 60 x 0,5) / 100
        assertFraction("0.7", r.service("S1").orElseThrow().score().orElseThrow());
    }

    @Test
    void coverageCountsObjectivesWithAScore() {
        ScoreReport r = score(threeObjectives("20", "30", "50").build(), SubmissionFixture.of("S1")
                .number("IA", DEC31, "10").number("IB", DEC31, "8").blank("IC", DEC31));
        // (20 x 1 + 30 x 0,8) / 50 = 0,88; coverage 50/100
        assertFraction("0.88", r.service("S1").orElseThrow().score().orElseThrow());
        assertFraction("0.5", r.service("S1").orElseThrow().coverage());
    }

    @Test
    void enteIsThePlainMeanOfScoredServicesAndMissingServicesAreLeftOut() {
        PlanFixture plan = PlanFixture.plan().service("S1").service("S2").service("S3")
                .objective("A", "S1", "").objective("B", "S2", "").objective("C", "S3", "");
        plan.indicator("IA", "A", "10", TEN);
        plan.indicator("IB", "B", "10", TEN);
        plan.indicator("IC", "C", "10", TEN);
        ScoreReport r = score(plan.build(), SubmissionFixture.of("S1").number("IA", DEC31, "8"),
                SubmissionFixture.of("S2").number("IB", DEC31, "6"));
        assertFraction("0.7", r.overall().orElseThrow());
        assertEquals(Optional.of("Parzialmente raggiunto"), r.overallEsito());
        ServiceScore missing = r.service("S3").orElseThrow();
        assertTrue(missing.score().isEmpty());
        assertFraction("0", missing.coverage());
        assertEquals(ScoreStatus.MISSING, r.indicator("IC").orElseThrow().status());
        assertEquals(2, r.distribution().count());
        assertFraction("0.7", r.distribution().median().orElseThrow());
        assertEquals(List.of("S1", "S2", "S3"), r.services().stream().map(ServiceScore::serviceCode).toList());
    }

    @Test
    void objectivesOnlyMonitoredAtAnIntermediateVerificaTakeNoPartInTheService() {
        PlanFixture plan = threeObjectives("20", "30", "50");
        plan.indicator("IA2", "A", "10", TEN).targetAt(PlanFixture.JUN30, "4",
                new it.peg.domain.NumericTarget(new java.math.BigDecimal("4"), it.peg.domain.Comparison.UNSPECIFIED,
                        false));
        ScoreReport r = Scorer.score(plan.build(), PlanFixture.intermediate(), Map.of("S1", SubmissionFixture.of("S1")
                .number("IA2", PlanFixture.JUN30, "3").number("IB", PlanFixture.JUN30, "4").build()), Map.of());
        // only A has an applicable indicator (IA2: 3/4); B and C are monitored only
        assertFraction("0.75", r.service("S1").orElseThrow().score().orElseThrow());
        assertFraction("1", r.service("S1").orElseThrow().coverage());
        assertTrue(r.objective("B").orElseThrow().weight().isEmpty());
    }

    @Test
    void sameInputsGiveTheSameReport() {
        Plan plan = threeObjectives("1.0", "1.2", "1.4").build();
        SubmissionFixture sub = SubmissionFixture.of("S1").number("IA", DEC31, "3").number("IB", DEC31, "7");
        assertEquals(score(plan, sub), score(plan, sub));
        assertEquals(List.of("IA", "IB", "IC"),
                score(plan, sub).indicators().stream().map(IndicatorScore::indicatorCode).toList());
    }
}
