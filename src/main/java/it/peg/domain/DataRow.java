package it.peg.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A multi-year output volume (dato quantitativo) of a service; the plan-year value is filled by the office.
 *
 * @param code        plan code, unique in the plan
 * @param serviceCode the owning service
 * @param description what is counted
 * @param values      the known values by year (blank years are absent)
 * @param row         plan row (1-based), 0 when built in code
 */
public record DataRow(String code, String serviceCode, String description, SortedMap<Integer, BigDecimal> values,
                      int row) {
    public DataRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(description, "description");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public Optional<BigDecimal> valueOf(int year) {
        return Optional.ofNullable(values.get(year));
    }
}
