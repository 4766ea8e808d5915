package it.peg.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One delivering service scored on its own from its submission ({@link Scorer#scoreAhead}), before the scores of
 * every service are assembled: what {@link Scorer#score} gives for that service when no Nucleo override names one of
 * its objectives. Scored where the file is read (the reading threads), so that combine, on the main thread, only
 * assembles. Valid only with the same submission, plan and verifica: the one it names ({@link ServiceScore#verifica}).
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
        List<List<IndicatorScore>> copies = new java.util.ArrayList<>(indicators.size());
        for (List<IndicatorScore> of : indicators) {
            copies.add(List.copyOf(of));
        }
        indicators = List.copyOf(copies);
        if (objectives.size() != indicators.size()) {
            throw new IllegalArgumentException("one list of indicators per objective");
        }
    }
}
