package it.peg.generate;

import it.peg.domain.DeadlineTarget;
import it.peg.domain.NumericTarget;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Settings;
import it.peg.domain.Target;
import it.peg.domain.YesNoTarget;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The live formulas that show an office its achievement while it types. Only functions that Excel and
 * LibreOffice both know (IF, AND, OR, ISNUMBER, MIN, MAX, ABS, DATE, UPPER, TRIM). Indicative only: peg recomputes
 * every score from the raw inputs.
 */
final class AchievementFormulas {
    private AchievementFormulas() {
    }

    /** Ratio cell: numerator / denominator once both are numbers and the denominator is not zero. */
    static String ratio(String num, String den) {
        return "IF(AND(ISNUMBER(" + num + "),ISNUMBER(" + den + ")),IF(" + den + "<>0," + num + "/" + den + ",\"\"),\"\")";
    }

    /**
     * Achievement (a fraction) of the value in {@code ref} against {@code target}; empty when the target
     * kind cannot be computed from that value.
     */
    static Optional<String> achievement(Target target, Polarity polarity, String ref, Settings settings) {
        String cap = plain(settings.cap());
        String min = plain(settings.minimumThreshold());
        if (target instanceof NumericTarget n && n.isRange()) {
            return Optional.of(range(ref, plain(n.value()), plain(n.upper().orElseThrow()), cap, min));
        }
        if (target instanceof NumericTarget n) {
            return Optional.of(numeric(ref, plain(n.value()), polarity, cap, min));
        }
        if (target instanceof RatioTarget r) {
            return Optional.of(numeric(ref, plain(r.ratio()), polarity, cap, min));
        }
        if (target instanceof DeadlineTarget d) {
            String date = "DATE(" + d.date().getYear() + "," + d.date().getMonthValue() + "," + d.date().getDayOfMonth() + ")";
            int tol = settings.deadlineToleranceDays();
            String late = tol == 0 ? "0" : "MAX(0,1-(" + ref + "-" + date + ")/" + tol + ")";
            return Optional.of("IF(ISNUMBER(" + ref + "),IF(" + ref + "<=" + date + ",1," + late + "),\"\")");
        }
        if (target instanceof YesNoTarget y) {
            // UPPER("Sì") is "SÌ": the accented yes the list takes counts as SI
            String typed = "UPPER(TRIM(" + ref + "))";
            String match = y.expected() ? "OR(" + typed + "=\"SI\"," + typed + "=\"S\u00cc\")" : typed + "=\"NO\"";
            return Optional.of("IF(" + ref + "=\"\",\"\",IF(" + match + ",1,0))");
        }
        if (target instanceof QualitativeTarget) {
            return Optional.of("IF(ISNUMBER(" + ref + "),MAX(0,MIN(" + cap + "," + ref + ")),\"\")");
        }
        return Optional.empty();
    }

    /**
     * A percent or progress cell's value as a fraction: a number above 1 is in percentage points (what the percent
     * cells' format shows, {@link Validations#PERCENT_FORMAT}); text and blank give "" (a reference to a blank cell
     * would give 0), so the achievement stays empty for them.
     */
    static String fraction(String ref) {
        return "IF(ISNUMBER(" + ref + "),IF(" + ref + ">1," + ref + "/100," + ref + "),\"\")";
    }

    private static String numeric(String v, String t, Polarity polarity, String cap, String min) {
        String raw;
        if (polarity == Polarity.DECREASING) {
            // |t| / (|t| + (v - t)): t / v for a positive target, the same proportion for a negative one
            raw = "IF(" + v + "<=" + t + ",1,IF(" + t + "<>0,ABS(" + t + ")/(ABS(" + t + ")+" + v + "-(" + t + ")),0))";
        } else {
            raw = "IF(" + t + ">0,MAX(0," + v + "/" + t + "),IF(" + v + ">=" + t + ",1,0))";
        }
        String clamped = "IF(" + raw + "<" + min + ",0,MIN(" + cap + "," + raw + "))";
        return "IF(ISNUMBER(" + v + ")," + clamped + ",\"\")";
    }

    /** The range rule of docs/scoring-rules.md: 1 inside, else the nearer bound and the value, smaller over larger. */
    private static String range(String v, String low, String high, String cap, String min) {
        String raw = "IF(" + v + ">" + high + ",IF(AND(" + v + ">0," + high + ">0)," + high + "/" + v + ",0),"
                + "IF(" + v + "<" + low + ",IF(AND(" + v + ">0," + low + ">0)," + v + "/" + low + ",0),1))";
        String clamped = "IF(" + raw + "<" + min + ",0,MIN(" + cap + "," + raw + "))";
        return "IF(ISNUMBER(" + v + ")," + clamped + ",\"\")";
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
