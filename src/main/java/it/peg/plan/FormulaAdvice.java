package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;
import it.peg.xlsx.ExcelCell;

import java.util.Optional;
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

    /**
     * The finding of a formula in a plan cell: an AVVISO naming the cell when it is read through its value; when the
     * file keeps no value or an error value (a script that wrote {@code =>4}; LibreOffice's Err:509, saved as
     * #VALUE!), an ERRORE that says how to write the cell. Empty for a cell without a formula or error.
     *
     * @param shown the cell's value as text, as the plan reader reads it
     */
    static Optional<Finding> finding(ExcelCell cell, String shown, String file, String sheet, String ref, String code) {
        if (!cell.formula() && !cell.formulaError()) {
            return Optional.empty();
        }
        String formula = "=" + cell.formulaText();
        if (cell.formulaWithoutValue()) {
            return Optional.of(new Finding(Severity.ERRORE, FindingCode.FORMULA_SENZA_VALORE, file, sheet, ref, code, formula,
                    rewrite(cell.formulaText()), "La cella " + ref + " contiene la formula '" + formula + "', di cui il file"
                    + " non conserva alcun valore (scritta da un programma e mai calcolata). " + howTo(cell.formulaText())));
        }
        if (cell.formulaError()) {
            String error = cell.errorText().isEmpty() ? "errore" : cell.errorText();
            return Optional.of(new Finding(Severity.ERRORE, FindingCode.FORMULA_CON_ERRORE, file, sheet, ref, code, error,
                    rewrite(cell.formulaText()), "La cella " + ref + " contiene " + (cell.formula() ? "la formula '" + formula
                    + "', che dà l'errore " : "l'errore ") + error + ": il valore non si può leggere. "
                    + howTo(cell.formulaText())));
        }
        return Optional.of(new Finding(Severity.AVVISO, FindingCode.FORMULA_NEL_PIANO, file, sheet, ref, code, formula, "",
                "La cella " + ref + " contiene la formula '" + formula + "': è usato il valore calcolato '" + shown
                        + "'. Se il valore non deve cambiare, scriverlo direttamente nella cella."));
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
