package it.peg.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The Nucleo di Valutazione's judgement on an objective, typed into the summary's Obiettivi sheet.
 *
 * @param objectiveCode plan code
 * @param score         Valutazione Nucleo % as a fraction; when present it replaces the computed score everywhere
 * @param note          Note Nucleo ("" when none)
 */
public record NucleoOverride(String objectiveCode, Optional<BigDecimal> score, String note) {
    public NucleoOverride {
        Objects.requireNonNull(objectiveCode, "objectiveCode");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(note, "note");
    }
}
