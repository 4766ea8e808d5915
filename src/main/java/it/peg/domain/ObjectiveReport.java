package it.peg.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The office's own statement on an objective at an intermediate verifica.
 *
 * @param objectiveCode plan code
 * @param verifica      verifica date
 * @param reachable     RAGGIUNGIBILE: the office expects to reach the objective by the final verifica
 * @param notes         NOTE: actions taken, problems met ("" when none)
 */
public record ObjectiveReport(String objectiveCode, LocalDate verifica, Optional<Boolean> reachable, String notes) {
    public ObjectiveReport {
        Objects.requireNonNull(objectiveCode, "objectiveCode");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(reachable, "reachable");
        Objects.requireNonNull(notes, "notes");
    }
}
