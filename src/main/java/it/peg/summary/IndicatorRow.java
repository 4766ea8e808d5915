package it.peg.summary;

import it.peg.domain.ReportedValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the Indicatori sheet and of the CSV export: an indicator at a verifica, with its plan fields,
 * what the office reported and how it was scored. Text fields are "" when blank.
 *
 * @param percent     the indicator reports a percentage (values shown as 0.0%)
 * @param value       the reported value as the office gave it
 * @param valueNumber the value as a number, when it is one (a ratio gives numerator / denominator)
 * @param status      Italian scoring state ("valutato", "mancante", ...)
 * @param esito       band of the achievement, when scored
 * @param deliveryState the service's delivery state at the scored verifica (completa, incompleta, ...); "" on the
 *                    rows of earlier verifiche
 * @param phases      the objective's phases at this row's verifica, "A: Completata; B: In corso, in ritardo"
 * @param objectiveAtRisk "SI" / "NO" for the objective at the scored verifica; "" on the rows of earlier verifiche
 */
record IndicatorRow(String serviceCode, String serviceName, String objectiveCode, String objectiveTitle,
                    String indicatorCode, String description, String type, String dimension, String targetText,
                    String unit, Optional<BigDecimal> weight, String polarity, boolean cumulative,
                    LocalDate verifica, boolean percent, Optional<ReportedValue> value,
                    Optional<BigDecimal> valueNumber, Optional<BigDecimal> numerator,
                    Optional<BigDecimal> denominator, Optional<BigDecimal> achievement, String status,
                    Optional<String> esito, String explanation, String cause, Optional<BigDecimal> projection,
                    String source, String deliveryState, String phases, String objectiveAtRisk) {
    IndicatorRow {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(esito, "esito");
    }
}
