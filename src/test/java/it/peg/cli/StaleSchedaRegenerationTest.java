package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regression: a scheda generated with last year's summary ({@code --previous}) is refused as generated from an
 * earlier plan once that summary is corrected (its baselines are the plan's), and the finding told the controllo di
 * gestione to regenerate it with a command without {@code --previous}: run as told, generate refused the plan
 * (BASELINE_MANCANTE). The command it names now carries {@code --previous} for a service with a relative target.
 */
class StaleSchedaRegenerationTest {
    @TempDir
    Path dir;

    @Test
    void aSchedaMadeStaleByACorrectedLastYearsSummaryIsToldToBeRegeneratedWithIt() throws Exception {
        Path plan = RelativeTargetPlans.withoutFi01Baseline(dir);
        Path previous = RelativeTargetPlans.lastYearsSummary(dir.resolve("riepilogo-2025.xlsx"), 200.0);
        Path schede = dir.resolve("schede");
        CliRun generated = CliRun.run("generate", "--plan", plan.toString(), "--previous", previous.toString(),
                "--out", schede.toString(), "--service", "FI");
        assertEquals(0, generated.exit, generated.toString());
        Path scheda;
        try (var files = Files.list(schede)) {
            scheda = files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }

        RelativeTargetPlans.lastYearsSummary(previous, 300.0); // corrected mid-year: FI01 starts from 300, not 200
        CliRun stale = CliRun.run("validate", "--plan", plan.toString(), "--previous", previous.toString(),
                scheda.toString());

        List<String> refused = stale.outLines().stream().filter(l -> l.contains("[SCHEDA_NON_AGGIORNATA]")).toList();
        assertEquals(List.of("  ERRORE [SCHEDA_NON_AGGIORNATA] (FI): La scheda è stata generata da una versione"
                + " precedente del piano, che nel frattempo è cambiato: i suoi valori non possono essere confrontati con"
                + " i target attuali. Chiedere al controllo di gestione la scheda aggiornata; il controllo di gestione la"
                + " rigenera con 'peg generate --plan PIANO.xlsx --previous RIEPILOGO_ANNO_PRECEDENTE.xlsx --out"
                + " CARTELLA --from CARTELLA_SCHEDE_RICEVUTE' (senza --previous se i valori di partenza dei target come"
                + " +5% sono tutti nella colonna Baseline del piano), che riporta i valori già inseriti."),
                refused.stream().map(l -> l.replaceAll(" \\(trovato: .*", "")).toList(), stale::toString);

        // the command as named, with the corrected summary: the office's new scheda is accepted
        Path again = dir.resolve("di-nuovo");
        CliRun regenerated = CliRun.run("generate", "--plan", plan.toString(), "--previous", previous.toString(),
                "--out", again.toString(), "--from", schede.toString(), "--service", "FI");
        assertEquals(0, regenerated.exit, regenerated.toString());
        CliRun fresh = CliRun.run("validate", "--plan", plan.toString(), "--previous", previous.toString(),
                again.toString());
        assertEquals(List.of(), fresh.outLines().stream().filter(l -> l.contains("[SCHEDA_NON_AGGIORNATA]")).toList(),
                fresh::toString);
    }
}
