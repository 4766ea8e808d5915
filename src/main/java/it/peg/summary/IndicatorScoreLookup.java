package it.peg.summary;

import it.peg.scoring.IndicatorScore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The score of an indicator of the plan, by its code: the first score of that code in the report's list (the scorer
 * gives one per indicator of the plan, and the same score at every place of a code a plan repeats, which the plan
 * reader refuses anyway). It answers from whatever the list holds, in any order: a list with only some services'
 * scores (a night that scores only the changed services) answers empty for the others' indicators and the same for
 * its own.
 *
 * <p>The indicator's place in the plan is only where to look first: the score there is taken when its code says it is
 * the indicator's, as it does for a list in the plan's order; else a map of the list's scores by code is made, once
 * (for a list in the plan's order and without repeated codes, the score found there is the map's).
 * No map of every score per writer for a list in plan order: at 10,000 services that was 90,000 entries, held by the
 * workbook's and the CSV's writers at once, when the heap is fullest. Not a cursor: a night asks only for the runs it
 * renders, not every run.
 */
final class IndicatorScoreLookup {
    private final List<IndicatorScore> scores;
    private Map<String, IndicatorScore> byCode;

    IndicatorScoreLookup(List<IndicatorScore> scores) {
        this.scores = scores;
    }

    /** The score of the indicator {@code indicatorCode}, the plan's {@code planIndex}-th; empty when the list has none. */
    Optional<IndicatorScore> of(String indicatorCode, int planIndex) {
        if (planIndex >= 0 && planIndex < scores.size()) {
            IndicatorScore there = scores.get(planIndex);
            if (there.indicatorCode().equals(indicatorCode)) {
                return Optional.of(there);
            }
        }
        if (byCode == null) {
            byCode = new HashMap<>();
            scores.forEach(s -> byCode.putIfAbsent(s.indicatorCode(), s));
        }
        return Optional.ofNullable(byCode.get(indicatorCode));
    }
}
