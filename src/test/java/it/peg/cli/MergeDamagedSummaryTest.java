package it.peg.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression: when the Nucleo's summary in the work folder had lost its Obiettivi sheet (renamed or deleted in Excel),
 * merge stopped, rightly leaving it as it was, but told the user "Errore imprevisto di peg ... è un difetto del
 * programma, non dei file indicati" (exit 4) and kept the reason, which names the file and the fix, in merge.log only.
 * Now the console says what the log says, exit 2, and the summary is untouched.
 */
class MergeDamagedSummaryTest {
    @TempDir
    Path dir;
    private ManySchede schede;
    private Path work;

    /** Two schede and a first night over them in {@link #work}: the summary it wrote. */
    private Path afterAFirstNight() throws java.io.IOException {
        schede = new ManySchede(dir, 2);
        work = dir.resolve("lavoro");
        assertEquals(0, night(schede, work).exit);
        return work.resolve("riepilogo.xlsx");
    }

    @Test
    void aSummaryWithoutItsObiettiviSheetStopsTheNightWithItsReasonNotAsPegsFault() throws Exception {
        Path summary = afterAFirstNight();
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.setSheetName(wb.getSheetIndex("Obiettivi"), "Obiettivi 2027"); // renamed by hand in Excel
            try (OutputStream out = Files.newOutputStream(dir.resolve("rinominato.xlsx"))) {
                wb.write(out);
            }
        }
        Files.copy(dir.resolve("rinominato.xlsx"), summary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] damaged = Files.readAllBytes(summary);

