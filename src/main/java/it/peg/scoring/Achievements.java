package it.peg.scoring;

import it.peg.italian.ItalianFormat;
import it.peg.domain.Comparison;
import it.peg.domain.NumericTarget;
import it.peg.domain.Polarity;
import it.peg.domain.RatioTarget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Raw achievements (before threshold and cap) of one reported value against one target, each with the
 * Italian text that shows its arithmetic. One method per target kind; see docs/scoring-rules.md.
 */
final class Achievements {
    static final MathContext MC = MathContext.DECIMAL64;

    private Achievements() {
    }

    /**
     * A raw achievement (a fraction, not capped) and how it was obtained: the text is made when first read
     * ({@link Explanation}), from the same values, since scoring needs only the fraction.
     */
    record Raw(BigDecimal value, Explanation explained) {
        Raw {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(explained, "explained");
        }

        Raw(BigDecimal value, java.util.function.Supplier<String> text) {
            this(value, Explanation.later(text));
        }

        String text() {
            return explained.text();
        }

        /** "Reaches its target": used by aggregation {@code tutti} and by the risk flag. */
        boolean reachesTarget() {
            return value.compareTo(BigDecimal.ONE) >= 0;
        }
    }

    /** A number or percentage against a numeric target, with the indicator's polarity. */
    static Raw numeric(BigDecimal v, NumericTarget target, Polarity polarity) {
        if (target.isRange()) {
            return range(v, target);
        }
        BigDecimal t = target.value();
        java.util.function.Supplier<String> vText = () -> target.percent() ? ItalianFormat.percentValue(v)
                : ItalianFormat.number(v);
        java.util.function.Supplier<String> tText = () -> target.percent() ? ItalianFormat.percentValue(t)
                : ItalianFormat.number(t);
        if (polarity == Polarity.INCREASING) {
            java.util.function.Supplier<String> head = () -> "valore " + vText.get() + " rispetto al target "
                    + (target.comparison() == Comparison.UNSPECIFIED ? "" : target.comparison().symbol()) + tText.get();
            if (t.signum() > 0) {
                BigDecimal ratio = v.divide(t, MC);
                if (ratio.signum() < 0) {
                    return new Raw(BigDecimal.ZERO, () -> head.get() + ": " + vText.get() + "/" + tText.get()
                            + " negativo → 0%");
                }
                return new Raw(ratio, () -> head.get() + ": " + vText.get() + "/" + tText.get() + " = "
                        + ItalianFormat.percent(ratio));
            }
            return nonPositiveIncreasing(v, t, () -> "valore " + vText.get(), tText);
        }
        return decreasing(v, t, () -> "valore " + vText.get(), tText, vText, tText);
    }

    /**
     * A range: 100% inside (bounds included); above it the upper bound over the value, below it the value over
     * the lower bound; 0 when that ratio is not of two positive numbers.
     */
    private static Raw range(BigDecimal v, NumericTarget target) {
        BigDecimal low = target.value();
        BigDecimal high = target.upper().orElseThrow();
        boolean percent = target.percent();
        java.util.function.Function<BigDecimal, String> shown = x -> percent ? ItalianFormat.percentValue(x)
                : ItalianFormat.number(x);
        java.util.function.Supplier<String> head = () -> "valore " + shown.apply(v) + " rispetto all'intervallo "
                + shown.apply(low) + " - " + shown.apply(high);
        if (v.compareTo(low) >= 0 && v.compareTo(high) <= 0) {
            return new Raw(BigDecimal.ONE, () -> head.get() + ": dentro l'intervallo → 100%");
        }
        boolean above = v.compareTo(high) > 0;
        BigDecimal num = above ? high : v;
        BigDecimal den = above ? v : low;
        java.util.function.Supplier<String> ratioText = () -> above ? shown.apply(high) + "/" + shown.apply(v)
                : shown.apply(v) + "/" + shown.apply(low);
        if (num.signum() <= 0 || den.signum() <= 0) {
            return new Raw(BigDecimal.ZERO, () -> head.get() + ": " + (above ? "sopra" : "sotto") + " l'intervallo, "
                    + ratioText.get() + " non è un rapporto tra numeri positivi → 0%");
        }
        BigDecimal raw = num.divide(den, MC);
        return new Raw(raw, () -> head.get() + ": " + (above ? "sopra" : "sotto") + " l'intervallo, " + ratioText.get()
                + " = " + ItalianFormat.percent(raw));
    }

    /** Reported numerator/denominator against the target ratio n/d, with the indicator's polarity. */
    static Raw ratio(BigDecimal num, BigDecimal den, RatioTarget target, Polarity polarity) {
        BigDecimal v = num.divide(den, MC);
        BigDecimal t = target.ratio();
        java.util.function.Supplier<String> vText = () -> ItalianFormat.number(num) + "/" + ItalianFormat.number(den)
                + " = " + ItalianFormat.number(v);
        java.util.function.Supplier<String> tText = () -> ItalianFormat.number(target.numerator()) + "/"
                + ItalianFormat.number(target.denominator()) + " = " + ItalianFormat.number(t);
        if (polarity == Polarity.INCREASING) {
            if (t.signum() > 0) {
                BigDecimal ratio = v.divide(t, MC);
                if (ratio.signum() < 0) {
                    return new Raw(BigDecimal.ZERO, () -> vText.get() + " rispetto a " + tText.get() + ": negativo → 0%");
                }
                return new Raw(ratio, () -> vText.get() + " rispetto a " + tText.get() + ": "
                        + ItalianFormat.percent(ratio));
            }
            return nonPositiveIncreasing(v, t, vText, tText);
        }
        return decreasing(v, t, vText, tText, () -> ItalianFormat.number(v), () -> ItalianFormat.number(t));
    }

