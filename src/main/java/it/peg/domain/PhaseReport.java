package it.peg.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The state of a phase reported at a verifica; {@code phaseKey} is the phase's key in {@link InputNames}. */
public record PhaseReport(String objectiveCode, String phaseKey, LocalDate verifica, Optional<PhaseState> state) {
    public PhaseReport {
        Objects.requireNonNull(objectiveCode, "objectiveCode");
        Objects.requireNonNull(phaseKey, "phaseKey");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(state, "state");
    }
}
