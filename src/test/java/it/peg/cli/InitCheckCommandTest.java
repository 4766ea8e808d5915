package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitCheckCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Console.Verbosity.NORMAL, false);
        return new Main(Commands.all()).run(args, console);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void initWritesABlankPlanThatCheckAsksToFillIn() throws Exception {
        Path plan = dir.resolve("piano.xlsx");
        assertEquals(0, run("init", "--out", plan.toString(), "--ente", "Comune di Prova", "--anno", "2025"));
        assertTrue(Files.size(plan) > 0);
        byte[] first = Files.readAllBytes(plan);
        assertEquals(2, run("init", "--out", plan.toString(), "--anno", "2025"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--force"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("init", "--out", plan.toString(), "--ente", "Comune di Prova", "--anno", "2025", "--force"));
        assertArrayEquals(first, Files.readAllBytes(plan));
        out.reset();
        // a blank plan has no service yet: check says what to add, it is not "valido" (issue 17)
        assertEquals(2, run("check", "--plan", plan.toString()));
        assertEquals(List.of(
                "piano.xlsx: 1 errore, 0 avvisi",
                "  ERRORE [PIANO_SENZA_SERVIZI] Servizi: Il foglio 'Servizi' non contiene alcun servizio: aggiungere una"
                        + " riga per ogni servizio (almeno il Codice e il nome del Servizio) sotto l'intestazione."
                        + " (atteso: almeno un servizio)",
                "Piano 2025 di Comune di Prova: 0 servizi, 0 obiettivi, 0 indicatori; 1 errore, 0 avvisi."),
                out().lines().toList());
    }

    @Test
    void initRefusesABadYear() {
        assertEquals(2, run("init", "--out", dir.resolve("p.xlsx").toString(), "--anno", "25"));
        assertFalse(Files.exists(dir.resolve("p.xlsx")));
    }

    @Test
    void checkPrintsFindingsAndExits2OnErrors() throws Exception {
        Path plan = it.peg.plan.PlanFixtures.withBadTarget(dir.resolve("piano.xlsx"));
        assertEquals(2, run("check", "--plan", plan.toString()));
        assertTrue(out().contains("ERRORE [TARGET_NON_VALIDO] Indicatori!D2 (I1)"), out());
        assertTrue(out().contains("AVVISO [TARGET_INTERPRETATO] Indicatori!D3 (I2)"), out());
        assertTrue(out().contains("1 servizio, 1 obiettivo, 2 indicatori; 1 errore, 1 avviso."), out());
    }

    @Test
    void checkOfAMissingOrBrokenFileExits2() throws Exception {
        assertEquals(2, run("check", "--plan", dir.resolve("manca.xlsx").toString()));
        assertTrue(out().contains("PIANO_NON_TROVATO"), out());
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "x");
        assertEquals(2, run("check", "--plan", junk.toString()));
        assertTrue(out().contains("PIANO_ILLEGGIBILE"), out());
    }
}
