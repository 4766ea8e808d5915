package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What consolidate prints for a summary it overwrites but cannot open: the reason once, and the way to mend it.
 */
class ConsolidateDamagedSummaryTest {
    @TempDir
    Path dir;

    /**
     * Regression: the finding for a summary that does not open carried its reason both in its message and as the value
     * found, and consolidate prints a finding's value after its message: "(il file è vuoto, 0 byte)" and "(trovato: 'il
     * file è vuoto, 0 byte'; ...)" on one line, the repetition merge's message had just lost.
     */
    @Test
    void anEmptySummaryIsSaidToBeEmptyOnce() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path out = Files.write(dir.resolve("riepilogo.xlsx"), new byte[0]);
        CliRun r = schede.consolidate(out);
        assertEquals(List.of("ERRORE [NUCLEO_RIEPILOGO_ILLEGGIBILE]: Impossibile leggere le valutazioni del Nucleo dal"
                + " riepilogo esistente: ripristinarlo da una copia e rilanciare il comando. (trovato: 'il file è vuoto,"
                + " 0 byte'; atteso: un riepilogo .xlsx scritto da peg)"), r.errLines(), r::toString);
    }

    /** Regression: a folder at --out failed the run as "Errore imprevisto di peg" (exit 4); refused as a link is. */
    @Test
    void aFolderAtOutIsRefusedNotPegsFault() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path out = Files.createDirectories(dir.resolve("riepilogo.xlsx"));
        CliRun r = schede.consolidate(out);
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of("Il file di uscita " + out + " è una cartella: peg non può scrivere il file al suo posto."
                + " Spostare o rinominare la cartella e rilanciare. Nessun file è stato letto o scritto."), r.errLines(),
                r::toString);
        assertTrue(Files.isDirectory(out));
    }
}
