package it.peg.generate;

import java.util.Locale;

/**
 * The cell styles a service workbook uses. Each one is a prototype cell in the template's {@code Stili}
 * sheet (key in column A, styled sample in column B), so a municipality restyles by formatting that cell.
 */
public enum StyleKey {
    TITOLO, SOTTOTITOLO, ISTRUZIONI, ETICHETTA, VALORE, VALORE_NUMERO, VALORE_EURO, TESTO_LUNGO, OBIETTIVO,
    INTESTAZIONE, CELLA, CELLA_CENTRO, CELLA_NUMERO, CELLA_GRIGIA, TARGET, RAPPORTO, RAGGIUNGIMENTO,
    INPUT_NUMERO, INPUT_PERCENTUALE, INPUT_DATA, INPUT_LISTA, INPUT_TESTO, GANTT_ATTIVO, GANTT_VUOTO,
    DATO_STORICO, FIRMA_ETICHETTA, FIRMA_CASELLA, SEMAFORO_VERDE, SEMAFORO_GIALLO, SEMAFORO_ROSSO;

    /** The key as written in the Stili sheet. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
