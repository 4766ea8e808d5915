package it.peg.consolidate;

import it.peg.domain.Plan;
import it.peg.domain.Submission;
import it.peg.scoring.Distribution;
import it.peg.scoring.ScoreReport;
import it.peg.domain.Verifica;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The submission of a service is found by the service's code, whatever the order of the result's list and whichever
 * services it holds: the first of that service, empty for a service it lacks.
 */
class SubmissionLookupTest {
    private static final Verifica V = new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true);

    private static Submission submission(String name, String service) {
        return new Submission(name, service, List.of(), List.of(), List.of(), List.of());
    }

    private static SubmissionLookup lookup(List<Submission> submissions) {
        Plan plan = it.peg.bench.SyntheticPlan.build(2, 1L);
        ScoreReport scores = new ScoreReport(V, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Distribution.empty(), List.of());
        return new ConsolidationResult(plan, scores, submissions, List.of(), List.of(), List.of()).submissionLookup();
    }

    @Test
    void byServiceInAnyOrderTheFirstOfEach() {
        Submission a = submission("a.xlsx", "S01");
        Submission b = submission("b.xlsx", "S02");
        Submission again = submission("c.xlsx", "S01");
        for (List<Submission> list : List.of(List.of(a, b, again), List.of(b, a, again), List.of(a, again, b))) {
            SubmissionLookup lookup = lookup(list);
            assertSame(a, lookup.of("S01").orElseThrow(), list.toString());
            assertSame(b, lookup.of("S02").orElseThrow(), list.toString());
        }
        assertSame(again, lookup(List.of(b, again, a)).of("S01").orElseThrow());
    }

    @Test
    void emptyForAServiceTheResultLacks() {
        SubmissionLookup lookup = lookup(List.of(submission("b.xlsx", "S02")));
        assertEquals(Optional.empty(), lookup.of("S01"));
        assertEquals("b.xlsx", lookup.of("S02").orElseThrow().fileName());
    }
}
