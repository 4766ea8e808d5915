package it.peg.xlsx;

/**
 * Layout of the very hidden metadata sheet of a generated service workbook: key in column A, value in
 * column B, one row per key, in this order. Written by generation, read back to recognise a returned
 * workbook (its plan, service and plan version).
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

    private MetadataSheet() {
    }
}
