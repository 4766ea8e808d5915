package it.peg.validation;

import it.peg.domain.Comparison;
import it.peg.domain.DateValue;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.NumberValue;
import it.peg.domain.NumericTarget;
import it.peg.domain.Polarity;
import it.peg.domain.ProgressValue;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Target;
import it.peg.domain.YesNoTarget;
import it.peg.domain.YesNoValue;

import java.math.BigDecimal;

/** Whether a reported value falls short of its target: then the office must explain the gap (causa di scostamento). */
final class Gap {
    private Gap() {
    }

    static boolean shortOf(Indicator indicator, Target target, ReportedValue value) {
        if (target instanceof NumericTarget t && t.isRange() && value instanceof NumberValue v) {
            return v.value().compareTo(t.value()) < 0 || v.value().compareTo(t.upper().orElseThrow()) > 0;
        }
        if (target instanceof NumericTarget t && value instanceof NumberValue v) {
            return shortOf(v.value(), t.value(), indicator.polarity(), t.comparison());
        }
        if (target instanceof RatioTarget t && value instanceof RatioValue v) {
            return shortOf(v.ratio(), t.ratio(), indicator.polarity(), Comparison.UNSPECIFIED);
        }
        if (target instanceof DeadlineTarget t && value instanceof DateValue v) {
            return v.date().isAfter(t.date());
        }
        if (target instanceof YesNoTarget t && value instanceof YesNoValue v) {
            return t.expected() != v.yes();
        }
        if (target instanceof QualitativeTarget && value instanceof ProgressValue v) {
            return v.fraction().compareTo(BigDecimal.ONE) < 0;
        }
        return false;
    }

    private static boolean shortOf(BigDecimal value, BigDecimal target, Polarity polarity, Comparison comparison) {
        if (comparison == Comparison.EQUAL) {
            return value.compareTo(target) != 0;
        }
        return polarity == Polarity.INCREASING ? value.compareTo(target) < 0 : value.compareTo(target) > 0;
    }
}
