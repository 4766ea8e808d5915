package it.peg.scoring;

import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The score of one objective at one verifica.
 *
 * @param objectiveCode plan code
 * @param verifica      the verifica
 * @param computed      the score computed from the indicators (a fraction); empty when none is scored
 * @param override      the Nucleo's override, when given
 * @param coverage      share of the indicators' weight that is scored (a fraction, 1 = all)
 * @param weight        normalised weight of the objective in its service
 * @param reachable     the office's own statement (RAGGIUNGIBILE), kept apart from the computed score
 * @param notes         the office's notes at this verifica ("" when none)
 * @param atRisk        projected below target at an intermediate verifica, or with a phase late against its months
 * @param esito         the band of the effective score
 * @param phases        the state of each of its phases at this verifica, plan order
 */
public record ObjectiveScore(String objectiveCode, Verifica verifica, Optional<BigDecimal> computed,
                             Optional<NucleoOverride> override, BigDecimal coverage, Optional<BigDecimal> weight,
                             Optional<Boolean> reachable, String notes, boolean atRisk, Optional<String> esito,
                             List<PhaseSchedule.PhaseStatus> phases) {
    /** A score without phases. */
    public ObjectiveScore(String objectiveCode, Verifica verifica, Optional<BigDecimal> computed,
                          Optional<NucleoOverride> override, BigDecimal coverage, Optional<BigDecimal> weight,
                          Optional<Boolean> reachable, String notes, boolean atRisk, Optional<String> esito) {
        this(objectiveCode, verifica, computed, override, coverage, weight, reachable, notes, atRisk, esito, List.of());
    }

    public ObjectiveScore {
        phases = List.copyOf(phases);
        Objects.requireNonNull(objectiveCode, "objectiveCode");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(reachable, "reachable");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(esito, "esito");
    }

    /** The score that counts in every aggregate: the Nucleo's when given, else the computed one. */
    public Optional<BigDecimal> effective() {
        if (override.isPresent() && override.get().score().isPresent()) {
            return override.get().score();
        }
        return computed;
    }

    /** Its phases late at this verifica, "B: non completata (mesi GEN-MAR); ..." ("" when none). */
    public String latePhasesText() {
        StringBuilder sb = new StringBuilder();
        for (PhaseSchedule.PhaseStatus p : phases) {
            if (p.late().isPresent()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(p.phase().phase()).append(": ")
                        .append(p.late().get().italian()).append(" (mesi ").append(p.phase().monthsText()).append(')');
            }
        }
        return sb.toString();
    }

    public boolean overridden() {
        return override.isPresent() && override.get().score().isPresent();
    }
}
