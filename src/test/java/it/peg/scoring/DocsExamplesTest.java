package it.peg.scoring;

import it.peg.domain.Comparison;
import it.peg.domain.DeadlineTarget;
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
import static it.peg.scoring.PlanFixture.SEP30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worked examples of docs/scoring.md, so that the page cannot drift from the code. */
class DocsExamplesTest {

    static PlanFixture trezzoObjective1() {
        PlanFixture plan = PlanFixture.plan().service("SOC").objective("SAD", "SOC", "");
        plan.indicator("FAM", "SAD", "=>15", new NumericTarget(new BigDecimal("15"), Comparison.AT_LEAST, false))
                .weight("20");
        plan.indicator("INT", "SAD", "=>20", new NumericTarget(new BigDecimal("20"), Comparison.AT_LEAST, false))
                .weight("20");
        plan.indicator("MED", "SAD", "=7", new NumericTarget(new BigDecimal("7"), Comparison.EQUAL, false))
                .weight("20");
        plan.indicator("PROT", "SAD", "31.12", new DeadlineTarget(DEC31)).weight("20");
        return plan;
    }

    @Test
    void trezzoObjectiveWeightsSummingTo80AreNormalised() {
        SubmissionFixture sub = SubmissionFixture.of("SOC").number("FAM", DEC31, "12").number("INT", DEC31, "24")
                .number("MED", DEC31, "7").date("PROT", DEC31, LocalDate.of(2018, 11, 15));
        ScoreReport r = Scorer.score(trezzoObjective1().build(), PlanFixture.finale(), Map.of("SOC", sub.build()),
                Map.of());
        assertFraction("0.95", r.objective("SAD").orElseThrow().computed().orElseThrow());
        assertFraction("0.25", r.indicator("FAM").orElseThrow().weight().orElseThrow());
    }

    @Test
    void trezzoObjectiveWithOneIndicatorLeftBlank() {
        SubmissionFixture sub = SubmissionFixture.of("SOC").number("FAM", DEC31, "12").number("INT", DEC31, "24")
                .blank("MED", DEC31).date("PROT", DEC31, LocalDate.of(2018, 11, 15));
        ObjectiveScore o = Scorer.score(trezzoObjective1().build(), PlanFixture.finale(),
                Map.of("SOC", sub.build()), Map.of()).objective("SAD").orElseThrow();
        // (16 + 20 + 20) / 60, coverage 60/80
        assertFraction("0.9333333333333333", o.computed().orElseThrow());
        assertFraction("0.75", o.coverage());
    }

    @Test
    void serravalleDeadlineWithTolerance30() {
        PlanFixture plan = PlanFixture.plan().tolerance(30).service("S1").objective("O1", "S1", "");
        plan.indicator("I1", "O1", "Settembre 2018", new DeadlineTarget(SEP30));
        IndicatorScore s = Scorer.score(plan.build(), PlanFixture.finale(),
                Map.of("S1", SubmissionFixture.of("S1").date("I1", DEC31, LocalDate.of(2018, 10, 15)).build()),
                Map.of()).indicator("I1").orElseThrow();
        assertFraction("0.5", s.achievement().orElseThrow());
    }

    @Test
    void firenzeRatioProjectionAtJune() {
        PlanFixture plan = PlanFixture.plan().service("ZN").objective("O1", "ZN", "");
        plan.indicator("I1", "O1", "1200/3", new RatioTarget(new BigDecimal("1200"), new BigDecimal("3")))
                .cumulative();
        Plan p = plan.build();
        ScoreReport r = Scorer.score(p, PlanFixture.intermediate(),
                Map.of("ZN", SubmissionFixture.of("ZN").ratio("I1", JUN30, "590", "3").build()), Map.of());
        IndicatorScore s = r.indicator("I1").orElseThrow();
        assertTrue(r.objective("O1").orElseThrow().atRisk());
        assertEquals("nessun target al 30/06: monitorato, non valutato; valore 590/3; proiezione al 31/12: "
                + "590 × 365/181 = 1189,78; 1189,78/3 = 396,59 rispetto a 1200/3 = 400: 99,1% → a rischio",
                s.explanation());
    }
}
