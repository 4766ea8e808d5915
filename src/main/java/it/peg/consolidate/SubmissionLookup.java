package it.peg.consolidate;

import it.peg.domain.Submission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The submission that counts for a service, by the service's code: the first of that service in the result's list,
 * as a search of it gave. The writers ask it for the services whose rows they render, one at a time, so that a result
 * holding only some services' submissions (a night that reads only the changed services) can answer them; today it is
 * a map of the list, made at once (then read only: a writer may ask from its rows' threads). One per writer, not
 * shared: the result is not held beyond its writer.
 */
public final class SubmissionLookup {
    private final Map<String, Submission> byService;
    private final it.peg.scoring.ScoreReport scores;

    SubmissionLookup(List<Submission> submissions, it.peg.scoring.ScoreReport scores) {
        this.scores = scores;
        Map<String, Submission> map = new HashMap<>(submissions.size() * 2);
        submissions.forEach(s -> map.putIfAbsent(s.serviceCode(), s));
        this.byService = map;
    }

    /**
     * The submission of {@code serviceCode}: empty when the service has none; {@link
     * it.peg.scoring.NotScoredException} when the result is partial and does not hold the service (a partial result
     * holds the submissions of the services it scored only: an absent one would read as "not delivered").
     */
    public Optional<Submission> of(String serviceCode) {
        scores.requireScoring(serviceCode, "the submission");
        return Optional.ofNullable(byService.get(serviceCode));
    }
}
