package it.peg.scoring;

import it.peg.domain.Comparison;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.NumericTarget;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoTarget;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static it.peg.scoring.PlanFixture.DEC31;
import static it.peg.scoring.PlanFixture.JUN30;
import static it.peg.scoring.PlanFixture.SEP30;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule of docs/scoring-rules.md per test, with hand-computed expectations. */
class IndicatorScorerTest {
    static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    static void assertFraction(String expected, BigDecimal actual) {
        assertTrue(new BigDecimal(expected).subtract(actual).abs().compareTo(TOLERANCE) <= 0,
                "expected " + expected + " but was " + actual);
    }

    static NumericTarget num(String value, Comparison comparison) {
        return new NumericTarget(new BigDecimal(value), comparison, false);
    }

    static PlanFixture single(String targetText, Target target) {
        PlanFixture plan = PlanFixture.plan().service("S1").objective("O1", "S1", "100");
        plan.indicator("I1", "O1", targetText, target);
        return plan;
    }

    static IndicatorScore score(Plan plan, SubmissionFixture submission, Verifica verifica) {
        return Scorer.score(plan, verifica, Map.of("S1", submission.build()), Map.of()).indicator("I1").orElseThrow();
    }

    static IndicatorScore scoreFinal(PlanFixture plan, SubmissionFixture submission) {
        return score(plan.build(), submission, PlanFixture.finale());
    }

    @Test
    void firenzeRatio1200Over3ReportedAs1300And3IsCapped() {
        IndicatorScore s = scoreFinal(single("1200/3", new RatioTarget(new BigDecimal("1200"), new BigDecimal("3"))),
                SubmissionFixture.of("S1").ratio("I1", DEC31, "1300", "3"));
        // 1300/3 = 433,333.. against 400: 1,08333.. capped at 1
        assertEquals(ScoreStatus.SCORED, s.status());
        assertFraction("1", s.achievement().orElseThrow());
        assertEquals("1300/3 = 433,33 rispetto a 1200/3 = 400: 108,3% → tetto 100%", s.explanation());
    }

    @Test
    void ratioBelowTarget() {
        IndicatorScore s = scoreFinal(single("31900/39365",
                        new RatioTarget(new BigDecimal("31900"), new BigDecimal("39365"))),
                SubmissionFixture.of("S1").ratio("I1", DEC31, "30000", "39365"));
        // (30000/39365) / (31900/39365) = 30000/31900
        assertFraction("0.9404388714733542", s.achievement().orElseThrow());
    }

