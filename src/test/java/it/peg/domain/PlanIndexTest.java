package it.peg.domain;

import it.peg.bench.SyntheticPlan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The plan's lookups by code ({@link Plan#objectivesOf} and the others), built from runs of the plan's lists (issue
 * 21, h28-fixed): the same lists, in the plan's order, as grouping row by row gives, whether a service's rows are one
 * run or scattered.
 */
class PlanIndexTest {
    private static <T> List<T> rowsOf(List<T> rows, java.util.function.Function<T, String> key, String code) {
        return rows.stream().filter(r -> key.apply(r).equals(code)).toList();
    }

    private static void assertGroupedAsRowByRow(Plan plan) {
        for (Service s : plan.services()) {
            assertEquals(rowsOf(plan.objectives(), Objective::serviceCode, s.code()), plan.objectivesOf(s.code()));
            assertEquals(rowsOf(plan.dataRows(), DataRow::serviceCode, s.code()), plan.dataRowsOf(s.code()));
        }
        for (Objective o : plan.objectives()) {
            assertEquals(rowsOf(plan.indicators(), Indicator::objectiveCode, o.code()), plan.indicatorsOf(o.code()));
            assertEquals(rowsOf(plan.phases(), Phase::objectiveCode, o.code()), plan.phasesOf(o.code()));
        }
        assertEquals(List.of(), plan.objectivesOf("NON-NEL-PIANO"));
        String first = plan.services().get(0).code();
        assertThrows(UnsupportedOperationException.class, () -> plan.objectivesOf(first).add(plan.objectives().get(0)));
        String objective = plan.objectives().get(0).code();
        assertThrows(UnsupportedOperationException.class, () -> plan.indicatorsOf(objective).clear());
    }

    @Test
    void rowsListedServiceByServiceAreTheirServicesRuns() {
        assertGroupedAsRowByRow(SyntheticPlan.build(30, 4));
    }

    @Test
    void rowsOfAServiceScatteredThroughThePlanAreGatheredInTheirOrder() {
        Plan plan = SyntheticPlan.build(12, 3);
        // every other row moved to the end: each service's and objective's rows now come in two runs, far apart
        Plan scattered = new Plan(plan.settings(), plan.services(), halves(plan.objectives()), halves(plan.indicators()),
                halves(plan.phases()), plan.dataYears(), halves(plan.dataRows()));
        assertGroupedAsRowByRow(scattered);
        String s = plan.services().get(0).code();
        assertEquals(rowsOf(scattered.objectives(), Objective::serviceCode, s), scattered.objectivesOf(s));
        assertEquals(plan.objectivesOf(s).size(), scattered.objectivesOf(s).size());
    }

    private static <T> List<T> halves(List<T> rows) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 2) {
            out.add(rows.get(i));
        }
        for (int i = 1; i < rows.size(); i += 2) {
            out.add(rows.get(i));
        }
        return out;
    }
}
