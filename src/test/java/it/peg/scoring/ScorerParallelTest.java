package it.peg.scoring;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.DateValue;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large plan scored on every core gives the report scoring it on one thread gives. */
class ScorerParallelTest {
    @Test
    void splittingTheWorkChangesNothing() {
        Plan plan = SyntheticPlan.build(400, 7L);
        List<Verifica> all = plan.settings().verifiche();
        Verifica verifica = all.get(all.size() - 1);
        Random random = new Random(20261123);
        Map<String, Submission> submissions = new HashMap<>();
        for (Service service : plan.services()) {
            if (random.nextInt(4) > 0) {
                submissions.put(service.code(), submission(plan, service, random));
            }
        }
        Map<String, NucleoOverride> overrides = new HashMap<>();
        for (Objective objective : plan.objectives()) {
            if (random.nextInt(20) == 0) {
                overrides.put(objective.code(), new NucleoOverride(objective.code(),
                        Optional.of(BigDecimal.valueOf(random.nextInt(120), 2)), "rivisto"));
            }
        }
        assertTrue(plan.services().size() >= 256, "the plan must be large enough to be split");

        ScoreReport split = Scorer.score(plan, verifica, submissions, overrides, Set.of());
        ScoreReport oneThread = Scorer.score(plan, verifica, submissions, overrides, Set.of(), Integer.MAX_VALUE);
        assertEquals(oneThread, split);
        assertTrue(split.services().stream().filter(s -> s.score().isPresent()).count() > 200,
                "most services scored: the comparison covers real work");
        assertTrue(split.objectives().stream().anyMatch(ObjectiveScore::overridden));
    }

    static Submission submission(Plan plan, Service service, Random random) {
        List<IndicatorReport> reports = new ArrayList<>();
        for (Objective objective : plan.objectivesOf(service.code())) {
            for (Indicator indicator : plan.indicatorsOf(objective.code())) {
                for (Verifica v : plan.settings().verifiche()) {
                    if (random.nextInt(10) > 0) {
                        reports.add(new IndicatorReport(indicator.code(), v.date(), Optional.of(value(indicator, v, random)),
                                random.nextInt(5) == 0 ? "causa" : "", "", false));
                    }
                }
            }
        }
        return new Submission(service.code() + ".xlsx", service.code(), reports, List.of(), List.of(), List.of());
    }

    private static ReportedValue value(Indicator indicator, Verifica v, Random random) {
        return switch (indicator.inputKind()) {
            case NUMBER -> new NumberValue(BigDecimal.valueOf(random.nextInt(2000), 1));
            case PERCENT, PROGRESS -> new ProgressValue(BigDecimal.valueOf(random.nextInt(101), 2));
            case RATIO -> new RatioValue(BigDecimal.valueOf(random.nextInt(100)), BigDecimal.valueOf(1 + random.nextInt(100)));
            case DATE -> new DateValue(v.date().minusDays(random.nextInt(60) - 30));
            case YES_NO -> new YesNoValue(random.nextBoolean());
        };
    }
}
