package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.NumericTarget;
import it.peg.domain.Severity;
import it.peg.domain.TargetSpec;
import it.peg.italian.Decimals;
import it.peg.italian.ParsedNumber;
import it.peg.italian.ParsedTarget;
import it.peg.italian.RelativeTarget;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Turns a relative target ({@code +5%}, {@code riduzione del 10% rispetto al 2025}) into the number the indicator
 * scores against, from its baseline: the plan's {@code Baseline} cell, else last year's summary ({@code --previous}).
 * The office sees it computed ({@code >= 210 (+5% su 200)}); without a baseline, an ERRORE on the target cell.
 */
final class RelativeTargets {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String file;
    private final PreviousSummary previous;

    RelativeTargets(String file, PreviousSummary previous) {
        this.file = file;
        this.previous = previous;
    }

    /**
     * The target to score; the parsed spec itself when the target is not relative or has no baseline.
     *
     * @param baseline          the Baseline cell, when the row has one
     * @param percentUnit       the indicator's unit of measure is a percentage
     * @param hasBaselineColumn the sheet has a Baseline column (for the message)
     * @param findings          where the reading (AVVISO) or the missing baseline (ERRORE) goes
     */
    TargetSpec resolve(ParsedTarget parsed, String ref, String text, Optional<ParsedNumber> baseline, boolean percentUnit,
                       String code, boolean hasBaselineColumn, List<Finding> findings) {
        Optional<RelativeTarget> relative = parsed.relative();
        if (relative.isEmpty() || !parsed.isValid()) {
            return parsed.spec();
        }
        String from = "dal valore di partenza della colonna Baseline";
        Optional<ParsedNumber> base = baseline;
        if (base.isEmpty() && previous.of(code).isPresent()) {
            PreviousSummary.Baseline b = previous.of(code).get();
            base = Optional.of(b.value());
            from = "dal valore della verifica del " + b.verifica().format(FULL) + " nel riepilogo '" + previous.file() + "'";
        }
        if (base.isEmpty()) {
            findings.add(new Finding(Severity.ERRORE, FindingCode.BASELINE_MANCANTE, file, PlanReader.INDICATORS, ref, code, text,
                    "un valore di partenza nella colonna Baseline",
                    "Il target '" + text + "' è una variazione rispetto al valore di partenza, ma l'indicatore non ne ha"
                            + " uno: " + (hasBaselineColumn ? "scriverlo nella colonna 'Baseline' di questa riga"
                            : "aggiungere al foglio Indicatori la colonna 'Baseline' (o 'Valore di partenza') con il valore"
                            + " dell'anno precedente") + (previous.file().isEmpty()
                            ? ", oppure indicare il riepilogo dell'anno scorso con --previous"
                            : previous.findings().stream().anyMatch(Finding::isError) // never opened: its own error says why
                            ? " (il riepilogo '" + previous.file() + "' non si è potuto leggere: vedere il suo errore)"
                            : " (il riepilogo '" + previous.file() + "' non ha un valore per " + code + ")")
                            + ", oppure scrivere il target come numero (es. >= 210)."));
            return parsed.spec();
        }
        boolean percent = base.get().percent() || percentUnit;
        NumericTarget target = relative.get().resolve(base.get().value(), percent);
        String shown = target.comparison().symbol() + " " + shown(target.value(), percent) + " ("
                + relative.get().changeText() + " su " + shown(base.get().value(), percent) + ")";
        String note = "'" + text + "' letto come " + shown;
        findings.add(new Finding(Severity.AVVISO, FindingCode.TARGET_INTERPRETATO, file, PlanReader.INDICATORS, ref, code, text, shown,
                "Target interpretato: " + note + ", " + from + ". Se non è corretto,"
                        + " correggere la Baseline o scrivere il target come numero."));
        return new TargetSpec(shown, target, Optional.of(note));
    }

    private static String shown(java.math.BigDecimal value, boolean percent) {
        return percent ? Decimals.italian(value.movePointRight(2)) + "%" : Decimals.italian(value);
    }
}
