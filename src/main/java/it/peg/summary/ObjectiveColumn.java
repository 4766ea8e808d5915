package it.peg.summary;

import it.peg.italian.Texts;
import java.util.Locale;

/**
 * Columns of the summary's Obiettivi sheet, in order. The header texts are a contract: the Nucleo's two
 * columns are found again by {@link NucleoColumnsReader} by these names, whatever their position.
 */
enum ObjectiveColumn {
    CODE("Codice", 12),
    SERVICE("Servizio", 12),
    TITLE("Titolo", 42),
    WEIGHT("Peso", 8),
    COMPUTED("Punteggio calcolato", 12),
    SCORE("Punteggio", 11),
    ESITO("Esito", 18),
    COVERAGE("Copertura", 10),
    REACHABLE("Raggiungibile", 13),
    OFFICE_NOTES("Note ufficio", 36),
    AT_RISK("A rischio", 9),
    LATE_PHASES("Fasi in ritardo", 30),
    SOURCE("Fonte punteggio", 12),
    /** The verifica the row's score and the Nucleo's columns belong to (dd/mm/yyyy): another verifica's summary never takes them. */
    VERIFICA("Verifica", 11),
    NUCLEO_SCORE("Valutazione Nucleo %", 14),
    NUCLEO_NOTES("Note Nucleo", 40);

    final String header;
    final int width;

    ObjectiveColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    int index() {
        return ordinal();
    }

    /** Case-, accent- and space-insensitive form of a header, so that a retyped header still matches. */
    static String normalize(String header) {
        return Texts.singleSpaces(Texts.withoutAccents(header).toLowerCase(Locale.ROOT)).trim();
    }
}
