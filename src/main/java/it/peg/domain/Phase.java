package it.peg.domain;

import java.util.List;
import java.util.Objects;

/**
 * A phase (fase) of an objective's cronoprogramma.
 *
 * @param objectiveCode the owning objective
 * @param phase         the phase letter or label (A, B, ...); not necessarily unique (Trezzo repeats B)
 * @param description   what is done
 * @param months        months in which the phase is active, 1..12, ascending
 * @param monthsText    the months as written ({@code GEN-MAR}, {@code GEN, GIU, DIC})
 * @param row           plan row (1-based), 0 when built in code
 */
public record Phase(String objectiveCode, String phase, String description, List<Integer> months, String monthsText,
                    int row) {
    public Phase {
        Objects.requireNonNull(objectiveCode, "objectiveCode");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(description, "description");
        months = List.copyOf(months);
        Objects.requireNonNull(monthsText, "monthsText");
        for (int m : months) {
            if (m < 1 || m > 12) {
                throw new IllegalArgumentException("month out of range: " + m);
            }
        }
    }
}
