package it.peg.summary;

import it.peg.domain.Finding;
import it.peg.scoring.NucleoOverride;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NucleoColumnsReaderTest {
    @TempDir
    Path dir;

    private Path fixtureFile() throws Exception {
        Path p = dir.resolve("riepilogo.xlsx");
        Files.write(p, SummaryTestSupport.fixtureBytes());
        return p;
    }

    private static Optional<BigDecimal> pct(String s) {
        return Optional.of(new BigDecimal(s));
    }

    private static void assertScore(String expected, NucleoOverride o) {
        assertEquals(0, new BigDecimal(expected).compareTo(o.score().orElseThrow()), o.toString());
    }

    @Test
    void readsBackWhatTheWriterWrote() throws Exception {
        NucleoReadResult r = NucleoColumnsReader.read(fixtureFile());
        assertEquals(List.of(), r.findings());
        assertEquals(1, r.overrides().size());
        NucleoOverride ob2 = r.overrides().get("OB2");
        assertScore("0.85", ob2);
        assertEquals(SummaryFixture.NUCLEO_NOTE, ob2.note());
    }

    @Test
    void missingSummaryIsTheFirstRunNotAnError() {
        NucleoReadResult r = NucleoColumnsReader.read(dir.resolve("nessuno.xlsx"));
        assertTrue(r.overrides().isEmpty());
        assertTrue(r.findings().isEmpty());
    }

    @Test
    void unreadableSummaryIsAFinding() throws Exception {
        Path bad = dir.resolve("riepilogo.xlsx");
        Files.writeString(bad, "non un file excel");
        NucleoReadResult r = NucleoColumnsReader.read(bad);
        assertEquals("NUCLEO_RIEPILOGO_ILLEGGIBILE", r.findings().get(0).code());
        assertEquals("Impossibile leggere le valutazioni del Nucleo dal riepilogo esistente: ripristinarlo da una copia"
                + " (se è stato salvato in un altro formato, aprirlo in Excel o LibreOffice e salvarlo come .xlsx) e"
                + " rilanciare il comando.", r.findings().get(0).message());
        assertEquals("il file è danneggiato o non è un .xlsx", r.findings().get(0).value());
    }

    /** An emptied summary (a failed copy) is told apart from a damaged one: a copy mends it, not saving it as .xlsx. */
    @Test
    void anEmptySummaryIsSaidToBeEmpty() throws Exception {
        Path empty = dir.resolve("riepilogo.xlsx");
        Files.write(empty, new byte[0]);
        NucleoReadResult r = NucleoColumnsReader.read(empty);
        assertEquals(1, r.findings().size());
        assertEquals("Impossibile leggere le valutazioni del Nucleo dal riepilogo esistente: ripristinarlo da una copia"
                + " e rilanciare il comando.", r.findings().get(0).message());
        assertEquals("il file è vuoto, 0 byte", r.findings().get(0).value());
    }

    /**
     * Regression: a summary the account running peg may not read (the Nucleo saved it for itself; the nightly job runs
     * as another user) was "danneggiato o non è un .xlsx", to be restored from a copy: the Nucleo's judgements since
     * the copy lost. Now the permission is named; a file the disk or the network share did not give is not damaged
     * either. (A real unreadable file cannot be made when the tests run as root: the opener is the one the reader uses.)
     */
    @Test
    void aSummaryPegMayNotReadIsNotCalledDamaged() throws Exception {
        Path summary = fixtureFile();
        String denied = NucleoColumnsReader.unreadableReason(summary, f -> {
            throw new java.nio.file.AccessDeniedException(f.toString());
        });
        assertEquals("peg non ha il permesso di leggere il file", denied);
        assertEquals("dare all'utente con cui gira peg (per il merge notturno, l'utente dell'operazione pianificata) il"
                + " permesso di leggere e scrivere il file, senza sostituirlo", NucleoColumnsReader.restoreHint(denied));
        String lost = NucleoColumnsReader.unreadableReason(summary, f -> {
            throw new java.io.IOException("Input/output error");
        });
        assertEquals("il file non si è potuto leggere dal disco o dalla rete", lost);
        assertEquals("controllare che il disco o la cartella di rete sia raggiungibile (senza sostituire il file)",
                NucleoColumnsReader.restoreHint(lost));
        assertEquals("il file è danneggiato o non è un .xlsx", NucleoColumnsReader.unreadableReason(
                Files.writeString(dir.resolve("rotto.xlsx"), "non un file excel"), Files::newByteChannel));
    }

    /**
     * Regression: a summary saved with a password to open was "danneggiato o non è un .xlsx". consolidate and merge
     * leave it as it is: its password is to be taken off, no copy restored (which would lose the judgements since).
     */
    @Test
    void aSummarySavedWithAPasswordIsSaidToBeProtected() throws Exception {
        Path encrypted = it.peg.testutil.Encrypted.copy(fixtureFile(), dir.resolve("riepilogo-protetto.xlsx"), "nucleo");
        NucleoReadResult r = NucleoColumnsReader.read(encrypted);
        assertEquals(1, r.findings().size());
        assertEquals("il file è protetto da password", r.findings().get(0).value());
        assertEquals("Impossibile leggere le valutazioni del Nucleo dal riepilogo esistente: aprirlo in Excel o"
                + " LibreOffice, togliere la password, salvarlo di nuovo come .xlsx e rilanciare il comando.",
                r.findings().get(0).message());
    }

    @Test
    void acceptsWhatPeopleTypeAndReportsTheRestAsFindings() throws Exception {
        Path p = fixtureFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
            XSSFSheet s = wb.getSheet("Obiettivi");
            int score = SummaryTestSupport.column(s, "Valutazione Nucleo %");
            int note = SummaryTestSupport.column(s, "Note Nucleo");
            Row ob1 = SummaryTestSupport.row(s, "Codice", "OB1");
            ob1.getCell(score).setCellValue(0.9); // typed 90 in the 0.0% cell
            Row ob2 = SummaryTestSupport.row(s, "Codice", "OB2");
            ob2.getCell(score).setCellValue("85%%");
            Row ob3 = SummaryTestSupport.row(s, "Codice", "OB3");
            ob3.getCell(score).setCellValue(" 72,5 ");
            Row ob4 = SummaryTestSupport.row(s, "Codice", "OB4");
            ob4.getCell(score).setCellValue("ottimo");
            ob4.getCell(note).setCellValue("Da rivedere");
            Row ob5 = SummaryTestSupport.row(s, "Codice", "OB5");
            ob5.getCell(score).setCellValue(-0.1);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        NucleoReadResult r = NucleoColumnsReader.read(p);
        assertScore("0.9", r.overrides().get("OB1"));
        assertScore("0.85", r.overrides().get("OB2"));
        assertScore("0.725", r.overrides().get("OB3"));
        assertEquals(new NucleoOverride("OB4", Optional.empty(), "Da rivedere"), r.overrides().get("OB4"));
        assertTrue(!r.overrides().containsKey("OB5"));
        assertEquals(List.of("OB4", "OB5"), r.findings().stream().map(Finding::subject).toList());
        Finding f = r.findings().get(0);
        assertEquals("NUCLEO_VALORE_NON_VALIDO", f.code());
        assertEquals("Obiettivi", f.sheet());
        assertEquals("ottimo", f.value());
        assertTrue(f.message().contains("85%"), f.message());
        assertEquals("O5", f.cell());
    }

    @Test
    void findsTheColumnsByHeaderWhereverTheyAre() throws Exception {
        Path p = fixtureFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
            XSSFSheet s = wb.getSheet("Obiettivi");
            s.shiftColumns(0, 13, 2); // someone inserted two columns in front
            Cell h = s.getRow(0).getCell(SummaryTestSupport.column(s, "Valutazione Nucleo %"));
            h.setCellValue("valutazione NUCLEO %");
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        NucleoReadResult r = NucleoColumnsReader.read(p);
        assertScore("0.85", r.overrides().get("OB2"));
    }

    @Test
    void readsAWorkbookEditedWithOpenpyxl() throws Exception {
        Path edited = dir.resolve("modificato.xlsx");
        NucleoTyping.type(fixtureFile(), edited, List.of("OB1=85|Confermato", "OB3=85,5|", "OB4=85%|",
                "OB5=0.6|Ridotto: obiettivo rinviato"));
        NucleoReadResult r = NucleoColumnsReader.read(edited);
        assertEquals(List.of(), r.findings());
        assertScore("0.85", r.overrides().get("OB1"));
        assertEquals("Confermato", r.overrides().get("OB1").note());
        assertScore("0.85", r.overrides().get("OB2"));
        assertScore("0.855", r.overrides().get("OB3"));
        assertScore("0.85", r.overrides().get("OB4"));
        assertScore("0.6", r.overrides().get("OB5"));
        assertEquals("Ridotto: obiettivo rinviato", r.overrides().get("OB5").note());
    }

    @Test
    void readsAWorkbookSavedWithIsoDateCells() throws Exception {
        // openpyxl's iso_dates saves every date as a t="d" cell holding an ISO text (Excel and LibreOffice never do):
        // such a summary was called damaged, and every night stopped on it
        Path edited = dir.resolve("date-iso.xlsx");
        NucleoTyping.type(fixtureFile(), edited, List.of("--iso-dates", "OB1=85|date:2024-12-31",
                "OB2=date:2024-12-31|"));
        NucleoReadResult r = NucleoColumnsReader.read(edited);
        assertScore("0.85", r.overrides().get("OB1"));
        assertEquals("2024-12-31", r.overrides().get("OB1").note());
        assertEquals(List.of("OB2"), r.findings().stream().map(Finding::subject).toList());
        Finding f = r.findings().get(0);
        assertEquals("NUCLEO_VALORE_NON_VALIDO", f.code());
        assertEquals("2024-12-31", f.value());
    }

    @Test
    void aTimeOfDayIsNoJudgement() throws Exception {
        // openpyxl's iso_dates saves a time alone as "10:30:00" (t="d"): Excel's 0.4375, which a % reading took as 43,75%
        Path edited = dir.resolve("time-iso.xlsx");
        NucleoTyping.type(fixtureFile(), edited, List.of("--iso-dates", "OB1=time:10:30|"));
        NucleoReadResult r = NucleoColumnsReader.read(edited);
        assertEquals(null, r.overrides().get("OB1"));
        Finding f = r.findings().get(0);
        assertEquals(List.of("NUCLEO_VALORE_NON_VALIDO OB1 10:30:00"),
                r.findings().stream().map(x -> x.code() + " " + x.subject() + " " + x.value()).toList());
        assertEquals("Valutazione Nucleo % non valida per l'obiettivo OB1: scrivere una percentuale tra 0% e 200%, ad"
                + " esempio 85 oppure 85%, oppure lasciare vuota la cella per mantenere il punteggio calcolato.",
                f.message());
    }

    @Test
    void readsAWorkbookSavedInThe1904DateSystem() throws Exception {
        // a program saving in the 1904 date system (old Mac workbooks) counts every date from 1904: the Verifica read
        // as 1900's serial was 4 years and a day early, so the Nucleo's judgements were of "another verifica"
        Path edited = dir.resolve("date1904.xlsx");
        NucleoTyping.type(fixtureFile(), edited, List.of("--date1904", "OB1=85|date:2024-12-31"));
        NucleoReadResult r = NucleoColumnsReader.read(edited);
        assertEquals(NucleoColumnsReader.read(fixtureFile()).verifica(), r.verifica());
        assertEquals(Optional.of(java.time.LocalDate.of(2018, 9, 30)), r.verifica());
        assertScore("0.85", r.overrides().get("OB1"));
        assertEquals("2024-12-31", r.overrides().get("OB1").note());
        assertEquals(r.overrides(), r.forVerifica(java.time.LocalDate.of(2018, 9, 30)).overrides());
    }

    @Test
    void aNumberCellHoldingNoNumberIsAFindingNotADamagedSummary() throws Exception {
        // a program that wrote a text into a number cell (no t attribute): the summary was called damaged
        Path p = fixtureFile();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
            XSSFSheet s = wb.getSheet("Obiettivi");
            SummaryTestSupport.row(s, "Codice", "OB4").getCell(SummaryTestSupport.column(s, "Valutazione Nucleo %"))
                    .setCellValue(0.123456);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        java.io.ByteArrayOutputStream rewritten = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(p));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(rewritten)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String data = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(data.replace("<v>0.123456</v>", "<v>ottimo</v>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                z.closeEntry();
            }
        }
        Files.write(p, rewritten.toByteArray());
        NucleoReadResult r = NucleoColumnsReader.read(p);
        assertEquals(List.of("NUCLEO_VALORE_NON_VALIDO OB4 ottimo"),
                r.findings().stream().map(f -> f.code() + " " + f.subject() + " " + f.value()).toList());
    }
}
