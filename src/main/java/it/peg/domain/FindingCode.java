package it.peg.domain;

/**
 * The stable codes of every finding peg raises, in one place. A constant's name is the code itself, the text written
 * to the console, the summary's Anomalie sheet, the CSV, the merge ledger and caches: tests, scripts and offices'
 * own filters rely on it, so a code is never renamed. A new finding adds a constant here (see docs/architecture.md),
 * next to the ones of the stage that raises it.
 */
public enum FindingCode {
    // ---------------------------------------------------------------- the plan file (plan/PlanReader)
    PIANO_CARTELLA,
    PIANO_NON_TROVATO,
    PIANO_PROTETTO,
    PIANO_ILLEGGIBILE,

    // ---------------------------------------------------------------- the plan's sheets and columns (plan/SheetReading)
    FOGLIO_MANCANTE,
    COLONNA_MANCANTE,
    /** A row with data but no code. */
    CODICE_MANCANTE,
    /** A "Target gg/mm" or "Peso gg/mm" header without a date. */
    COLONNA_NON_VALIDA,
    PIANO_SENZA_SERVIZI,
    FORMULA_SENZA_VALORE,
    FORMULA_CON_ERRORE,
    FORMULA_NEL_PIANO,

    // ---------------------------------------------------------------- Impostazioni (plan/SettingsSheetReader, LogoSetting)
    ENTE_MANCANTE,
    ANNO_MANCANTE,
    ANNO_NON_VALIDO,
    VERIFICA_NON_VALIDA,
    VERIFICA_DUPLICATA,
    VERIFICHE_MANCANTI,
    SCADENZE_NUMERO_DIVERSO,
    SCADENZA_NON_VALIDA,
    VALORI_MANCANTI_NON_VALIDO,
    LOGO_NON_TROVATO,
    LOGO_NON_PNG,
    LOGO_TROPPO_GRANDE,

    // ---------------------------------------------------------------- plan cells (plan's sheet readers)
    /** A number, percentage, weight or amount that does not read as one. */
    NUMERO_NON_VALIDO,
    /** A cell that accepts only some words (SI/NO, an aggregation, a polarity). */
    VALORE_NON_VALIDO,
    DATA_NON_RICONOSCIUTA,
    MINIMO_MAGGIORE_MASSIMO,
    MESI_NON_VALIDI,
    POLARITA_DEDOTTA,
    TARGET_MANCANTE,
    TARGET_NON_VALIDO,
    TARGET_QUALITATIVO,
    TARGET_INTERPRETATO,
    BASELINE_MANCANTE,

    // ---------------------------------------------------------------- the plan as a whole (plan/PlanChecker)
    CODICE_DUPLICATO,
    CODICE_TROPPO_LUNGO,
    CODICI_IN_CONFLITTO,
    SERVIZIO_INESISTENTE,
    SERVIZIO_SENZA_OBIETTIVI,
    OBIETTIVO_INESISTENTE,
    OBIETTIVO_SENZA_INDICATORI,
    PESO_NEGATIVO,
    PESI_TUTTI_ZERO,
    PESI_PARZIALI,
    PESI_NORMALIZZATI,
    FASCE_NON_CRESCENTI,
    VERIFICA_FUORI_ANNO,
    SCADENZA_PRIMA_DELLA_VERIFICA,
    TARGET_INTERMEDIO_NON_VERIFICA,
    TARGET_INTERMEDIO_TIPO_DIVERSO,
    PESO_INTERMEDIO_NON_VERIFICA,

    // ---------------------------------------------------------------- last year's summary (plan/PreviousSummary)
    RIEPILOGO_PRECEDENTE_NON_TROVATO,
    RIEPILOGO_PRECEDENTE_ILLEGGIBILE,
    RIEPILOGO_PRECEDENTE_NON_VALIDO,

