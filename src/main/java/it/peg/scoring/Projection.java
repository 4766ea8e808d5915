package it.peg.scoring;

import it.peg.italian.ItalianFormat;
import it.peg.domain.Indicator;
import it.peg.domain.NumberValue;
import it.peg.domain.NumericTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Target;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Linear projection of a cumulative indicator to the final verifica: value x days(1 Jan to final) /
 * days(1 Jan to verifica), both counted inclusive of the end date. For ratios only the numerator is
 * projected (the denominator is usually a resource, such as staff, that does not accumulate).
 */
final class Projection {
    private Projection() {
    }

    /**
     * @param value projected value (the numerator for a ratio)
     * @param raw   raw achievement of the projected value against the final target
     * @param text  Italian explanation, appended to the indicator's (made when read)
     */
    record Projected(BigDecimal value, Achievements.Raw raw, Explanation text) {
        boolean atRisk() {
            return !raw.reachesTarget();
        }
    }

    /** Inclusive day count from 1 January of the date's year. */
    static long daysFromJan1(LocalDate date) {
        return ChronoUnit.DAYS.between(date.withDayOfYear(1), date) + 1;
    }

    /** The projection, when the indicator is cumulative, the verifica intermediate and the value projectable. */
    static Optional<Projected> of(Indicator indicator, Verifica verifica, Verifica finalVerifica,
                                  ReportedValue value) {
        if (!indicator.cumulative() || verifica.isFinal()) {
            return Optional.empty();
        }
        Target target = indicator.target().target();
        long daysNow = daysFromJan1(verifica.date());
        long daysFinal = daysFromJan1(finalVerifica.date());
        if (target instanceof NumericTarget numeric && value instanceof NumberValue number) {
            BigDecimal projected = project(number.value(), daysFinal, daysNow);
            Achievements.Raw raw = Achievements.numeric(projected, numeric, indicator.polarity());
            return Optional.of(new Projected(projected, raw, Explanation.later(
                    () -> text(finalVerifica, number.value(), daysFinal, daysNow, projected, raw))));
        }
        if (target instanceof RatioTarget ratio && value instanceof RatioValue reported) {
            BigDecimal projected = project(reported.numerator(), daysFinal, daysNow);
            Achievements.Raw raw = Achievements.ratio(projected, reported.denominator(), ratio, indicator.polarity());
            return Optional.of(new Projected(projected, raw, Explanation.later(
                    () -> text(finalVerifica, reported.numerator(), daysFinal, daysNow, projected, raw))));
        }
        return Optional.empty();
    }

    private static BigDecimal project(BigDecimal v, long daysFinal, long daysNow) {
        return v.multiply(BigDecimal.valueOf(daysFinal), Achievements.MC)
                .divide(BigDecimal.valueOf(daysNow), Achievements.MC);
    }

    private static String text(Verifica finalVerifica, BigDecimal v, long daysFinal, long daysNow,
                               BigDecimal projected, Achievements.Raw raw) {
        return "proiezione al " + finalVerifica.label() + ": " + ItalianFormat.number(v) + " × " + daysFinal + "/"
                + daysNow + " = " + ItalianFormat.number(projected) + "; " + raw.text()
                + (raw.reachesTarget() ? "" : " → a rischio");
    }
}
