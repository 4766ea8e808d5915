package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.PegFault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 15, point 4: targets that became formulas. {@code formule-2026.xlsx} is written by openpyxl with the cells
 * patched as a script leaves them (no cached value, an empty one) and as error values; the LibreOffice copy is the
 * same plan opened and saved by LibreOffice (it recalculates: {@code >4} becomes #VALUE!). Both readers, streaming
 * and POI's usermodel, give the same findings, each naming its cell; the file is never "unreadable".
 */
class PlanFormulaCellsTest {
    private static final String GE4 = "Per il target scrivere '>= 4' (con lo spazio, senza '=' all'inizio), oppure un"
            + " apostrofo prima di '=' ('=>4) perché resti testo.";
    private static final String NO_VALUE = "La cella %s contiene la formula '=>4', di cui il file non conserva alcun valore"
            + " (scritta da un programma e mai calcolata). " + GE4;

    @ParameterizedTest(name = "{0}, streaming {1}")
    @CsvSource({"formule-2026, true", "formule-2026, false"})
    void aScriptsFormulasAreNamedCellByCell(String name, boolean streaming) throws Exception {
        List<String> lines = findings(name, streaming);
        assertEquals(List.of(
                "ERRORE FORMULA_SENZA_VALORE D2 F1 " + NO_VALUE.formatted("D2"),
                "ERRORE FORMULA_CON_ERRORE D3 F2 La cella D3 contiene la formula '=>4', che dà l'errore Err:509: il valore"
                        + " non si può leggere. " + GE4,
                "ERRORE FORMULA_CON_ERRORE D4 F3 La cella D4 contiene la formula '=SOMMA(A1)', che dà l'errore #NAME?: il"
                        + " valore non si può leggere. Scrivere direttamente il valore, senza '=' all'inizio, oppure un"
                        + " apostrofo prima di '=' ('=SOMMA(A1)) perché resti testo.",
                "AVVISO FORMULA_NEL_PIANO D5 F4 La cella D5 contiene la formula '=2+2': è usato il valore calcolato '4'."
                        + " Se il valore non deve cambiare, scriverlo direttamente nella cella.",
                "ERRORE FORMULA_SENZA_VALORE D6 F5 " + NO_VALUE.formatted("D6")), lines);
    }

    @ParameterizedTest(name = "streaming {0}")
    @CsvSource({"true", "false"})
    void libreOfficesErrorValuesAreNamedCellByCell(boolean streaming) throws Exception {
        List<String> lines = findings("formule-2026-libreoffice", streaming);
        String valueError = "ERRORE FORMULA_CON_ERRORE %s %s La cella %s contiene la formula '=>4', che dà l'errore"
                + " #VALUE!: il valore non si può leggere. " + GE4;
        assertEquals(List.of(
                valueError.formatted("D2", "F1", "D2"),
                valueError.formatted("D3", "F2", "D3"),
                "ERRORE FORMULA_CON_ERRORE D4 F3 La cella D4 contiene la formula '=somma(A1)', che dà l'errore #NAME?: il"
                        + " valore non si può leggere. Scrivere direttamente il valore, senza '=' all'inizio, oppure un"
                        + " apostrofo prima di '=' ('=somma(A1)) perché resti testo.",
                "AVVISO FORMULA_NEL_PIANO D5 F4 La cella D5 contiene la formula '=2+2': è usato il valore calcolato '4'."
                        + " Se il valore non deve cambiare, scriverlo direttamente nella cella.",
                valueError.formatted("D6", "F5", "D6")), lines);
    }

    @org.junit.jupiter.api.Test
    void aFaultOfPegSaysSo() {
        Finding f = PegFault.finding(new NullPointerException("x"), "la lettura del piano", "piano.xlsx", "");
        assertEquals(FindingCode.ERRORE_INTERNO_PEG.code(), f.code());
        assertEquals("Errore interno di peg durante la lettura del piano di 'piano.xlsx': è un"
                + " difetto del programma, non del file. Rilanciare il comando con -v per vedere i dettagli tecnici e"
                + " segnalarli all'assistenza di peg allegando il file.", f.message());
    }

    private static List<String> findings(String name, boolean streaming) throws Exception {
        Path plan = Path.of(PlanFormulaCellsTest.class.getResource("/plans/" + name + ".xlsx").toURI());
        PlanReadResult r = PlanReader.read(plan, streaming);
        assertFalse(r.isValid());
        assertFalse(r.findings().stream().anyMatch(f -> f.code().equals("PIANO_ILLEGGIBILE")), r.findings()::toString);
        return r.findings().stream().filter(f -> f.code().startsWith("FORMULA"))
                .map(f -> f.severity() + " " + f.code() + " " + f.cell() + " " + f.subject() + " " + f.message()).toList();
    }
}
