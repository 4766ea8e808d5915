package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Indicator;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.ScoreReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link IndicatorScoreLookup} answers by the indicator's code from whatever the list holds: the plan's place is only
 * where it looks first. A list in another order gives the same rows; a list without a service's scores (as a night
 * scoring only the changed services would give) gives the other services' rows unchanged.
 */
class IndicatorScoreLookupTest {
    @Test
    void answersByCodeInAnyOrderAndEmptyForWhatTheListLacks() {
        ConsolidationResult result = SummaryFixture.result();
        List<Indicator> plan = result.plan().indicators();
        List<IndicatorScore> inOrder = result.scores().indicators();
        assertTrue(plan.size() >= 3, "the fixture has indicators to shuffle");
        List<IndicatorScore> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        List<IndicatorScore> lacking = inOrder.subList(1, inOrder.size());
        IndicatorScoreLookup ordered = new IndicatorScoreLookup(inOrder);
        IndicatorScoreLookup shuffled = new IndicatorScoreLookup(reversed);
        IndicatorScoreLookup partial = new IndicatorScoreLookup(lacking);
        for (int i = 0; i < plan.size(); i++) {
            String code = plan.get(i).code();
            assertSame(inOrder.get(i), ordered.of(code, i).orElseThrow(), code);
            assertSame(inOrder.get(i), shuffled.of(code, i).orElseThrow(), code);
            assertEquals(i == 0 ? Optional.empty() : Optional.of(inOrder.get(i)), partial.of(code, i), code);
        }
        assertEquals(Optional.empty(), ordered.of("IND-NONE", 0));
    }

    @Test
    void theRowsAreThoseOfTheListInPlanOrder() throws Exception {
        ConsolidationResult result = SummaryFixture.result();
        List<IndicatorScore> reversed = new ArrayList<>(result.scores().indicators());
        Collections.reverse(reversed);
        assertEquals(rows(result), rows(withIndicators(result, reversed)));
    }

    @Test
    void aServiceMissingFromTheListLeavesTheOthersRowsAsTheyWere() throws Exception {
        ConsolidationResult result = SummaryFixture.result();
        String missing = result.plan().objective(result.plan().indicators().get(0).objectiveCode()).orElseThrow()
                .serviceCode();
        List<IndicatorScore> others = new ArrayList<>();
        for (IndicatorScore s : result.scores().indicators()) {
            String service = result.plan().indicator(s.indicatorCode()).flatMap(i -> result.plan().objective(
                    i.objectiveCode())).orElseThrow().serviceCode();
            if (!service.equals(missing)) {
                others.add(s);
            }
        }
        assertTrue(others.size() < result.scores().indicators().size() && !others.isEmpty());
        List<IndicatorRow> full = rows(result);
        List<IndicatorRow> partial = rows(withIndicators(result, others));
        assertEquals(full.size(), partial.size());
        boolean missingDiffers = false;
        for (int i = 0; i < full.size(); i++) {
            if (full.get(i).serviceCode().equals(missing)) {
                missingDiffers |= !full.get(i).equals(partial.get(i));
            } else {
                assertEquals(full.get(i), partial.get(i), "row " + i);
            }
        }
        assertTrue(missingDiffers, "the missing service's rows show no score: the test can tell");
        assertNotEquals(full, partial);
    }

    private static ConsolidationResult withIndicators(ConsolidationResult r, List<IndicatorScore> indicators) {
        ScoreReport s = r.scores();
        ScoreReport scores = new ScoreReport(s.verifica(), indicators, s.objectives(), s.services(), s.overall(),
                s.overallEsito(), s.distribution(), s.dataTrends(), s.overrides());
        return new ConsolidationResult(r.plan(), scores, r.submissions(), r.deliveries(), r.registry(), r.findings());
    }

    private static List<IndicatorRow> rows(ConsolidationResult result) throws Exception {
        List<IndicatorRow> rows = new ArrayList<>();
        IndicatorRows.forEachRun(result, false, false, (run, runRows) -> runRows.forEach(rows::add));
        return rows;
    }
}