        CliRun r = night(schede, work);
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of("Non riesco a leggere le colonne del Nucleo in " + summary + ": Il riepilogo non ha il foglio"
                + " Obiettivi: le valutazioni del Nucleo non sono state lette. Ripristinare il foglio (non rinominarlo). Il"
                + " riepilogo non è stato sostituito per non perdere le valutazioni del Nucleo: correggere o ripristinare il"
                + " file e rilanciare."), r.errLines(), r::toString);
        assertArrayEquals(damaged, Files.readAllBytes(summary));
        List<String> ledger = Files.readAllLines(work.resolve("ledger.tsv"));
        assertTrue(ledger.get(ledger.size() - 1).contains("\tRUN_FAILED\t"), ledger.get(ledger.size() - 1));
    }

    /**
     * Regression: the night also logged its reason at ERROR, which the merge's console appender shows at every
     * verbosity: a cron mail had it twice, the first time as an English log line with a timestamp. The log file keeps
     * it (INFO); the console has the command's Italian line only, as for an invalid plan.
     */
    @Test
    void theReasonIsOnTheConsoleOnceAndInTheLog() throws Exception {
        afterAFirstNight();
        Files.write(work.resolve("riepilogo.xlsx"), new byte[0]); // emptied by a failed copy

        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        CliRun r;
        try {
            System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
            r = CliRun.run("merge", "-q", "--plan", schede.planFile.toString(), "--inbox", schede.in.toString(),
                    "--work", work.toString(), "--at", "31/12/2027");
        } finally {
            System.setErr(stderr);
        }
        assertEquals(2, r.exit, r.toString());
        // regression: it said that it could not read the summary twice, and "rilanciare" twice
        String reason = "Non riesco a leggere le colonne del Nucleo in " + work.resolve("riepilogo.xlsx") + ": il file è"
                + " vuoto, 0 byte. Il riepilogo non è stato sostituito per non perdere le valutazioni del Nucleo:"
                + " ripristinarlo da una copia e rilanciare.";
        assertEquals(List.of(reason), r.errLines(), r::toString);
        assertEquals("", logged.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Files.readString(work.resolve("logs/merge.log")).contains(reason));
        assertEquals(0L, Files.size(work.resolve("riepilogo.xlsx")));
    }

    /** A summary saved over with something that is not an xlsx: said once, with how to save it again as .xlsx. */
    @Test
    void aSummaryThatIsNotAnXlsxIsSaidToBeDamagedOnce() throws Exception {
        Path summary = afterAFirstNight();
        Files.writeString(summary, "PK non un riepilogo"); // saved over by another program

        CliRun r = night(schede, work);
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of("Non riesco a leggere le colonne del Nucleo in " + summary + ": il file è danneggiato o non"
                + " è un .xlsx. Il riepilogo non è stato sostituito per non perdere le valutazioni del Nucleo:"
                + " ripristinarlo da una copia (se è stato salvato in un altro formato, aprirlo in Excel o LibreOffice e"
                + " salvarlo come .xlsx) e rilanciare."), r.errLines(), r::toString);
        assertEquals("PK non un riepilogo", Files.readString(summary));
    }

    /**
     * Regression: a summary the Nucleo saved with a password to open was said to be "danneggiato o non è un .xlsx",
     * and the user told to restore it from a copy: the judgements typed since that copy lost, when taking the password
     * off was all it needed. The night says it is protected and how to take the password off, and leaves it as it is.
     */
    @Test
    void aSummarySavedWithAPasswordIsSaidToBeProtectedNotDamaged() throws Exception {
        Path summary = afterAFirstNight();
        Path plain = Files.copy(summary, dir.resolve("in-chiaro.xlsx"));
        it.peg.testutil.Encrypted.copy(plain, summary, "nucleo");
        byte[] encrypted = Files.readAllBytes(summary);

        CliRun r = night(schede, work);
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of("Non riesco a leggere le colonne del Nucleo in " + summary + ": il file è protetto da"
                + " password. Il riepilogo non è stato sostituito per non perdere le valutazioni del Nucleo: aprirlo in"
                + " Excel o LibreOffice, togliere la password, salvarlo di nuovo come .xlsx e rilanciare."),
                r.errLines(), r::toString);
        assertArrayEquals(encrypted, Files.readAllBytes(summary));
    }

    /**
     * Regression: a folder where the summary goes (made by hand, or by an unzip) was taken for no summary, and the night
     * failed writing over it as "Errore imprevisto di peg ... è un difetto del programma" (exit 4). It is refused as a
     * link there is, before anything is read or written, and left as it is.
     */
    @Test
    void aFolderWhereTheSummaryGoesIsRefusedNotPegsFault() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path work = dir.resolve("lavoro");
        Path folder = Files.createDirectories(work.resolve("riepilogo.xlsx"));

        CliRun r = night(schede, work);
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of("Il file di uscita " + folder + " è una cartella: peg non può scrivere il file al suo posto."
                + " Spostare o rinominare la cartella e rilanciare. Nessun file è stato letto o scritto."), r.errLines(),
                r::toString);
        assertTrue(Files.isDirectory(folder));
    }

    /**
     * Regression: with judgements the Nucleo typed wrongly, the night named the first one only, and not its cell: one
     * night per value to find them all. Now every error, each with its cell.
     */
    @Test
    void everyJudgementTypedWronglyIsNamedWithItsCell() throws Exception {
        Path summary = afterAFirstNight();
        String[] codes = new String[2];
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Obiettivi");
            int score = -1;
            for (var cell : sheet.getRow(0)) {
                score = cell.getStringCellValue().equals("Valutazione Nucleo %") ? cell.getColumnIndex() : score;
            }
            sheet.getRow(1).createCell(score).setCellValue("ottimo");
            sheet.getRow(2).createCell(score).setCellValue("n.d.");
            codes[0] = sheet.getRow(1).getCell(0).getStringCellValue();
            codes[1] = sheet.getRow(2).getCell(0).getStringCellValue();
            try (OutputStream out = Files.newOutputStream(dir.resolve("valutato.xlsx"))) {
                wb.write(out);
            }
            String column = org.apache.poi.ss.util.CellReference.convertNumToColString(score);
            Files.copy(dir.resolve("valutato.xlsx"), summary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            byte[] typed = Files.readAllBytes(summary);

            CliRun r = night(schede, work);
            assertEquals(2, r.exit, r.toString());
            String fix = ": scrivere una percentuale tra 0% e 200%, ad esempio 85 oppure 85%, oppure lasciare vuota la"
                    + " cella per mantenere il punteggio calcolato.";
            assertEquals(List.of("Non riesco a leggere le colonne del Nucleo in " + summary + ": Obiettivi!" + column + "2:"
                    + " Valutazione Nucleo % non valida per l'obiettivo " + codes[0] + fix + " Obiettivi!" + column + "3:"
                    + " Valutazione Nucleo % non valida per l'obiettivo " + codes[1] + fix + " Il riepilogo non è stato"
                    + " sostituito per non perdere le valutazioni del Nucleo: correggere o ripristinare il file e"
                    + " rilanciare."), r.errLines(), r::toString);
            assertArrayEquals(typed, Files.readAllBytes(summary));
        }
    }

    private static CliRun night(ManySchede schede, Path work) {
        return CliRun.run("merge", "--plan", schede.planFile.toString(), "--inbox", schede.in.toString(), "--work",
                work.toString(), "--at", "31/12/2027");
    }
}
