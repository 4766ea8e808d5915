package it.peg.italian;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 15: when a bare number's indicator is plainly one where lower is better, and why. */
class PolaritiesTest {
    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "Tempo medio di rilascio           | ''        | giorni | un tempo (unità 'giorni')",
        "Tempo medio di rilascio           | ''        | ''     | di quelli in cui più basso è meglio ('tempo' nella descrizione)",
        "Indicatore di tempestività dei pagamenti | '' | ''     | di quelli in cui più basso è meglio ('tempestività' nella descrizione)",
        "Spesa per carta e stampati        | euro      | ''     | un costo (unità euro e 'spesa' nella descrizione)",
        "Reclami ricevuti                  | numero    | ''     | di quelli in cui più basso è meglio ('reclami' nella descrizione)",
        "Attesa allo sportello             | minuti    | ''     | un tempo (unità 'minuti')",
        "Entrate riscosse                  | euro      | ''     | -",
        "Ore di apertura della biblioteca  | ore       | ''     | -",
        "Ore di formazione erogate         | ore       | ''     | -",
        "Visitatori del museo              | numero    | ''     | -",
        "Importo dei lavori aggiudicati    | euro      | ''     | -",
        // regression (trial of issue 15): a share of cases handled within a time limit is not a time
        "Segnalazioni evase entro 10 giorni | %        | %      | -",
        "Segnalazioni evase entro 10 giorni | ''       | %      | -",
        "Pratiche evase entro 30 gg         | numero   | ''     | -",
        "Pratiche evase entro 30 giorni con ritardo | numero | '' | di quelli in cui più basso è meglio ('ritardo' nella descrizione)",
    })
    void lowerIsBetterOnlyWhenPlain(String description, String unit, String targetUnit, String expected) {
        assertEquals(expected, Polarities.lowerIsBetter(description, unit, targetUnit).orElse("-"));
    }
}