    private static Raw nonPositiveIncreasing(BigDecimal v, BigDecimal t, java.util.function.Supplier<String> vText,
                                             java.util.function.Supplier<String> tText) {
        // a ratio to a target of 0 or below means nothing: reached or not reached
        boolean reached = v.compareTo(t) >= 0;
        return new Raw(reached ? BigDecimal.ONE : BigDecimal.ZERO, () -> vText.get() + (reached ? " >= " : " < ")
                + tText.get() + " (target non positivo): " + (reached ? "100%" : "0%"));
    }

    private static Raw decreasing(BigDecimal v, BigDecimal t, java.util.function.Supplier<String> vText,
                                  java.util.function.Supplier<String> tText, java.util.function.Supplier<String> vNum,
                                  java.util.function.Supplier<String> tNum) {
        if (v.compareTo(t) <= 0) {
            return new Raw(BigDecimal.ONE, () -> vText.get() + " <= " + tText.get() + " (decrescente): 100%");
        }
        if (t.signum() > 0) {
            BigDecimal ratio = t.divide(v, MC);
            return new Raw(ratio, () -> vText.get() + " > " + tText.get() + " (decrescente): " + tNum.get() + "/"
                    + vNum.get() + " = " + ItalianFormat.percent(ratio));
        }
        if (t.signum() < 0) {
            // a negative target (payment timeliness -5: five days early on average): the same proportion as t / v,
            // the target's size over the size plus the gap, |t| / (|t| + (v - t)), which for t > 0 is exactly t / v;
            // it scored 0 for any value above the target (trial of issue 17)
            BigDecimal size = t.abs();
            BigDecimal gap = v.subtract(t);
            BigDecimal ratio = size.divide(size.add(gap), MC);
            return new Raw(ratio, () -> vText.get() + " > " + tText.get() + " (decrescente, target negativo): "
                    + ItalianFormat.number(size) + "/(" + ItalianFormat.number(size) + " + " + ItalianFormat.number(gap)
                    + ") = " + ItalianFormat.percent(ratio));
        }
        return new Raw(BigDecimal.ZERO, () -> vText.get() + " > " + tText.get() + " (decrescente, target zero): 0%");
    }

    /** A completion date against a deadline, linear within the tolerance. */
    static Raw deadline(LocalDate completed, LocalDate deadline, int toleranceDays) {
        java.util.function.Supplier<String> head = () -> "completato il " + ItalianFormat.date(completed) + ", scadenza "
                + ItalianFormat.date(deadline) + ": ";
        if (!completed.isAfter(deadline)) {
            return new Raw(BigDecimal.ONE, () -> head.get() + "nei termini → 100%");
        }
        long late = ChronoUnit.DAYS.between(deadline, completed);
        java.util.function.Supplier<String> lateText = () -> head.get() + ItalianFormat.days(late)
                + " di ritardo (tolleranza " + toleranceDays + ")";
        if (toleranceDays > 0 && late < toleranceDays) {
            BigDecimal raw = BigDecimal.ONE.subtract(
                    BigDecimal.valueOf(late).divide(BigDecimal.valueOf(toleranceDays), MC));
            return new Raw(raw, () -> lateText.get() + ": 1 - " + late + "/" + toleranceDays + " = "
                    + ItalianFormat.percent(raw));
        }
        return new Raw(BigDecimal.ZERO, () -> lateText.get() + " → 0%");
    }

    /** Not completed, and the deadline has passed at the verifica. */
    static Raw deadlineMissed(LocalDate deadline, LocalDate verifica) {
        return new Raw(BigDecimal.ZERO, () -> "non completato entro la scadenza " + ItalianFormat.date(deadline)
                + " (verifica del " + ItalianFormat.date(verifica) + ") → 0%");
    }

    /** SI/NO against a SI/NO target: matching the expected answer is 100%. */
    static Raw yesNo(boolean yes, boolean expected) {
        boolean match = yes == expected;
        return new Raw(match ? BigDecimal.ONE : BigDecimal.ZERO,
                () -> (yes ? "SI" : "NO") + ", atteso " + (expected ? "SI" : "NO") + ": " + (match ? "100%" : "0%"));
    }

    /** Self-assessed progress on a qualitative target. */
    static Raw qualitative(BigDecimal fraction) {
        return new Raw(fraction, () -> "avanzamento dichiarato dall'ufficio " + ItalianFormat.percent(fraction)
                + " (target qualitativo, da validare dal Nucleo)");
    }
}
