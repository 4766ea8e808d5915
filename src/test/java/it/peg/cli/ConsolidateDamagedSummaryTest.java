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
                + " 0 byte'; atteso: un riepilogo .xlsx scritto da peg)", NOT_OVERWRITTEN.formatted(out)), r.errLines(),
                r::toString);
    }

    private static final String NOT_OVERWRITTEN = "Il riepilogo %s non è stato sovrascritto, per non perdere le"
            + " valutazioni del Nucleo che contiene: correggerlo come indicato sopra, oppure indicare un altro file con"
            + " --out. Nessun file è stato scritto.";

    /**
     * Regression: a summary whose Nucleo's judgements could not be read (here one typed as a word) was overwritten by
     * the next consolidate, the judgement lost, with exit 0 and "0 errori"; merge stops on the same file. Now consolidate
     * stops too (exit 2), and writes nothing.
     */
    @Test
    void aSummaryWithAJudgementTypedWronglyIsNotOverwritten() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path out = dir.resolve("riepilogo.xlsx");
        assertEquals(0, schede.consolidate(out).exit);
        String column;
        try (java.io.InputStream in = Files.newInputStream(out);
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Obiettivi");
            int score = -1;
            for (var cell : sheet.getRow(0)) {
                score = cell.getStringCellValue().equals("Valutazione Nucleo %") ? cell.getColumnIndex() : score;
            }
            sheet.getRow(1).createCell(score).setCellValue("ottimo");
            column = org.apache.poi.ss.util.CellReference.convertNumToColString(score);
            try (java.io.OutputStream o = Files.newOutputStream(dir.resolve("valutato.xlsx"))) {
                wb.write(o);
            }
        }
        Files.copy(dir.resolve("valutato.xlsx"), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] typed = Files.readAllBytes(out);
        Path forms = dir.resolve("schede-valutazione.xlsx");
        byte[] formsBefore = Files.readAllBytes(forms);

        CliRun r = schede.consolidate(out);
        assertEquals(2, r.exit, r.toString());
        assertEquals(2, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).startsWith("ERRORE [NUCLEO_VALORE_NON_VALIDO] Obiettivi!" + column + "2"),
                r::toString);
        assertEquals(NOT_OVERWRITTEN.formatted(out), r.errLines().get(1));
        org.junit.jupiter.api.Assertions.assertArrayEquals(typed, Files.readAllBytes(out));
        org.junit.jupiter.api.Assertions.assertArrayEquals(formsBefore, Files.readAllBytes(forms));
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
