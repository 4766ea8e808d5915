package it.peg.validation;

/** The stable codes of validation findings; tests, scripts and the summary's Anomalie sheet rely on them. */
public final class FindingCodes {
    private FindingCodes() {
    }

    // file level: the whole file is refused
    public static final String NOT_A_SCHEDA = "NON_SCHEDA_PEG";
    public static final String FOREIGN = "SCHEDA_ALTRO_PIANO";
    public static final String UNKNOWN_SERVICE = "SERVIZIO_SCONOSCIUTO";
    public static final String STALE = "SCHEDA_NON_AGGIORNATA";
    // file level: the file is used
    public static final String PLAN_CELL_CHANGED = "PIANO_MODIFICATO";
    public static final String NAME_MISSING = "NOME_MANCANTE";
    public static final String DUPLICATE = "SCHEDA_DUPLICATA";
    /** generate --from: a filled input cell of the old workbook that the new plan no longer has. */
    public static final String NOT_CARRIED = "VALORE_NON_RIPORTATO";
    /**
     * A value of a verifica locked by generate --from differs from the one recorded at generation (or its cell is
     * gone): the recorded value is the one used.
     */
    public static final String LOCKED_CHANGED = "VALORE_BLOCCATO_MODIFICATO";

    // values
    public static final String NOT_A_NUMBER = "VALORE_NON_NUMERICO";
    public static final String NOT_A_DATE = "DATA_NON_VALIDA";
    public static final String IMPOSSIBLE_DATE = "DATA_INESISTENTE";
    public static final String DATE_AFTER_VERIFICA = "DATA_DOPO_VERIFICA";
    public static final String DATE_OUTSIDE_YEAR = "DATA_FUORI_ANNO";
    public static final String PERCENT_OUT_OF_RANGE = "PERCENTUALE_FUORI_INTERVALLO";
    public static final String PROGRESS_OUT_OF_RANGE = "AVANZAMENTO_FUORI_INTERVALLO";
    public static final String OUT_OF_RANGE = "VALORE_FUORI_INTERVALLO";
    public static final String ZERO_DENOMINATOR = "DENOMINATORE_ZERO";
    public static final String INCOMPLETE_RATIO = "RAPPORTO_INCOMPLETO";
    public static final String NEGATIVE = "VALORE_NEGATIVO";
    public static final String MISSING = "VALORE_MANCANTE";
    /** A scheda with nothing reported at the verifica: not a delivery. */
    public static final String EMPTY_WORKBOOK = "SCHEDA_NON_COMPILATA";
    public static final String CAUSE_MISSING = "CAUSA_MANCANTE";
    public static final String CUMULATIVE_DECREASE = "CUMULATIVO_IN_CALO";
    public static final String NOT_YES_NO = "SI_NO_NON_VALIDO";
    public static final String PHASE_STATE = "STATO_FASE_NON_VALIDO";
    public static final String FORMULA_ERROR = "ERRORE_FORMULA";
    public static final String INTERPRETED = "VALORE_INTERPRETATO";
    // plausibility: a value that reads as a number but is probably not what the office typed or meant
    /** A number input whose cell carries a date format (a typed value completed or read as a date). */
    public static final String NUMBER_AS_DATE = "NUMERO_IN_FORMATO_DATA";
    /** A year or a date serial far outside the indicator's magnitude. */
    public static final String YEAR_OR_DATE_VALUE = "VALORE_COME_ANNO_O_DATA";
    /** A percentage under 1% where the target is tens of percent (0,85 typed for 85%). */
    public static final String PERCENT_UNDER_ONE = "PERCENTUALE_SOTTO_UNO";
}
