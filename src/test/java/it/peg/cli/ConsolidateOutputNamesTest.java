package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Regression (h23-review): consolidate writes the Schede per la valutazione beside {@code --out}, named
 * {@code schede-valutazione.xlsx} for any summary not named {@code riepilogo*.xlsx}. An {@code --out} of that very name
 * (or a {@code --csv} naming the summary or the forms) was written and then replaced by the other output: the summary
 * the user asked for was lost without a word. Now refused before anything is read or written (exit 2).
 */
class ConsolidateOutputNamesTest {
    @TempDir
    Path dir;

    @Test
    void aSummaryNamedAsTheFormsIsRefused() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        for (String name : new String[] {"schede-valutazione.xlsx", "Schede-Valutazione.XLSX"}) {
            Path out = dir.resolve(name);
            CliRun r = schede.consolidate(out);
            assertEquals(2, r.exit, r.toString());
            assertEquals("--out non può chiamarsi " + name + ": è il nome delle Schede per la valutazione, che"
                    + " consolidate scrive accanto al riepilogo e che lo sostituirebbero. Indicare con --out un altro"
                    + " nome (es. riepilogo.xlsx).\n", r.out + r.err);
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    @Test
    void aCsvNamedAsTheSummaryOrTheFormsIsRefused() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path out = dir.resolve("riepilogo.xlsx");
        for (Path csv : new Path[] {out, dir.resolve("schede-valutazione.xlsx")}) {
            CliRun r = schede.consolidate(out, "--csv", csv.toString());
            assertEquals(2, r.exit, r.toString());
            assertEquals("--csv indica " + csv + ", un file che consolidate scrive come riepilogo o come Schede per"
                    + " la valutazione: uno sostituirebbe l'altro. Indicare con --csv un altro file (es."
                    + " riepilogo.csv).\n", r.out + r.err);
            assertFalse(Files.exists(out), "nothing written");
            assertFalse(Files.exists(csv), "nothing written");
        }
        assertEquals(0, schede.consolidate(out, "--csv", dir.resolve("riepilogo.csv").toString()).exit);
    }

    /**
     * Regression (s21-trial): a summary written into the folder it reads, consolidated again: its summary, CSV and
     * Schede per la valutazione were read back as three offices' files, each an ERRORE that told the controllo to "usare
     * il file ricevuto dal controllo di gestione", and exit 1. A run's own outputs are not its inputs.
     */
    @Test
    void aSummaryInsideTheInputFolderIsNotReadBackAsAScheda() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path out = schede.in.resolve("riepilogo.xlsx");
        String csv = schede.in.resolve("riepilogo.csv").toString();
        CliRun first = schede.consolidate(out, "--csv", csv);
        assertEquals(0, first.exit, first::toString);

        CliRun again = schede.consolidate(out, "--csv", csv);

        assertEquals(0, again.exit, again::toString);
        assertEquals(first.out, again.out);
        assertEquals("", again.err);
    }
}
