package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: {@code check} names each formula cell (exit 2) and prints each target as the reading it will score. */
class CheckTargetsCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int check(Path plan, String... more) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Console.Verbosity.NORMAL, false);
        List<String> args = new java.util.ArrayList<>(List.of("check", "--plan", plan.toString()));
        args.addAll(List.of(more));
        return new Main(Commands.all()).run(args.toArray(String[]::new), console);
    }

    private List<String> lines() {
        return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    private static Path resource(String name) throws Exception {
        return RelativeTargetPlans.resource(name);
    }

    @Test
    void formulaCellsAreNamedAndTheExitCodeIs2() throws Exception {
        assertEquals(2, check(resource("formule-2026.xlsx")));
        List<String> findings = lines().stream().filter(l -> l.contains("[FORMULA")).map(l -> l.substring(0, l.indexOf(':')))
                .toList();
        assertEquals(List.of("  ERRORE [FORMULA_SENZA_VALORE] Indicatori!D2 (F1)", "  ERRORE [FORMULA_CON_ERRORE] Indicatori!D3 (F2)",
                "  ERRORE [FORMULA_CON_ERRORE] Indicatori!D4 (F3)", "  AVVISO [FORMULA_NEL_PIANO] Indicatori!D5 (F4)",
                "  ERRORE [FORMULA_SENZA_VALORE] Indicatori!D6 (F5)"), findings);
        assertTrue(lines().contains("Piano 2026 di Comune di Borgo Fixture (formule): 1 servizio, 1 obiettivo, 6 indicatori;"
                + " 4 errori, 1 avviso."), out::toString);
        assertTrue(lines().stream().noneMatch(l -> l.contains("ILLEGGIBILE") || l.contains("TARGET_MANCANTE")), out::toString);
    }

    @Test
    void eachTargetIsPrintedAsTheReadingItWillScore() throws Exception {
        assertEquals(0, check(resource("targets-2026.xlsx")));
        List<String> lines = lines();
        for (String expected : List.of(
                "  CU10 (riga 37): '1500 su 2000' → rapporto >= 0,75",
                "  CU12 (riga 39): '3 su 100' → rapporto <= 0,03",
                "  AG07 (riga 8): 'non superiore al 5%' → percentuale <= 5%",
                "  SU04 (riga 22): '95 per cento' → percentuale >= 95%",
                "  CU03 (riga 30): '1,5 milioni' → numero >= 1500000",
                "  SO01 (riga 41): 'tra 5 e 10' → numero tra 5 e 10",
                "  SO07 (riga 47): 'I semestre 2026' → scadenza 30/06/2026",
                "  SO06 (riga 46): 'entro l'anno' → scadenza 31/12/2026",
                "  FI01 (riga 55): '+5%' → numero >= 210 (+5% su 200)",
                "  FI03 (riga 57): 'riduzione del 10% rispetto al 2025' → numero <= 450 (-10% su 500)",
                "  SU01 (riga 19): '30gg' → numero <= 30",
                "  FI08 (riga 62): '-5' → numero <= -5",
                "  FI17 (riga 71): 'Miglioramento della comunicazione istituzionale' → qualitativo (% di avanzamento"
                        + " dichiarata dall'ufficio); per renderlo misurabile: '+5% rispetto al 2025' con il valore 2025"
                        + " nella colonna Baseline")) {
            assertTrue(lines.contains(expected), () -> "missing line: " + expected + "\n" + out);
        }
        assertTrue(lines.contains("  AVVISO [POLARITA_DEDOTTA] Indicatori!D19 (SU01): Il target '30gg' è un numero senza"
                + " confronto e l'indicatore è un tempo (unità 'giorni'): letto come decrescente (più basso è meglio: il"
                + " target è un valore da non superare). Se invece più alto è meglio, scrivere 'crescente' nella colonna"
                + " 'Polarità'. (trovato: '30gg'; atteso: decrescente)"), out::toString);
    }

    @Test
    void aRelativeTargetWithoutABaselineIsAnError() throws Exception {
        Path plan = withoutFi01Baseline();
        assertEquals(2, check(plan));
        assertTrue(lines().contains("  ERRORE [BASELINE_MANCANTE] Indicatori!D55 (FI01): Il target '+5%' è una variazione"
                + " rispetto al valore di partenza, ma l'indicatore non ne ha uno: scriverlo nella colonna 'Baseline' di"
                + " questa riga, oppure indicare il riepilogo dell'anno scorso con --previous, oppure scrivere il target"
                + " come numero (es. >= 210). (trovato: '+5%'; atteso: un valore di partenza nella colonna Baseline)"),
                out::toString);
    }

    @Test
    void lastYearsSummaryGivesTheBaseline() throws Exception {
        Path plan = withoutFi01Baseline();
        Path summary = RelativeTargetPlans.lastYearsSummary(dir.resolve("riepilogo-2025.xlsx"), 200.0);
        assertEquals(0, check(plan, "--previous", summary.toString()));
        assertTrue(lines().contains("  FI01 (riga 55): '+5%' → numero >= 210 (+5% su 200)"), out::toString);
        assertTrue(lines().contains("  AVVISO [TARGET_INTERPRETATO] Indicatori!D55 (FI01): Target interpretato: '+5%' letto"
                + " come >= 210 (+5% su 200), dal valore della verifica del 31/12/2025 nel riepilogo 'riepilogo-2025.xlsx'."
                + " Se non è corretto, correggere la Baseline o scrivere il target come numero. (trovato: '+5%'; atteso: >= 210"
                + " (+5% su 200))"), out::toString);
        out.reset();
        assertEquals(2, check(plan, "--previous", dir.resolve("manca.xlsx").toString()));
        assertTrue(lines().stream().anyMatch(l -> l.startsWith("  ERRORE [RIEPILOGO_PRECEDENTE_NON_TROVATO]")), out::toString);
    }

    /**
     * Regression: with a --previous that could not be read (missing, a folder, not a workbook), each relative target
     * said the summary "has no value" for its indicator, as if it had been read: the user looked for the indicator in
     * a file peg never opened.
     */
    @Test
    void aSummaryNotReadIsNotSaidToLackTheValue() throws Exception {
        Path plan = withoutFi01Baseline();
        assertEquals(2, check(plan, "--previous", dir.resolve("manca.xlsx").toString()));
        assertTrue(lines().contains("  ERRORE [BASELINE_MANCANTE] Indicatori!D55 (FI01): Il target '+5%' è una variazione"
                + " rispetto al valore di partenza, ma l'indicatore non ne ha uno: scriverlo nella colonna 'Baseline' di"
                + " questa riga (il riepilogo 'manca.xlsx' non si è potuto leggere: vedere il suo errore), oppure scrivere il"
                + " target come numero (es. >= 210). (trovato: '+5%'; atteso: un valore di partenza nella colonna"
                + " Baseline)"), out::toString);
    }

    private Path withoutFi01Baseline() throws Exception {
        return RelativeTargetPlans.withoutFi01Baseline(dir);
    }
}
