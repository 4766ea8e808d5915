package it.peg.scoring;

import it.peg.domain.Submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivering service scored on its own from its submission ({@link Scorer#scoreAhead}), before the scores of
 * every service are assembled: what {@link Scorer#score} gives for that service when no Nucleo override names one of
 * its objectives. Scored where the file is read (the reading threads) and kept with the file's cached assessment, so
 * that a night scores only the services whose submission changed. Valid only with the same submission, the same plan
 * slice and settings and the same verifica: the one it names ({@link ServiceScore#verifica}).
 *
 * @param service    the service's score
 * @param objectives its objectives' scores, weights in the service set, in the plan's order of its objectives
 * @param indicators each of those objectives' indicator scores, in the same order
 */
public record ServiceScoring(ServiceScore service, List<ObjectiveScore> objectives,
                             List<List<IndicatorScore>> indicators) {
    public ServiceScoring {
        Objects.requireNonNull(service, "service");
        objectives = List.copyOf(objectives);
        indicators = indicators.stream().map(List::copyOf).toList();
        if (objectives.size() != indicators.size()) {
            throw new IllegalArgumentException("one list of indicators per objective");
        }
    }

    /**
     * As a cache stores it: without the reported values the indicator scores repeat from the submission (the
     * submission is stored beside it; {@link #withReportsOf} puts them back).
     */
    public ServiceScoring withoutReports() {
        return map(i -> Optional.empty());
    }

    /** The indicator scores' reported values taken from the submission they were scored from, as the scorer takes them. */
    public ServiceScoring withReportsOf(Submission submission) {
        return map(i -> submission.indicator(i.indicatorCode(), i.verifica().date()));
    }

    private ServiceScoring map(java.util.function.Function<IndicatorScore, Optional<it.peg.domain.IndicatorReport>> report) {
        List<List<IndicatorScore>> each = new ArrayList<>(indicators.size());
        for (List<IndicatorScore> list : indicators) {
            List<IndicatorScore> scores = new ArrayList<>(list.size());
            for (IndicatorScore i : list) {
                scores.add(new IndicatorScore(i.indicatorCode(), i.verifica(), report.apply(i), i.status(),
                        i.achievement(), i.weight(), i.qualitative(), i.projection(), i.explanation()));
            }
            each.add(scores);
        }
        return new ServiceScoring(service, objectives, each);
    }
}
