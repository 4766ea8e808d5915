package it.peg.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number to reach ({@code 24000}, {@code >=5}, {@code non oltre 30}) or a percentage ({@code 75%}).
 *
 * @param value      the target; for a percentage the fraction (0.75 for 75%)
 * @param comparison the comparator written in the target, {@link Comparison#UNSPECIFIED} when none
 * @param percent    true when the target was written as a percentage
 */
public record NumericTarget(BigDecimal value, Comparison comparison, boolean percent) implements Target {
    public NumericTarget {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparison, "comparison");
    }

    public static NumericTarget of(String value) {
        return new NumericTarget(new BigDecimal(value), Comparison.UNSPECIFIED, false);
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
