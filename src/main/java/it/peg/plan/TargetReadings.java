package it.peg.plan;

import it.peg.domain.Comparison;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.NumericTarget;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.YesNoTarget;
import it.peg.italian.Decimals;
import it.peg.italian.Texts;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What {@code check} prints for each target: the reading peg will score ({@code '1500 su 2000' → rapporto >= 0,75})
 * and, for a qualitative target, a measurable way to write it.
 */
public final class TargetReadings {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TargetReadings() {
    }

    /** {@code '1500 su 2000' → rapporto >= 0,75}, with the comparator the indicator's polarity gives a bare number. */
    public static String reading(TargetSpec spec, Polarity polarity) {
        // a relative target's text is the computed one: its bracket says from what ("(+5% su 200)")
        int bracket = spec.text().lastIndexOf(" (");
        String written = spec.written();
        String from = written.equals(spec.text()) || bracket < 0 ? "" : spec.text().substring(bracket);
        return "'" + written + "' → " + meaning(spec.target(), polarity) + from;
    }

    /** Whether the target needed reading: not a literal number, date or SI/NO, or its polarity came from elsewhere. */
    public static boolean interpreted(Indicator indicator) {
        return !indicator.target().text().isEmpty() && (indicator.target().interpretation().isPresent()
                || indicator.target().target() instanceof QualitativeTarget);
    }

    static String meaning(Target target, Polarity polarity) {
        String direction = polarity == Polarity.DECREASING ? "<=" : ">=";
        if (target instanceof NumericTarget n) {
            String kind = n.percent() ? "percentuale " : "numero ";
            if (n.isRange()) {
                return kind + "tra " + value(n.value(), n.percent()) + " e " + value(n.upper().orElseThrow(), n.percent());
            }
            String symbol = n.comparison() == Comparison.UNSPECIFIED ? direction : n.comparison().symbol();
            return kind + symbol + " " + value(n.value(), n.percent());
        }
        if (target instanceof RatioTarget r) {
            return "rapporto " + direction + " " + Decimals.italian(r.ratio().setScale(4, java.math.RoundingMode.HALF_UP));
        }
        if (target instanceof DeadlineTarget d) {
            return "scadenza " + d.date().format(FULL);
        }
        if (target instanceof YesNoTarget y) {
            return y.expected() ? "SI" : "NO";
        }
        return "qualitativo (% di avanzamento dichiarata dall'ufficio)";
    }

    private static String value(BigDecimal v, boolean percent) {
        return percent ? Decimals.italian(v.movePointRight(2)) + "%" : Decimals.italian(v);
    }

    /** A measurable way to write a qualitative target, from what its words are about. */
    public static String rewrite(String text, int year) {
        String t = Texts.withoutAccents(text).toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(aument\\w*|increment\\w*|miglior\\w*|crescit\\w*|potenzia\\w*)\\b.*")) {
            return "'+5% rispetto al " + (year - 1) + "' con il valore " + (year - 1) + " nella colonna Baseline";
        }
        if (t.matches(".*\\b(riduzion\\w*|ridurre|diminu\\w*|contenimento|contenere|abbatt\\w*)\\b.*")) {
            return "'-10% rispetto al " + (year - 1) + "' con il valore " + (year - 1) + " nella colonna Baseline";
        }
        if (t.matches(".*\\b(mantenimento|mantenere|conferma\\w*)\\b.*")) {
            return "'mantenimento' con il valore " + (year - 1) + " nella colonna Baseline";
        }
        if (t.matches(".*\\b(entro|anno|scadenza|termine|avvio|attivazione|approvazione|adozione|realizzazione"
                + "|completamento|redazione|predisposizione|aggiornamento|effettuarsi|effettuare)\\b.*")) {
            return "una scadenza ('entro il 31/12/" + year + "') o 'SI'";
        }
        return "'>= 12', '>= 90%', 'entro il 31/12/" + year + "' o 'SI'";
    }
}
