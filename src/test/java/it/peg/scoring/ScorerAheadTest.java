package it.peg.scoring;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Services scored on their own ahead of the night ({@link Scorer#scoreAhead}) give the report scoring them all gives. */
class ScorerAheadTest {
    private final Plan plan = SyntheticPlan.build(120, 11L);
    private final Random random = new Random(20261205);
    private final Map<String, Submission> submissions = new HashMap<>();

    ScorerAheadTest() {
        for (Service service : plan.services()) {
            if (random.nextInt(4) > 0) {
                submissions.put(service.code(), ScorerParallelTest.submission(plan, service, random));
            }
        }
    }

    @Test
    void everyServiceScoredAheadGivesTheSameReportAtEveryVerifica() {
        for (Verifica verifica : plan.settings().verifiche()) {
            Map<String, ServiceScoring> ahead = aheadOf(verifica, submissions);
            ScoreReport full = Scorer.score(plan, verifica, submissions, Map.of(), Set.of());
            assertEquals(full, Scorer.score(plan, verifica, submissions, Map.of(), Set.of(), ahead), verifica.code());
            assertEquals(full, Scorer.score(plan, verifica, submissions, Map.of(), Set.of(), Integer.MAX_VALUE, ahead));
        }
    }

    @Test
    void aServiceScoredAheadIsTakenAsItIs() {
        // scorings of other submissions show which are taken: they change the report exactly where they are used
        Verifica verifica = last();
        Map<String, ServiceScoring> other = aheadOf(verifica, resubmitted());
        ScoreReport full = Scorer.score(plan, verifica, submissions, Map.of(), Set.of());
        assertNotEquals(full, Scorer.score(plan, verifica, submissions, Map.of(), Set.of(), other),
                "the test can tell a scoring taken from one scored again");
    }

    @Test
    void aServiceWithAnOverriddenObjectiveIsScoredAgain() {
        Verifica verifica = last();
        Map<String, NucleoOverride> overrides = new HashMap<>();
        for (String code : submissions.keySet()) {
            for (Objective o : plan.objectivesOf(code)) {
                overrides.put(o.code(), new NucleoOverride(o.code(), Optional.of(new BigDecimal("0.42")), "rivisto"));
            }
        }
        // every delivering service has an overridden objective: none of the (wrong) scorings ahead may be taken
        ScoreReport full = Scorer.score(plan, verifica, submissions, overrides, Set.of());
        assertEquals(full, Scorer.score(plan, verifica, submissions, overrides, Set.of(),
                aheadOf(verifica, resubmitted())));
        assertTrue(full.objectives().stream().anyMatch(ObjectiveScore::overridden));
    }

    @Test
    void aScoringOfAnotherVerificaOrOfAServiceThatDoesNotDeliverIsNotTaken() {
        List<Verifica> all = plan.settings().verifiche();
        Verifica verifica = last();
        ScoreReport full = Scorer.score(plan, verifica, submissions, Map.of(), Set.of());
        assertEquals(full, Scorer.score(plan, verifica, submissions, Map.of(), Set.of(),
                aheadOf(all.get(0), submissions)));
        Map<String, Submission> fewer = new HashMap<>(submissions);
        Map<String, ServiceScoring> ahead = aheadOf(verifica, submissions);
        fewer.keySet().removeIf(code -> code.hashCode() % 2 == 0);
        assertEquals(Scorer.score(plan, verifica, fewer, Map.of(), Set.of()),
                Scorer.score(plan, verifica, fewer, Map.of(), Set.of(), ahead));
    }

    @Test
    void refusedInputsNamedApartScoreEveryServiceAgain() {
        Verifica verifica = last();
        Set<String> refused = Set.of("IN_NOPE_1231");
        assertEquals(Scorer.score(plan, verifica, submissions, Map.of(), refused),
                Scorer.score(plan, verifica, submissions, Map.of(), refused, aheadOf(verifica, resubmitted())));
    }

    @Test
    void aSubmissionOfAServiceNotInThePlanIsNotScoredAhead() {
        assertEquals(Optional.empty(), Scorer.scoreAhead(plan, last(),
                new Submission("x.xlsx", "NESSUNO", List.of(), List.of(), List.of(), List.of())));
    }

    private Map<String, Submission> resubmitted() {
        Map<String, Submission> other = new HashMap<>();
        submissions.keySet().forEach(code -> other.put(code,
                ScorerParallelTest.submission(plan, plan.service(code).orElseThrow(), random)));
        return other;
    }

    private Map<String, ServiceScoring> aheadOf(Verifica verifica, Map<String, Submission> from) {
        Map<String, ServiceScoring> ahead = new HashMap<>();
        from.forEach((code, s) -> ahead.put(code, Scorer.scoreAhead(plan, verifica, s).orElseThrow()));
        return ahead;
    }

    private Verifica last() {
        List<Verifica> all = plan.settings().verifiche();
        return all.get(all.size() - 1);
    }
}
