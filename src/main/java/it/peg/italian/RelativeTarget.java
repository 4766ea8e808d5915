package it.peg.italian;

import it.peg.domain.Comparison;
import it.peg.domain.NumericTarget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A target written as a change from a baseline ({@code +5%}, {@code incremento del 10%}, {@code riduzione del 10%
 * rispetto al 2025}, {@code mantenimento}): it becomes a number only once the baseline is known (the plan's
 * {@code Baseline} column or last year's summary).
 *
 * @param change    the change: a fraction of the baseline when {@code percent} (0.05 for +5%), else an amount
 * @param percent   the change is a percentage of the baseline
 * @param reference what the text compares with ("2025", "anno precedente"), "" when it does not say
 */
public record RelativeTarget(BigDecimal change, boolean percent, String reference) {
    public RelativeTarget {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(reference, "reference");
    }

    /** Lower is better when the change is a reduction. */
    public boolean decrease() {
        return change.signum() < 0;
    }

    /** The number to reach from {@code baseline}: at least it for an increase or no change, at most for a reduction. */
    public NumericTarget resolve(BigDecimal baseline, boolean percentIndicator) {
        BigDecimal value = percent
                ? baseline.multiply(BigDecimal.ONE.add(change), MathContext.DECIMAL64)
                : baseline.add(change);
        // a target of 210,000000001 helps nobody: 6 decimals are more than any plan writes
        value = Decimals.normal(value.setScale(Math.max(6, baseline.scale()), RoundingMode.HALF_UP));
        return new NumericTarget(value, decrease() ? Comparison.AT_MOST : Comparison.AT_LEAST, percentIndicator);
    }

    /** The change as written for the office: {@code +5%}, {@code -10%}, {@code +50}, {@code =}. */
    public String changeText() {
        if (change.signum() == 0) {
            return "invariato";
        }
        String sign = change.signum() > 0 ? "+" : "-";
        BigDecimal abs = change.abs();
        return sign + (percent ? Decimals.italian(abs.movePointRight(2)) + "%" : Decimals.italian(abs));
    }
}