    // ---------------------------------------------------------------- a returned file as a whole (readback/ReadProblem)
    FILE_NON_TROVATO,
    COLLEGAMENTO_SIMBOLICO,
    FILE_SPECIALE,
    FILE_ILLEGGIBILE,
    FILE_VUOTO,
    FILE_TROPPO_GRANDE,
    FORMATO_XLS,
    FILE_PROTETTO_PASSWORD,
    FORMATO_ODS,
    FORMATO_XLSB,
    FORMATO_TESTO,
    FORMATO_NON_EXCEL,
    ZIP_CORROTTO,
    ZIP_SOSPETTO,
    XML_DTD_VIETATO,
    XML_CORROTTO,
    TEMPO_SCADUTO,
    /** Not a scheda made by peg (no _peg sheet, or another kind of workbook): the file is refused. */
    NON_SCHEDA_PEG,
    /**
     * A file in an input folder that is not named as a spreadsheet and is not one (a leggimi.txt, a PDF): not a scheda,
     * nobody's failed delivery, so an AVVISO that names it for what it is, not an office's error (trial of issue 17).
     */
    FILE_NON_SCHEDA,
    MACRO_IGNORATE,
    LETTURA_NON_RIUSCITA,
    LIMITE_SUPERATO,
    MEMORIA_INSUFFICIENTE,
    NOME_FILE_NON_VALIDO,
    CELLA_ILLEGGIBILE,

    // ---------------------------------------------------------------- a returned scheda (validation): refused
    /** A scheda of another plan (ente or year). */
    SCHEDA_ALTRO_PIANO,
    SERVIZIO_SCONOSCIUTO,
    SCHEDA_NON_AGGIORNATA,

    // ---------------------------------------------------------------- a returned scheda (validation): used
    PIANO_MODIFICATO,
    NOME_MANCANTE,
    SCHEDA_DUPLICATA,
    /** generate --from: a filled input cell of the old workbook that the new plan no longer has. */
    VALORE_NON_RIPORTATO,
    /**
     * A value of a verifica locked by generate --from differs from the one recorded at generation (or its cell is
     * gone), or from the one delivered before (merge): the recorded value is the one used.
     */
    VALORE_BLOCCATO_MODIFICATO,
    /** A locked value's seal (key beside the plan) does not match: the value cannot be trusted and is not used. */
    SIGILLO_NON_VALIDO,
    /** The workbook's locked values are sealed, but the key is not beside the plan: checked against the records only. */
    SIGILLO_NON_VERIFICATO,
    /** The file name starts with another service's code than the workbook's own (renamed, or sent for another). */
    NOME_FILE_ALTRO_SERVIZIO,

    // ---------------------------------------------------------------- the values of a returned scheda (validation)
    VALORE_NON_NUMERICO,
    /** Not a date (a returned scheda), or a date that is not in the calendar (the plan's Obiettivi). */
    DATA_NON_VALIDA,
    DATA_INESISTENTE,
    DATA_DOPO_VERIFICA,
    DATA_FUORI_ANNO,
    PERCENTUALE_FUORI_INTERVALLO,
    AVANZAMENTO_FUORI_INTERVALLO,
    VALORE_FUORI_INTERVALLO,
    DENOMINATORE_ZERO,
    RAPPORTO_INCOMPLETO,
    VALORE_NEGATIVO,
    /** A value the office did not report (a scheda), or an esito missing from a band (the plan's Fasce). */
    VALORE_MANCANTE,
    /** A scheda with nothing reported at the verifica: not a delivery. */
    SCHEDA_NON_COMPILATA,
    CAUSA_MANCANTE,
    CUMULATIVO_IN_CALO,
    SI_NO_NON_VALIDO,
    STATO_FASE_NON_VALIDO,
    ERRORE_FORMULA,
    VALORE_INTERPRETATO,
    // plausibility: a value that reads as a number but is probably not what the office typed or meant
    /** A number input whose cell carries a date format (a typed value completed or read as a date). */
    NUMERO_IN_FORMATO_DATA,
    /** A year or a date serial far outside the indicator's magnitude. */
    VALORE_COME_ANNO_O_DATA,
    /** A percentage under 1% where the target is tens of percent (0,85 typed for 85%). */
    PERCENTUALE_SOTTO_UNO,
    /**
     * A completion date in the year of the run, not the plan's: what a spreadsheet makes of a date typed without its
     * year ({@code 30/6} becomes 30/06 of the current year), an error (trial of issue 17).
     */
    DATA_ANNO_IN_CORSO,

    // ---------------------------------------------------------------- the Nucleo's columns (summary/NucleoColumnsReader)
    NUCLEO_RIEPILOGO_ILLEGGIBILE,
    NUCLEO_FOGLIO_MANCANTE,
    NUCLEO_COLONNE_MANCANTI,
    NUCLEO_VALORE_NON_VALIDO,
    NUCLEO_CODICE_DUPLICATO,

    // ---------------------------------------------------------------- peg's own fault (domain/PegFault)
    ERRORE_INTERNO_PEG;

    /** The code as written in findings and outputs: the constant's name. */
    public String code() {
        return name();
    }
}
