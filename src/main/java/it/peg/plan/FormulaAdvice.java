package it.peg.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to write a plan cell that became a formula by accident: {@code =>4} typed as a target is the formula
 * {@code >4} (Err:509 in LibreOffice, no value when a script wrote it); {@code >= 4} is the target meant.
 */
final class FormulaAdvice {
    private static final Pattern COMPARISON = Pattern.compile("\\s*([<>]=?|=)\\s*(.+)");

    private FormulaAdvice() {
    }

    /** The text to write instead ({@code >= 4}), or a generic instruction when the formula is no comparison. */
    static String rewrite(String formula) {
        Matcher m = COMPARISON.matcher(formula);
        if (m.matches()) {
            String symbol = m.group(1).startsWith(">") ? ">=" : m.group(1).startsWith("<") ? "<=" : "=";
            return symbol + " " + m.group(2).strip();
        }
        return "il valore, senza '=' iniziale";
    }

    /** The sentence that says how to write the cell. */
    static String howTo(String formula) {
        Matcher m = COMPARISON.matcher(formula);
        if (m.matches()) {
            return "Per il target scrivere '" + rewrite(formula) + "' (con lo spazio, senza '=' all'inizio), oppure"
                    + " un apostrofo prima di '=' ('=" + formula + ") perché resti testo.";
        }
        return "Scrivere direttamente il valore, senza '=' all'inizio, oppure un apostrofo prima di '=' ('="
                + formula + ") perché resti testo.";
    }
}
