package it.peg.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number to reach ({@code 24000}, {@code >=5}, {@code non oltre 30}), a percentage ({@code 75%}) or a range
 * ({@code tra 5 e 10}).
 *
 * @param value      the target; for a percentage the fraction (0.75 for 75%); for a range its lower bound
 * @param comparison the comparator written in the target, {@link Comparison#UNSPECIFIED} when none
 * @param percent    true when the target was written as a percentage
 * @param upper      the upper bound of a range ({@link Comparison#BETWEEN}), empty otherwise
 */
public record NumericTarget(BigDecimal value, Comparison comparison, boolean percent, Optional<BigDecimal> upper)
        implements Target {
    public NumericTarget {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(upper, "upper");
        if ((comparison == Comparison.BETWEEN) != upper.isPresent()) {
            throw new IllegalArgumentException("a range, and only a range, has an upper bound");
        }
        if (upper.isPresent() && upper.get().compareTo(value) < 0) {
            throw new IllegalArgumentException("range with lower bound above upper bound");
        }
    }

    public NumericTarget(BigDecimal value, Comparison comparison, boolean percent) {
        this(value, comparison, percent, Optional.empty());
    }

    /** A range from {@code low} to {@code high}, both included. */
    public static NumericTarget range(BigDecimal low, BigDecimal high, boolean percent) {
        return new NumericTarget(low, Comparison.BETWEEN, percent, Optional.of(high));
    }

    public static NumericTarget of(String value) {
        return new NumericTarget(new BigDecimal(value), Comparison.UNSPECIFIED, false);
    }

    // equals and hashCode written out, as the record would generate them (same components, same 31-based hash): the
    // generated ones link through java.lang.runtime.ObjectMethods' method handles, which C1 (peg runs at tier 1 only)
    // calls link by link, and targets are compared and hashed per value validated
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof NumericTarget t && percent == t.percent && value.equals(t.value)
                && comparison == t.comparison && upper.equals(t.upper);
    }

    @Override
    public int hashCode() {
        return ((value.hashCode() * 31 + comparison.hashCode()) * 31 + Boolean.hashCode(percent)) * 31 + upper.hashCode();
    }

    public boolean isRange() {
        return comparison == Comparison.BETWEEN;
    }

    @Override
    public InputKind inputKind() {
        return percent ? InputKind.PERCENT : InputKind.NUMBER;
    }

    @Override
    public Polarity defaultPolarity() {
        return comparison == Comparison.AT_MOST ? Polarity.DECREASING : Polarity.INCREASING;
    }
}
