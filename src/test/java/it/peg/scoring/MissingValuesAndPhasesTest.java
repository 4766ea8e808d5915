package it.peg.scoring;

import it.peg.domain.Aggregation;
import it.peg.domain.MissingValues;
import it.peg.domain.PhaseState;
import it.peg.domain.Submission;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static it.peg.scoring.IndicatorScorerTest.assertFraction;
import static it.peg.scoring.ObjectiveAggregatorTest.objectiveWith;
import static it.peg.scoring.ObjectiveAggregatorTest.scoreFinal;
import static it.peg.scoring.PlanFixture.DEC31;
import static it.peg.scoring.PlanFixture.JUN30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17: the rule for missing values, coverage at every level, {@code tutti}, the ente's coverage, phases. */
class MissingValuesAndPhasesTest {

    @Test
    void notValuedScoresOverWhatWasReportedAndSaysHowMuchThatIs() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "50", "50"), "10", "");
        assertFraction("1", r.objective("O1").orElseThrow().computed().orElseThrow());
        assertFraction("0.5", r.objective("O1").orElseThrow().coverage());
        assertFraction("0.5", r.service("S1").orElseThrow().coverage());
    }

    @Test
    void zeroCountsAnEmptyDueValueAtZero() {
        ScoreReport r = scoreFinal(objectiveWith(Aggregation.WEIGHTED_MEAN, "50", "50")
                .missingValues(MissingValues.ZERO), "10", "");
        assertFraction("0.5", r.objective("O1").orElseThrow().computed().orElseThrow());
        assertFraction("0.5", r.objective("O1").orElseThrow().coverage()); // coverage is still of what was reported
        assertEquals(ScoreStatus.MISSING, r.indicator("I2").orElseThrow().status());
    }

    @Test
    void zeroDoesNotScoreAServiceThatDeliveredNothing() {
        PlanFixture plan = objectiveWith(Aggregation.WEIGHTED_MEAN, "50", "50").missingValues(MissingValues.ZERO);
        ScoreReport r = Scorer.score(plan.build(), PlanFixture.finale(), Map.of(), Map.of());
        assertTrue(r.objective("O1").orElseThrow().computed().isEmpty());
        assertTrue(r.service("S1").orElseThrow().score().isEmpty());
    }

    @Test
    void tuttiNeedsEveryIndicator() {
        // one reached, one not reported: before issue 17 this was 100%
        ScoreReport unknown = scoreFinal(objectiveWith(Aggregation.ALL, "", ""), "10", "");
        assertTrue(unknown.objective("O1").orElseThrow().computed().isEmpty());
        assertFraction("0.5", unknown.objective("O1").orElseThrow().coverage());
        // one missed: the objective is not reached whatever the other says
        ScoreReport missed = scoreFinal(objectiveWith(Aggregation.ALL, "", "", ""), "10", "5", "");
        assertFraction("0", missed.objective("O1").orElseThrow().computed().orElseThrow());
        ScoreReport zero = scoreFinal(objectiveWith(Aggregation.ALL, "", "").missingValues(MissingValues.ZERO), "10", "");
        assertFraction("0", zero.objective("O1").orElseThrow().computed().orElseThrow());
        ScoreReport all = scoreFinal(objectiveWith(Aggregation.ALL, "", ""), "10", "12");
        assertFraction("1", all.objective("O1").orElseThrow().computed().orElseThrow());
    }

    /** The demo's LLPP showed 100% coverage while its objective LLPP_1 had 50%. */
    @Test
    void aServiceCoversWhatItsObjectivesCover() {
        PlanFixture plan = PlanFixture.plan().service("S1").objective("O1", "S1", "60").objective("O2", "S1", "40");
        plan.indicator("I1", "O1", "10", ObjectiveAggregatorTest.TEN).and().indicator("I2", "O1", "10",
                ObjectiveAggregatorTest.TEN).and().indicator("I3", "O2", "10", ObjectiveAggregatorTest.TEN);
        Submission s = SubmissionFixture.of("S1").number("I1", DEC31, "10").blank("I2", DEC31)
                .number("I3", DEC31, "10").build();
        ScoreReport r = Scorer.score(plan.build(), PlanFixture.finale(), Map.of("S1", s), Map.of());
        assertFraction("0.5", r.objective("O1").orElseThrow().coverage());
        assertFraction("1", r.objective("O2").orElseThrow().coverage());
        // 60% x 50% + 40% x 100%
        assertFraction("0.7", r.service("S1").orElseThrow().coverage());
    }

    @Test
    void theEnteScoreSaysHowManyServicesItIsTheMeanOf() {
        PlanFixture plan = PlanFixture.plan().service("S1").service("S2").objective("O1", "S1", "")
                .objective("O2", "S2", "");
        plan.indicator("I1", "O1", "10", ObjectiveAggregatorTest.TEN).and().indicator("I2", "O2", "10",
                ObjectiveAggregatorTest.TEN);
        ScoreReport r = Scorer.score(plan.build(), PlanFixture.finale(),
                Map.of("S1", SubmissionFixture.of("S1").number("I1", DEC31, "10").build()), Map.of());
        assertEquals("1 servizio valutato su 2 attesi (50%)", r.overallCoverageText());
        assertFraction("0.5", r.overallCoverage().orElseThrow());
        ScoreReport both = Scorer.score(plan.build(), PlanFixture.finale(), Map.of(
                "S1", SubmissionFixture.of("S1").number("I1", DEC31, "10").build(),
                "S2", SubmissionFixture.of("S2").number("I2", DEC31, "5").build()), Map.of());
        assertEquals("2 servizi valutati su 2 attesi (100%)", both.overallCoverageText());
        PlanFixture one = PlanFixture.plan().service("S1").objective("O1", "S1", "");
        one.indicator("I1", "O1", "10", ObjectiveAggregatorTest.TEN);
        assertEquals("0 servizi valutati su 1 atteso (0%)",
                Scorer.score(one.build(), PlanFixture.finale(), Map.of(), Map.of()).overallCoverageText());
    }

    @Test
    void aPhaseLateAgainstItsMonthsPutsItsObjectiveAtRisk() {
        PlanFixture plan = PlanFixture.plan().service("S1").objective("O1", "S1", "")
                .phase("O1", "A", "GEN-MAR", 1, 2, 3).phase("O1", "B", "GIU-DIC", 6, 7, 8, 9, 10, 11, 12)
                .phase("O1", "B", "GIU", 6);
        plan.indicator("I1", "O1", "10", ObjectiveAggregatorTest.TEN);
        Submission s = SubmissionFixture.of("S1")
                .phase("O1", "A", JUN30, PhaseState.IN_CORSO)
                .phase("O1", "B", JUN30, PhaseState.DA_AVVIARE)
                .phase("O1", "B_2", JUN30, null).build();
        ScoreReport r = Scorer.score(plan.build(), PlanFixture.intermediate(), Map.of("S1", s), Map.of());
        ObjectiveScore o = r.objective("O1").orElseThrow();
        assertTrue(o.atRisk());
        assertEquals(3, o.phases().size());
        assertEquals(Optional.of(PhaseSchedule.Lateness.NOT_COMPLETED), o.phases().get(0).late());
        // June, its first month, is over at 30/06: it should have started
        assertEquals(Optional.of(PhaseSchedule.Lateness.NOT_STARTED), o.phases().get(1).late());
        // a blank state says nothing: not judged
        assertEquals(Optional.empty(), o.phases().get(2).late());
        assertEquals("non indicato", o.phases().get(2).stateText());
        assertEquals("A: non completata (mesi GEN-MAR); B: non avviata (mesi GIU-DIC)", o.latePhasesText());
        assertEquals("in ritardo: non completata (mesi GEN-MAR)", o.phases().get(0).lateText());

        Submission onTime = SubmissionFixture.of("S1").phase("O1", "A", JUN30, PhaseState.COMPLETATA)
                .phase("O1", "B", JUN30, PhaseState.IN_CORSO).build();
        assertFalse(Scorer.score(plan.build(), PlanFixture.intermediate(), Map.of("S1", onTime), Map.of())
                .objective("O1").orElseThrow().atRisk());
    }
}