    @Test
    void trezzoAtLeast15With12Reported() {
        IndicatorScore s = scoreFinal(single("=>15", num("15", Comparison.AT_LEAST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "12"));
        assertFraction("0.8", s.achievement().orElseThrow());
        assertEquals("valore 12 rispetto al target >=15: 12/15 = 80%", s.explanation());
    }

    @Test
    void decreasingTargetExceeded() {
        IndicatorScore s = scoreFinal(single("<=30", num("30", Comparison.AT_MOST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "35"));
        assertFraction("0.8571428571428571", s.achievement().orElseThrow());
        assertEquals("valore 35 > 30 (decrescente): 30/35 = 85,7%", s.explanation());
    }

    @Test
    void decreasingTargetMet() {
        IndicatorScore s = scoreFinal(single("<=30", num("30", Comparison.AT_MOST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "30"));
        assertFraction("1", s.achievement().orElseThrow());
    }

    @Test
    void paymentTimelinessMinus7AgainstAtMostZeroIsFull() {
        IndicatorScore s = scoreFinal(single("<=0", num("0", Comparison.AT_MOST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "-7"));
        assertFraction("1", s.achievement().orElseThrow());
        assertEquals("valore -7 <= 0 (decrescente): 100%", s.explanation());
    }

    @Test
    void paymentTimelinessLateAgainstAtMostZeroIsZero() {
        IndicatorScore s = scoreFinal(single("<=0", num("0", Comparison.AT_MOST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "5"));
        assertFraction("0", s.achievement().orElseThrow());
        assertEquals(ScoreStatus.SCORED, s.status());
    }

    /**
     * Regression (trial of issue 17): a negative target scored 0 for any value above it. Now the proportion of the
     * decreasing rule, |t| / (|t| + (v - t)): -2 against -5 is 5 / (5 + 3) = 62,5%, 0 is 50%, +5 is 33,3%.
     */
    @Test
    void decreasingNegativeTargetExceededScoresByTheGapInProportionToTheTarget() {
        IndicatorScore s = scoreFinal(single("<=-5", num("-5", Comparison.AT_MOST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "-2"));
        assertFraction("0.625", s.achievement().orElseThrow());
        assertEquals("valore -2 > -5 (decrescente, target negativo): 5/(5 + 3) = 62,5%", s.explanation());
        assertFraction("0.5", scoreFinal(single("<=-5", num("-5", Comparison.AT_MOST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "0")).achievement().orElseThrow());
        assertFraction("1", scoreFinal(single("<=-5", num("-5", Comparison.AT_MOST)),
                SubmissionFixture.of("S1").number("I1", DEC31, "-8")).achievement().orElseThrow());
    }

    @Test
    void increasingTargetZeroReachedByZero() {
        IndicatorScore s = scoreFinal(single("0", num("0", Comparison.UNSPECIFIED)),
                SubmissionFixture.of("S1").number("I1", DEC31, "0"));
        assertFraction("1", s.achievement().orElseThrow());
        assertEquals("valore 0 >= 0 (target non positivo): 100%", s.explanation());
    }

    @Test
    void increasingTargetZeroMissedByNegative() {
        IndicatorScore s = scoreFinal(single("0", num("0", Comparison.UNSPECIFIED)),
                SubmissionFixture.of("S1").number("I1", DEC31, "-1"));
        assertFraction("0", s.achievement().orElseThrow());
    }

    @Test
    void valueZeroAgainstPositiveTargetScoresZero() {
        IndicatorScore s = scoreFinal(single("24000", num("24000", Comparison.UNSPECIFIED)),
                SubmissionFixture.of("S1").number("I1", DEC31, "0"));
        assertEquals(ScoreStatus.SCORED, s.status());
        assertFraction("0", s.achievement().orElseThrow());
    }

    @Test
    void negativeValueAgainstPositiveTargetScoresZero() {
        IndicatorScore s = scoreFinal(single("10", num("10", Comparison.UNSPECIFIED)),
                SubmissionFixture.of("S1").number("I1", DEC31, "-5"));
        assertFraction("0", s.achievement().orElseThrow());
    }

    @Test
    void percentTarget() {
        IndicatorScore s = scoreFinal(single("75%", new NumericTarget(new BigDecimal("0.75"),
                        Comparison.UNSPECIFIED, true)),
                SubmissionFixture.of("S1").number("I1", DEC31, "0.6"));
        assertFraction("0.8", s.achievement().orElseThrow());
        assertEquals("valore 60% rispetto al target 75%: 60%/75% = 80%", s.explanation());
    }

    @Test
    void thresholdExactlyAtBoundaryCounts() {
        IndicatorScore s = scoreFinal(single("10", num("10", Comparison.UNSPECIFIED)).threshold("0.6"),
                SubmissionFixture.of("S1").number("I1", DEC31, "6"));
        assertFraction("0.6", s.achievement().orElseThrow());
    }

    @Test
    void belowThresholdScoresZero() {
        IndicatorScore s = scoreFinal(single("100", num("100", Comparison.UNSPECIFIED)).threshold("0.6"),
                SubmissionFixture.of("S1").number("I1", DEC31, "59"));
        assertFraction("0", s.achievement().orElseThrow());
        assertEquals("valore 59 rispetto al target 100: 59/100 = 59% → sotto la soglia minima 60%: 0%",
                s.explanation());
    }

    @Test
    void capAbove100PercentLetsOverAchievementCountUpToIt() {
        PlanFixture plan = single("10", num("10", Comparison.UNSPECIFIED)).cap("1.2");
        assertFraction("1.1", scoreFinal(plan, SubmissionFixture.of("S1").number("I1", DEC31, "11"))
                .achievement().orElseThrow());
        IndicatorScore capped = scoreFinal(plan, SubmissionFixture.of("S1").number("I1", DEC31, "15"));
        assertFraction("1.2", capped.achievement().orElseThrow());
        assertEquals("valore 15 rispetto al target 10: 15/10 = 150% → tetto 120%", capped.explanation());
    }

    @Test
    void deadlineMetExactlyOnTheDate() {
        IndicatorScore s = scoreFinal(single("Settembre 2018", new DeadlineTarget(SEP30)),
                SubmissionFixture.of("S1").date("I1", DEC31, SEP30));
        assertFraction("1", s.achievement().orElseThrow());
        assertEquals("completato il 30/09/2018, scadenza 30/09/2018: nei termini → 100%", s.explanation());
    }

    @Test
    void serravalleDeadlineCompleted15DaysLateWithoutTolerance() {
        IndicatorScore s = scoreFinal(single("Settembre 2018", new DeadlineTarget(SEP30)),
                SubmissionFixture.of("S1").date("I1", DEC31, LocalDate.of(2018, 10, 15)));
        assertFraction("0", s.achievement().orElseThrow());
        assertEquals("completato il 15/10/2018, scadenza 30/09/2018: 15 giorni di ritardo (tolleranza 0) → 0%",
                s.explanation());
    }

    @Test
    void deadlineOneDayLateWithoutTolerance() {
        IndicatorScore s = scoreFinal(single("30/09/2018", new DeadlineTarget(SEP30)),
                SubmissionFixture.of("S1").date("I1", DEC31, LocalDate.of(2018, 10, 1)));
        assertFraction("0", s.achievement().orElseThrow());
    }

    @Test
    void deadlineOneDayLateWithTolerance10() {
        IndicatorScore s = scoreFinal(single("30/09/2018", new DeadlineTarget(SEP30)).tolerance(10),
                SubmissionFixture.of("S1").date("I1", DEC31, LocalDate.of(2018, 10, 1)));
        // 1 - 1/10
        assertFraction("0.9", s.achievement().orElseThrow());
        assertEquals("completato il 01/10/2018, scadenza 30/09/2018: 1 giorno di ritardo (tolleranza 10): "
                + "1 - 1/10 = 90%", s.explanation());
    }

    @Test
    void deadlineLateByTheWholeToleranceIsZero() {
        IndicatorScore s = scoreFinal(single("30/09/2018", new DeadlineTarget(SEP30)).tolerance(10),
                SubmissionFixture.of("S1").date("I1", DEC31, LocalDate.of(2018, 10, 10)));
        assertFraction("0", s.achievement().orElseThrow());
    }

    @Test
    void deadlineNotCompletedAndNotYetPassedIsInProgress() {
        Plan p = PlanFixture.plan().service("S1").objective("O1", "S1", "100")
                .indicator("I1", "O1", "31/12/2018", new DeadlineTarget(DEC31))
                .targetAt(JUN30, "30/09/2018", new DeadlineTarget(SEP30)).build();
        IndicatorScore s = score(p, SubmissionFixture.of("S1").blank("I1", JUN30), PlanFixture.intermediate());
        assertEquals(ScoreStatus.IN_PROGRESS, s.status());
        assertTrue(s.achievement().isEmpty());
        assertEquals("non ancora completato, scadenza 30/09/2018 non ancora passata: in corso, non valutato",
                s.explanation());
    }

    @Test
    void deadlineNotCompletedAndPassedScoresZero() {
        IndicatorScore s = scoreFinal(single("Settembre 2018", new DeadlineTarget(SEP30)),
                SubmissionFixture.of("S1").blank("I1", DEC31));
        assertEquals(ScoreStatus.SCORED, s.status());
        assertFraction("0", s.achievement().orElseThrow());
    }

    @Test
    void yesNoTargetSi() {
        PlanFixture plan = single("SI", new YesNoTarget(true));
        assertFraction("1", scoreFinal(plan, SubmissionFixture.of("S1").yesNo("I1", DEC31, true))
                .achievement().orElseThrow());
        assertFraction("0", scoreFinal(plan, SubmissionFixture.of("S1").yesNo("I1", DEC31, false))
                .achievement().orElseThrow());
    }

    @Test
    void yesNoTargetNoMeansItMustNotHappen() {
        PlanFixture plan = single("NO", new YesNoTarget(false));
        IndicatorScore no = scoreFinal(plan, SubmissionFixture.of("S1").yesNo("I1", DEC31, false));
        assertFraction("1", no.achievement().orElseThrow());
        assertEquals("NO, atteso NO: 100%", no.explanation());
        assertFraction("0", scoreFinal(plan, SubmissionFixture.of("S1").yesNo("I1", DEC31, true))
                .achievement().orElseThrow());
    }

    @Test
    void qualitativeIsTheSelfAssessedProgressAndFlagged() {
        IndicatorScore s = scoreFinal(single("Avvio del progetto", new QualitativeTarget("Avvio del progetto")),
                SubmissionFixture.of("S1").progress("I1", DEC31, "0.7"));
        assertFraction("0.7", s.achievement().orElseThrow());
        assertTrue(s.qualitative());
    }

    @Test
    void blankValueIsMissing() {
        IndicatorScore s = scoreFinal(single("24000", num("24000", Comparison.UNSPECIFIED)),
                SubmissionFixture.of("S1").blank("I1", DEC31));
        assertEquals(ScoreStatus.MISSING, s.status());
        assertEquals("valore non inserito", s.explanation());
    }

    @Test
    void missingDenominatorRejectedByValidationIsRejected() {
        Plan plan = single("1200/3", new RatioTarget(new BigDecimal("1200"), new BigDecimal("3"))).build();
        IndicatorScore s = Scorer.score(plan, PlanFixture.finale(),
                Map.of("S1", SubmissionFixture.of("S1").blank("I1", DEC31).build()), Map.of(),
                Set.of("IN_I1_1231_DEN")).indicator("I1").orElseThrow();
        assertEquals(ScoreStatus.REJECTED, s.status());
        assertFalse(s.report().isEmpty());
    }

    @Test
    void missingDenominatorLeftBlankIsMissing() {
        IndicatorScore s = scoreFinal(single("1200/3", new RatioTarget(new BigDecimal("1200"), new BigDecimal("3"))),
                SubmissionFixture.of("S1").blank("I1", DEC31));
        assertEquals(ScoreStatus.MISSING, s.status());
    }

    @Test
    void valueOfTheWrongKindIsRejected() {
        IndicatorScore s = scoreFinal(single("SI", new YesNoTarget(true)),
                SubmissionFixture.of("S1").number("I1", DEC31, "3"));
        assertEquals(ScoreStatus.REJECTED, s.status());
    }

    @Test
    void intermediateWithoutTargetIsMonitored() {
        IndicatorScore s = score(single("24000", num("24000", Comparison.UNSPECIFIED)).build(),
                SubmissionFixture.of("S1").number("I1", JUN30, "11000"), PlanFixture.intermediate());
        assertEquals(ScoreStatus.MONITORED, s.status());
        assertTrue(s.weight().isEmpty());
        assertEquals("nessun target al 30/06: monitorato, non valutato; valore 11000", s.explanation());
    }

    @Test
    void intermediateTargetIsScored() {
        Plan plan = PlanFixture.plan().service("S1").objective("O1", "S1", "100")
                .indicator("I1", "O1", "24000", num("24000", Comparison.UNSPECIFIED))
                .targetAt(JUN30, "12000", num("12000", Comparison.UNSPECIFIED)).build();
        IndicatorScore s = score(plan, SubmissionFixture.of("S1").number("I1", JUN30, "11000"),
                PlanFixture.intermediate());
        assertFraction("0.9166666666666667", s.achievement().orElseThrow());
    }

    @Test
    void serviceWithoutSubmissionIsMissing() {
        Plan plan = single("24000", num("24000", Comparison.UNSPECIFIED)).build();
        ScoreReport report = Scorer.score(plan, PlanFixture.finale(), Map.of(), Map.of());
        IndicatorScore s = report.indicator("I1").orElseThrow();
        assertEquals(ScoreStatus.MISSING, s.status());
        assertTrue(s.report().isEmpty());
        assertTrue(report.service("S1").orElseThrow().score().isEmpty());
        assertTrue(report.overall().isEmpty());
    }

    @Test
    void explicitPolarityOverridesTheTargetDefault() {
        Plan plan = PlanFixture.plan().service("S1").objective("O1", "S1", "100")
                .indicator("I1", "O1", "20", num("20", Comparison.UNSPECIFIED)).polarity(Polarity.DECREASING).build();
        IndicatorScore s = score(plan, SubmissionFixture.of("S1").number("I1", DEC31, "25"), PlanFixture.finale());
        assertFraction("0.8", s.achievement().orElseThrow());
    }
}
