package it.peg.scoring;

import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The score of a service at a verifica: weighted mean of its objectives' effective scores. */
public record ServiceScore(String serviceCode, Verifica verifica, Optional<BigDecimal> score, BigDecimal coverage,
                           Optional<String> esito) {
    public ServiceScore {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(esito, "esito");
    }
}
