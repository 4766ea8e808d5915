package it.peg.scoring;

import it.peg.domain.Plan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static it.peg.scoring.IndicatorScorerTest.assertFraction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Year-on-year changes and the outlier rule of DataTrends (plan year 2018). */
class DataTrendsTest {

    static List<DataTrend> trends(Plan plan, SubmissionFixture... subs) {
        Map<String, it.peg.domain.Submission> map = new java.util.HashMap<>();
        for (SubmissionFixture s : subs) {
            map.put(s.build().serviceCode(), s.build());
        }
        return Scorer.score(plan, PlanFixture.finale(), map, Map.of()).dataTrends();
    }

    @Test
    void planYearValueComesFromTheSubmissionAndBigJumpsAreFlagged() {
        // Trezzo's "ANZIANI IN CARICO SERVIZIO SAD" 55, 52, then the office reports 100
        Plan plan = PlanFixture.plan().service("S1")
                .data("SAD", "S1", new int[] {2016, 2017, 2018}, "55", "52", "").build();
        List<DataTrend> t = trends(plan, SubmissionFixture.of("S1").data("SAD", 2018, "100"));
        assertEquals(3, t.size());
        assertTrue(t.get(0).change().isEmpty());
        assertFalse(t.get(0).outlier());
        // (52 - 55) / 55
        assertFraction("-0.05454545454545455", t.get(1).change().orElseThrow());
        assertFalse(t.get(1).outlier());
        // (100 - 52) / 52
        assertFraction("0.9230769230769231", t.get(2).change().orElseThrow());
        assertTrue(t.get(2).outlier());
        assertEquals("variazione +92,3% rispetto al 2017 (oltre ±50%)", t.get(2).reason());
    }

    @Test
    void changeOfExactly50PercentIsNotAnOutlier() {
        Plan plan = PlanFixture.plan().service("S1").data("D", "S1", new int[] {2017, 2018}, "40", "60").build();
        List<DataTrend> t = trends(plan);
        assertFraction("0.5", t.get(1).change().orElseThrow());
        assertFalse(t.get(1).outlier());
    }

    @Test
    void fromZeroIsFlaggedWithoutAChange() {
        Plan plan = PlanFixture.plan().service("S1").data("D", "S1", new int[] {2017, 2018}, "0", "").build();
        List<DataTrend> t = trends(plan, SubmissionFixture.of("S1").data("D", 2018, "5"));
        assertTrue(t.get(1).change().isEmpty());
        assertTrue(t.get(1).outlier());
        assertEquals("da 0 nel 2017 a 5: variazione non calcolabile", t.get(1).reason());
    }

    @Test
    void tukeyFencesOnAtLeastFourEarlierYears() {
        // history 10, 11, 12, 13: Q1 10,75, Q3 12,25, IQR 1,5, fences 8,5 .. 14,5; 19 is +46,2% (under 50%)
        Plan plan = PlanFixture.plan().service("S1")
                .data("D", "S1", new int[] {2014, 2015, 2016, 2017, 2018}, "10", "11", "12", "13", "19").build();
        DataTrend last = trends(plan).get(4);
        assertTrue(last.outlier());
        assertEquals("fuori dall'intervallo atteso 8,5 – 14,5 degli anni precedenti (recinti di Tukey)",
                last.reason());
    }

    @Test
    void missingYearHasNoValueNoChange() {
        Plan plan = PlanFixture.plan().service("S1").data("D", "S1", new int[] {2016, 2017, 2018}, "", "7", "")
                .build();
        List<DataTrend> t = trends(plan);
        assertEquals(Optional.empty(), t.get(0).value());
        assertTrue(t.get(1).change().isEmpty());
        assertEquals(Optional.empty(), t.get(2).value());
    }
}
