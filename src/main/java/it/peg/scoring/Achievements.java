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
     * A raw achievement (a fraction, not capped) and how it was obtained: the text is made when read, by one
     * lambda holding the values it shows (not a chain of them: at 10,000 services a night holds 90,000 of these
     * unread), since scoring needs only the fraction. Read once, by the indicator's {@link Explanation}.
     */
    record Raw(BigDecimal value, java.util.function.Supplier<String> texts) {
        Raw {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(texts, "texts");
        }

        String text() {
            return texts.get();
        }

        /** "Reaches its target": used by aggregation {@code tutti} and by the risk flag. */
        boolean reachesTarget() {
            return value.compareTo(BigDecimal.ONE) >= 0;
        }
    }

    /** A number as the target shows it: a percentage when the target is one. */
    private static String shown(BigDecimal x, boolean percent) {
        return percent ? ItalianFormat.percentValue(x) : ItalianFormat.number(x);
    }

    /** A number or percentage against a numeric target, with the indicator's polarity. */
    static Raw numeric(BigDecimal v, NumericTarget target, Polarity polarity) {
        if (target.isRange()) {
            return range(v, target);
        }
        BigDecimal t = target.value();
        boolean p = target.percent();
        if (polarity == Polarity.INCREASING) {
            if (t.signum() > 0) {
                BigDecimal ratio = v.divide(t, MC);
                if (ratio.signum() < 0) {
                    return new Raw(BigDecimal.ZERO, () -> numericHead(v, target) + ": " + shown(v, p) + "/" + shown(t, p)
                            + " negativo → 0%");
                }
                return new Raw(ratio, () -> numericHead(v, target) + ": " + shown(v, p) + "/" + shown(t, p) + " = "
                        + ItalianFormat.percent(ratio));
            }
            boolean reached = v.compareTo(t) >= 0;
            return new Raw(reached ? BigDecimal.ONE : BigDecimal.ZERO,
                    () -> nonPositiveIncreasing("valore " + shown(v, p), shown(t, p), reached));
        }
        return decreasing(v, t, () -> {
            String vText = shown(v, p);
            String tText = shown(t, p);
            return new String[] {"valore " + vText, tText, vText, tText};
        });
    }

    private static String numericHead(BigDecimal v, NumericTarget target) {
        String symbol = target.comparison() == Comparison.UNSPECIFIED ? "" : target.comparison().symbol();
        return "valore " + shown(v, target.percent()) + " rispetto al target " + symbol
                + shown(target.value(), target.percent());
    }

    /**
     * A range: 100% inside (bounds included); above it the upper bound over the value, below it the value over
     * the lower bound; 0 when that ratio is not of two positive numbers.
     */
    private static Raw range(BigDecimal v, NumericTarget target) {
        BigDecimal low = target.value();
        BigDecimal high = target.upper().orElseThrow();
        if (v.compareTo(low) >= 0 && v.compareTo(high) <= 0) {
            return new Raw(BigDecimal.ONE, () -> rangeHead(v, target) + ": dentro l'intervallo → 100%");
        }
        boolean above = v.compareTo(high) > 0;
        BigDecimal num = above ? high : v;
        BigDecimal den = above ? v : low;
        if (num.signum() <= 0 || den.signum() <= 0) {
            return new Raw(BigDecimal.ZERO, () -> rangeHead(v, target) + ": " + (above ? "sopra" : "sotto")
                    + " l'intervallo, " + rangeRatio(v, target, above) + " non è un rapporto tra numeri positivi → 0%");
        }
        BigDecimal raw = num.divide(den, MC);
        return new Raw(raw, () -> rangeHead(v, target) + ": " + (above ? "sopra" : "sotto") + " l'intervallo, "
                + rangeRatio(v, target, above) + " = " + ItalianFormat.percent(raw));
    }

    private static String rangeHead(BigDecimal v, NumericTarget target) {
        boolean p = target.percent();
        return "valore " + shown(v, p) + " rispetto all'intervallo " + shown(target.value(), p) + " - "
                + shown(target.upper().orElseThrow(), p);
    }

    private static String rangeRatio(BigDecimal v, NumericTarget target, boolean above) {
        boolean p = target.percent();
        return above ? shown(target.upper().orElseThrow(), p) + "/" + shown(v, p)
                : shown(v, p) + "/" + shown(target.value(), p);
    }

    /** Reported numerator/denominator against the target ratio n/d, with the indicator's polarity. */
    static Raw ratio(BigDecimal num, BigDecimal den, RatioTarget target, Polarity polarity) {
        BigDecimal v = num.divide(den, MC);
        BigDecimal t = target.ratio();
        if (polarity == Polarity.INCREASING) {
            if (t.signum() > 0) {
                BigDecimal ratio = v.divide(t, MC);
                if (ratio.signum() < 0) {
                    return new Raw(BigDecimal.ZERO, () -> ratioText(num, den, v) + " rispetto a " + targetText(target, t)
                            + ": negativo → 0%");
                }
                return new Raw(ratio, () -> ratioText(num, den, v) + " rispetto a " + targetText(target, t) + ": "
                        + ItalianFormat.percent(ratio));
            }
            boolean reached = v.compareTo(t) >= 0;
            return new Raw(reached ? BigDecimal.ONE : BigDecimal.ZERO,
                    () -> nonPositiveIncreasing(ratioText(num, den, v), targetText(target, t), reached));
        }
        return decreasing(v, t, () -> new String[] {ratioText(num, den, v), targetText(target, t),
                ItalianFormat.number(v), ItalianFormat.number(t)});
    }

    private static String ratioText(BigDecimal num, BigDecimal den, BigDecimal v) {
        return ItalianFormat.number(num) + "/" + ItalianFormat.number(den) + " = " + ItalianFormat.number(v);
    }

    private static String targetText(RatioTarget target, BigDecimal t) {
        return ItalianFormat.number(target.numerator()) + "/" + ItalianFormat.number(target.denominator()) + " = "
                + ItalianFormat.number(t);
    }

    private static String nonPositiveIncreasing(String vText, String tText, boolean reached) {
        // a ratio to a target of 0 or below means nothing: reached or not reached
        return vText + (reached ? " >= " : " < ") + tText + " (target non positivo): " + (reached ? "100%" : "0%");
    }

    /**
     * A decreasing indicator; {@code texts} gives, when the text is read, the value's and the target's texts and
     * their plain numbers.
     */
    private static Raw decreasing(BigDecimal v, BigDecimal t, java.util.function.Supplier<String[]> texts) {
        if (v.compareTo(t) <= 0) {
            return new Raw(BigDecimal.ONE, () -> {
                String[] x = texts.get();
                return x[0] + " <= " + x[1] + " (decrescente): 100%";
            });
        }
        if (t.signum() > 0) {
            BigDecimal r = t.divide(v, MC);
            return new Raw(r, () -> {
                String[] x = texts.get();
                return x[0] + " > " + x[1] + " (decrescente): " + x[3] + "/" + x[2] + " = " + ItalianFormat.percent(r);
            });
        }
        if (t.signum() < 0) {
            // a negative target (payment timeliness -5: five days early on average): the same proportion as t / v,
            // the target's size over the size plus the gap, |t| / (|t| + (v - t)), which for t > 0 is exactly t / v;
            // it scored 0 for any value above the target (trial of issue 17)
            BigDecimal size = t.abs();
            BigDecimal gap = v.subtract(t);
            BigDecimal r = size.divide(size.add(gap), MC);
            return new Raw(r, () -> {
                String[] x = texts.get();
                return x[0] + " > " + x[1] + " (decrescente, target negativo): " + ItalianFormat.number(size) + "/("
                        + ItalianFormat.number(size) + " + " + ItalianFormat.number(gap) + ") = "
                        + ItalianFormat.percent(r);
            });
        }
        return new Raw(BigDecimal.ZERO, () -> {
            String[] x = texts.get();
            return x[0] + " > " + x[1] + " (decrescente, target zero): 0%";
        });
    }

    /** A completion date against a deadline, linear within the tolerance. */
    static Raw deadline(LocalDate completed, LocalDate deadline, int toleranceDays) {
        if (!completed.isAfter(deadline)) {
            return new Raw(BigDecimal.ONE, () -> deadlineHead(completed, deadline) + "nei termini → 100%");
        }
        long late = ChronoUnit.DAYS.between(deadline, completed);
        if (toleranceDays > 0 && late < toleranceDays) {
            BigDecimal raw = BigDecimal.ONE.subtract(
                    BigDecimal.valueOf(late).divide(BigDecimal.valueOf(toleranceDays), MC));
            return new Raw(raw, () -> lateText(completed, deadline, late, toleranceDays) + ": 1 - " + late + "/"
                    + toleranceDays + " = " + ItalianFormat.percent(raw));
        }
        return new Raw(BigDecimal.ZERO, () -> lateText(completed, deadline, late, toleranceDays) + " → 0%");
    }

    private static String deadlineHead(LocalDate completed, LocalDate deadline) {
        return "completato il " + ItalianFormat.date(completed) + ", scadenza " + ItalianFormat.date(deadline) + ": ";
    }

    private static String lateText(LocalDate completed, LocalDate deadline, long late, int toleranceDays) {
        return deadlineHead(completed, deadline) + ItalianFormat.days(late) + " di ritardo (tolleranza " + toleranceDays
                + ")";
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
