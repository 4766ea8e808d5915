package it.peg.scoring;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.Indicator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report lists the indicators' scores in the plan's order whether the plan lists its indicators objective by
 * objective (laid end to end from the objectives' own lists) or not (looked up by code), services scored ahead or not.
 */
class ScorerAssemblyTest {
    private final Plan plan = SyntheticPlan.build(40, 11L);
    private final Map<String, Submission> submissions = new HashMap<>();

    ScorerAssemblyTest() {
        Random random = new Random(7);
        for (Service service : plan.services()) {
            if (random.nextInt(4) > 0) {
                submissions.put(service.code(), ScorerParallelTest.submission(plan, service, random));
            }
        }
    }

    private static Plan withIndicators(Plan plan, List<Indicator> indicators) {
        return new Plan(plan.settings(), plan.services(), plan.objectives(), indicators, plan.phases(),
                plan.dataYears(), plan.dataRows());
    }

    private Map<String, ServiceScoring> ahead(Plan p, Verifica verifica) {
        Map<String, ServiceScoring> ahead = new HashMap<>();
        submissions.forEach((code, s) -> Scorer.scoreAhead(p, verifica, s).ifPresent(x -> ahead.put(code, x)));
        return ahead;
    }

    private static void inPlanOrder(Plan p, ScoreReport report) {
        assertEquals(p.indicators().stream().map(Indicator::code).toList(),
                report.indicators().stream().map(IndicatorScore::indicatorCode).toList());
    }

    private static Map<String, IndicatorScore> byCode(ScoreReport report) {
        return report.indicators().stream().collect(Collectors.toMap(IndicatorScore::indicatorCode, Function.identity()));
    }

    @Test
    void anInterleavedPlanGetsEachIndicatorsOwnScoreInItsOrder() {
        Verifica verifica = plan.settings().finalVerifica();
        List<Indicator> swapped = new ArrayList<>(plan.indicators());
        Indicator third = swapped.get(2);
        swapped.set(2, swapped.get(3));
        swapped.set(3, third);
        assertNotEquals(swapped.get(2).objectiveCode(), swapped.get(3).objectiveCode(), "two objectives interleaved");
        Plan interleaved = withIndicators(plan, swapped);
        for (Plan p : List.of(plan, interleaved)) {
            ScoreReport all = Scorer.score(p, verifica, submissions, Map.of(), Set.of());
            ScoreReport withAhead = Scorer.score(p, verifica, submissions, Map.of(), Set.of(), ahead(p, verifica));
            inPlanOrder(p, all);
            assertEquals(all, withAhead);
            assertEquals(byCode(Scorer.score(plan, verifica, submissions, Map.of(), Set.of())), byCode(all));
        }
    }

    @Test
    void anIndicatorOfAnObjectiveNotInThePlanIsScoredOnItsOwnInItsPlace() {
        Verifica verifica = plan.settings().finalVerifica();
        List<Indicator> indicators = new ArrayList<>(plan.indicators());
        Indicator first = indicators.get(0);
        indicators.add(5, new Indicator("ORFANO", "NESSUN-OBIETTIVO", first.description(), first.type(),
                first.dimension(), first.target(), first.weight(), first.unit(), first.min(), first.max(),
                first.polarity(), first.cumulative(), first.intermediateTargets(), first.intermediateWeights(), 0));
        Plan orphan = withIndicators(plan, indicators);
        ScoreReport report = Scorer.score(orphan, verifica, submissions, Map.of(), Set.of(), ahead(orphan, verifica));
        inPlanOrder(orphan, report);
        assertEquals(ScoreStatus.MISSING, report.indicators().get(5).status());
        assertEquals(report, Scorer.score(orphan, verifica, submissions, Map.of(), Set.of()));
    }

    @Test
    void aRepeatedIndicatorCodeIsLookedUpAsBefore() {
        Verifica verifica = plan.settings().finalVerifica();
        List<Indicator> indicators = new ArrayList<>(plan.indicators());
        Indicator second = indicators.get(1);
        Indicator first = indicators.get(0);
        // the second indicator given the first's code: codes repeat, the plan's own order is kept
        indicators.set(1, new Indicator(first.code(), second.objectiveCode(), second.description(), second.type(),
                second.dimension(), second.target(), second.weight(), second.unit(), second.min(), second.max(),
                second.polarity(), second.cumulative(), second.intermediateTargets(), second.intermediateWeights(), 0));
        Plan repeated = withIndicators(plan, indicators);
        assertFalse(repeated.indicatorCodesUnique());
        assertTrue(plan.indicatorCodesUnique());
        ScoreReport report = Scorer.score(repeated, verifica, submissions, Map.of(), Set.of());
        inPlanOrder(repeated, report);
        assertEquals(report.indicators().get(0), report.indicators().get(1), "one score per code, as the lookup gave");
    }
}
