package it.peg.xlsx;

import it.peg.domain.CarriedValues;

/**
 * Layout of the very hidden metadata sheet of a generated service workbook: key in column A, value in
 * column B, one row per key, in this order. Written by generation, read back to recognise a returned
 * workbook (its plan, service and plan version).
 * <p>
 * A workbook generated with carried values and locked verifiche ({@code generate --from}) also records what was
 * locked, so that validation can tell a past value changed after the fact (a sheet unprotected by the office):
 * <pre>
 * bloccate                 0630
 * valori bloccati          3                 valore alla generazione in colonna B, cella in colonna C
 * bloccato:CAUSA_I1_0630   ritardo nelle assunzioni   Scheda!H14
 * bloccato:IN_I1_0630      1200.5            Scheda!F14
 * bloccato:NOTE_O1_0630                      Scheda!D20
 * </pre>
 * The {@link #KEY_LOCKED_VALUES} row gives how many locked names follow; then one row per locked input cell, in
 * name order: {@link #LOCKED_PREFIX} and the contract name in column A, the value the cell held when the workbook
 * was generated in column B ({@link #lockedText canonical text}: blank when the cell was empty), and the cell it
 * was at in column C, for a person reading the sheet only (validation looks the cell up by its defined name). A
 * workbook with nothing locked has none of these rows.
 */
public final class MetadataSheet {
    /** Sheet name; very hidden, so Excel's "Unhide" does not list it. */
    public static final String SHEET = "_peg";
    /** Marks the workbook as a peg scheda. */
    public static final String KEY_KIND = "tipo";
    public static final String KIND_VALUE = "peg-scheda";
    /** Metadata layout version. */
    public static final String KEY_FORMAT = "formato";
    public static final String FORMAT_VALUE = "1";
    public static final String KEY_ENTE = "ente";
    public static final String KEY_YEAR = "anno";
    public static final String KEY_SERVICE = "servizio";
    /** {@link it.peg.domain.PlanFingerprint} of the service's slice of the plan. */
    public static final String KEY_FINGERPRINT = "impronta";
    public static final String KEY_TOOL_VERSION = "versione";
    /** Verifiche of the plan, as MMDD codes separated by ';'. */
    public static final String KEY_VERIFICHE = "verifiche";
    /** MMDD codes of the verifiche whose values were carried forward and locked (generate --from), ';'-separated. */
    public static final String KEY_LOCKED = "bloccate";

    /** Header of the locked values: column B holds how many {@link #LOCKED_PREFIX} rows follow. */
    public static final String KEY_LOCKED_VALUES = "valori bloccati";
    public static final String LOCKED_VALUES_NOTE = "valore alla generazione in colonna B, cella in colonna C";
    /** Column A of a locked value's row: this prefix, then the input cell's contract name. */
    public static final String LOCKED_PREFIX = "bloccato:";
    /**
     * Column A of a locked value's seal row: this prefix, then the contract name; column B the seal and the value
     * sealed ({@link it.peg.domain.LockSeal#sealed}). Written only when the key beside the plan was at hand.
     */
    public static final String SEAL_PREFIX = "sigillo:";
    /** The seal over the whole set of locked values ({@link it.peg.domain.LockSeal#ofAll}). */
    public static final String KEY_SEAL = "sigillo valori bloccati";

    private MetadataSheet() {
    }

    /**
     * The canonical text of a locked value, the same whatever the locale of the machine that reads it back:
     * numbers as plain decimals with '.' ({@code 1200}, {@code 0.75} for 75%), dates ISO ({@code 2024-06-30}),
     * texts (SI/NO, phase states, causes, notes) as they are.
     */
    public static String lockedText(CarriedValues.Value value) {
        if (value instanceof CarriedValues.Number n) {
            return n.value().signum() == 0 ? "0" : n.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof CarriedValues.Day d) {
            return d.value().toString();
        }
        return ((CarriedValues.Text) value).value();
    }
}
