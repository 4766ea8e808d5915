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

/**
 * {@link ScoreReport#overrides()} is what the objectives' scores carry, so that who needs only the overrides reads
 * them without every objective's score: the same map whether the Scorer gives it from its input or a report derives
 * it from its objectives, and the lookup answers by code, whatever the objectives' list holds.
 */
class ScoreReportOverridesTest {
    private final Plan plan = SyntheticPlan.build(30, 7L);

    @Test
    void theScorersOverridesAreThoseItsObjectivesCarry() {
        Random random = new Random(20261205);
        Map<String, Submission> submissions = new HashMap<>();
        for (Service service : plan.services()) {
            if (random.nextInt(3) > 0) {
                submissions.put(service.code(), ScorerParallelTest.submission(plan, service, random));
            }
        }
        List<Objective> objectives = plan.objectives();
        Map<String, NucleoOverride> given = new HashMap<>();
        Objective scored = objectives.get(3);
        Objective noted = objectives.get(objectives.size() - 2);
        given.put(scored.code(), new NucleoOverride(scored.code(), Optional.of(new BigDecimal("0.42")), "rivisto"));
        given.put(noted.code(), new NucleoOverride(noted.code(), Optional.empty(), "solo una nota"));
        // under another objective's code, and for an objective the plan does not have: no score carries them
        Objective other = objectives.get(5);
        given.put(other.code(), new NucleoOverride(objectives.get(6).code(), Optional.of(BigDecimal.ONE), ""));
        given.put("OB-NONE", new NucleoOverride("OB-NONE", Optional.of(BigDecimal.ONE), ""));
        for (Verifica verifica : plan.settings().verifiche()) {
            ScoreReport report = Scorer.score(plan, verifica, submissions, given, Set.of());
            ScoreReport derived = new ScoreReport(report.verifica(), report.indicators(), report.objectives(),
                    report.services(), report.overall(), report.overallEsito(), report.distribution(),
                    report.dataTrends());
            assertEquals(Map.of(scored.code(), given.get(scored.code()), noted.code(), given.get(noted.code())),
                    report.overrides(), verifica.code());
            assertEquals(report.overrides(), derived.overrides(), verifica.code());
            assertEquals(report, derived, verifica.code());
            for (Objective o : objectives) {
                assertEquals(report.objective(o.code()).orElseThrow().override(), report.override(o.code()), o.code());
            }
        }
    }

    @Test
    void theLookupAnswersByCodeWithoutTheObjectivesScores() {
        Verifica verifica = plan.settings().verifiche().get(0);
        NucleoOverride a = new NucleoOverride("OB-A", Optional.of(new BigDecimal("0.5")), "");
        NucleoOverride b = new NucleoOverride("OB-B", Optional.empty(), "vista");
        // a report that holds no objective's score (as a partial one would not hold the unchanged services')
        ScoreReport partial = new ScoreReport(verifica, List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Distribution.empty(), List.of(), Map.of("OB-B", b, "OB-A", a));
        assertEquals(Optional.of(a), partial.override("OB-A"));
        assertEquals(Optional.of(b), partial.override("OB-B"));
        assertEquals(Optional.empty(), partial.override("OB-C"));
    }
}
