package it.peg.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A row of the Fasce sheet: a score from {@code from} (a fraction, 0.6 for 60%) upward has this esito.
 */
public record Band(BigDecimal from, String esito) {
    public Band {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(esito, "esito");
        if (esito.isBlank()) {
            throw new IllegalArgumentException("band esito must not be blank");
        }
    }
}
