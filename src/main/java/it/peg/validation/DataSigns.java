package it.peg.validation;

import it.peg.domain.DataRow;
import it.peg.domain.FindingCode;
import it.peg.domain.Findings;
import it.peg.italian.Texts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sign of a value on the Dati sheet. Its rows are the service's output volumes (SPEC: "dati quantitativi"):
 * counts and amounts, never below zero, so a negative one is a typo (the trial of issue 17 found it taken without a
 * word). The plan says a row may be negative when one of its past years is, or when its description names a
 * balance or a change ({@code saldo}, {@code variazione}, {@code differenza}, {@code scostamento}, {@code avanzo},
 * {@code disavanzo}).
 */
final class DataSigns {
    private static final Pattern SIGNED = Pattern.compile("\\b(SALDO|SALDI|VARIAZIONE|VARIAZIONI|DIFFERENZA|DIFFERENZE"
            + "|SCOSTAMENTO|SCOSTAMENTI|AVANZO|DISAVANZO)\\b");

    private DataSigns() {
    }

    /** Whether the value is kept; a negative value of a row that may not be negative is an error, and not used. */
    static boolean accepted(DataRow d, BigDecimal n, String shown, Spot spot, Findings findings) {
        if (n.signum() >= 0 || maybeNegative(d)) {
            return true;
        }
        findings.add(spot.error(FindingCode.VALORE_NEGATIVO, shown, "un numero maggiore o uguale a zero",
                "Il dato " + d.code() + " (" + d.description() + ") nella cella " + spot.where() + " è negativo (" + shown
                        + "), ma è un conteggio o un importo: scrivere il numero senza il segno meno. Se il dato può"
                        + " davvero essere negativo, il controllo di gestione lo indichi nel piano (es. \"Saldo\" nella"
                        + " descrizione)."));
        return false;
    }

    static boolean maybeNegative(DataRow d) {
        return d.values().values().stream().anyMatch(v -> v.signum() < 0)
                || SIGNED.matcher(Texts.withoutAccents(d.description()).toUpperCase(Locale.ROOT)).find();
    }
}
