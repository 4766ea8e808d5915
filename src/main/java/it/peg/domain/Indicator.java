package it.peg.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator (indicatore) of an objective. Text fields are "" when blank.
 *
 * @param code                 plan code, unique in the plan
 * @param objectiveCode        the owning objective
 * @param description          descrizione
 * @param type                 PERFORMANCE / RISULTATO ("" when not given)
 * @param dimension            EFFICIENZA / EFFICACIA / ECONOMICITA' / QUALITA' ("" when not given)
 * @param target               the final target
 * @param weight               peso in the objective as written; empty when blank
 * @param unit                 unità di misura (numero, %, giorni, euro, scala 1-5, ...)
 * @param min                  lowest plausible reported value
 * @param max                  highest plausible reported value
 * @param polarity             crescente / decrescente (from the plan, or the target's default)
 * @param cumulative           the value accumulates over the year (projected at intermediate verifiche)
 * @param intermediateTargets  "Target dd/mm" columns: targets at intermediate verifiche, by date
 * @param intermediateWeights  "Peso dd/mm" columns: weights at intermediate verifiche, by date
 * @param row                  plan row (1-based), 0 when built in code
 */
public record Indicator(String code, String objectiveCode, String description, String type, String dimension,
                        TargetSpec target, Optional<BigDecimal> weight, String unit, Optional<BigDecimal> min,
                        Optional<BigDecimal> max, Polarity polarity, boolean cumulative,
                        SortedMap<LocalDate, TargetSpec> intermediateTargets,
                        SortedMap<LocalDate, BigDecimal> intermediateWeights, int row) {
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(objectiveCode, "objectiveCode");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(polarity, "polarity");
        // most indicators have no intermediate columns: one shared empty map, not two TreeMaps each (issue 6)
        intermediateTargets = intermediateTargets.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(intermediateTargets));
        intermediateWeights = intermediateWeights.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(intermediateWeights));
        if (code.isBlank()) {
            throw new IllegalArgumentException("indicator code must not be blank");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new IllegalArgumentException("indicator " + code + ": min above max");
        }
    }

    /** The kind of value the office reports (from the final target). */
    public InputKind inputKind() {
        return target.target().inputKind();
    }

    /**
     * The target that applies at a verifica: the final target at the final verifica, the intermediate
     * target at an intermediate one, empty when the indicator is only monitored (not scored) there.
     */
    public Optional<TargetSpec> targetAt(Verifica verifica) {
        if (verifica.isFinal()) {
            return Optional.of(target);
        }
        return Optional.ofNullable(intermediateTargets.get(verifica.date()));
    }

    /** The weight that applies at a verifica: the intermediate weight when given, else the plan weight. */
    public Optional<BigDecimal> weightAt(Verifica verifica) {
        if (!verifica.isFinal() && intermediateWeights.containsKey(verifica.date())) {
            return Optional.of(intermediateWeights.get(verifica.date()));
        }
        return weight;
    }
}
