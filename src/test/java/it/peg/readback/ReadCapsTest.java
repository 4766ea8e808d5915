package it.peg.readback;

import it.peg.domain.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every content cap of {@link ReadLimits.Content}, each with small limits so that the files stay small: one file over
 * a cap gives one ERRORE naming the file and what was over it; at the cap the file is read.
 */
class ReadCapsTest {
    private static final String SHEET1 = "xl/worksheets/sheet1.xml";
    private static final ReadLimits.Content SMALL = new ReadLimits.Content(10, 20, 12, 5, 3, 12, 4, 6, 8, 10, 200);

    @TempDir
    Path dir;

    private ReadResult read(String sheetData, String names, String sst) throws Exception {
        Path file = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {sheetData, RawPackage.META_ROWS}, names, sst, null).write(dir.resolve("scheda ufficio.xlsx"));
        return new XlsxReturnedWorkbookReader(ReadLimits.defaults().withContent(SMALL)).read(file);
    }

    private static String cell(String ref, String inner) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is>" + inner + "</is></c>";
    }

    private static final String NAME = "<definedName name=\"N\">Foglio!$A$1</definedName>";

    private static void assertOver(ReadResult r, String what) {
        assertTrue(r.workbook().isEmpty(), "refused");
        assertEquals(1, r.findings().size(), r.findings()::toString);
        Finding f = r.findings().get(0);
        assertEquals("LIMITE_SUPERATO", f.code());
        assertEquals("scheda ufficio.xlsx", f.file());
        assertEquals("File \"scheda ufficio.xlsx\": supera un limite di lettura di peg (" + what + "), che una scheda non"
                + " raggiunge mai: il file non viene letto per sicurezza; usare la scheda .xlsx originale ricevuta dal"
                + " controllo di gestione, senza incollarvi testi, nomi o fogli estranei.", f.message());
    }

    @Test
    void atTheCapsTheFileIsRead() throws Exception {
        ReadResult r = read("<row r=\"1\">" + cell("A1", "<t>0123456789</t>") + "</row>", NAME, null);
        assertEquals("0123456789", r.workbook().orElseThrow().cell("N").orElseThrow().text());
    }

    @Test
    void aTextLongerThanTheCap() throws Exception {
        assertOver(read("<row r=\"1\">" + cell("A1", "<t>01234567890</t>") + "</row>", NAME, null),
                "un testo di oltre 10 caratteri in " + SHEET1);
        // the runs of a rich text count together
        assertOver(read("<row r=\"1\">" + cell("A1", "<r><t>012345</t></r><r><t>67890</t></r>") + "</row>", NAME, null),
                "un testo di oltre 10 caratteri in " + SHEET1);
    }

    @Test
    void aSharedStringLongerThanTheCap() throws Exception {
        assertOver(read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", NAME, "<si><t>01234567890</t></si>"),
                "un testo di oltre 10 caratteri in xl/sharedStrings.xml");
    }

    @Test
    void aFormulaLongerThanTheCap() throws Exception {
        assertOver(read("<row r=\"1\"><c r=\"A1\"><f>" + "1+".repeat(10) + "1</f><v>11</v></c></row>", NAME, null),
                "una formula di oltre 20 caratteri in " + SHEET1);
    }

    @Test
    void aDefinedNameLongerThanTheCap() throws Exception {
        assertOver(read("", "<definedName name=\"NOME_TROPPO_LUNGO\">Foglio!$A$1</definedName>", null),
                "un nome definito di oltre 12 caratteri");
    }

    @Test
    void tooManyDefinedNames() throws Exception {
        assertOver(read("", NAME.repeat(6), null), "più di 5 nomi definiti");
    }

    @Test
    void tooManySharedStrings() throws Exception {
        assertOver(read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", NAME, "<si><t>x</t></si>".repeat(6)),
                "più di 4 testi condivisi in xl/sharedStrings.xml");
        // what the file declares is enough to refuse it
        Path file = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", RawPackage.META_ROWS}, NAME,
                "", null).put("xl/sharedStrings.xml", "<sst xmlns=\"" + RawPackage.MAIN_NS
                + "\" uniqueCount=\"5000000\"><si><t>x</t></si></sst>").write(dir.resolve("scheda ufficio.xlsx"));
        assertOver(new XlsxReturnedWorkbookReader(ReadLimits.defaults().withContent(SMALL)).read(file),
                "più di 4 testi condivisi in xl/sharedStrings.xml");
    }

    @Test
    void tooManyRowsOrCells() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            rows.append("<row r=\"").append(i).append("\"/>");
        }
        assertOver(read(rows + "<row r=\"9\">" + cell("A9", "<t>x</t>") + "</row>",
                "<definedName name=\"N\">Foglio!$A$9</definedName>", null), "più di 6 righe in " + SHEET1);
        assertOver(read("<row r=\"1\">" + "<c/>".repeat(9) + "</row><row r=\"2\">" + cell("A2", "<t>x</t>") + "</row>",
                "<definedName name=\"N\">Foglio!$A$2</definedName>", null), "più di 8 celle in " + SHEET1);
    }

    @Test
    void tooDeeplyNested() throws Exception {
        assertOver(read("<row r=\"1\">" + cell("A1", "<r>".repeat(10) + "<t>x</t>" + "</r>".repeat(10)) + "</row>",
                NAME, null), "più di 10 elementi XML annidati uno nell'altro in " + SHEET1);
    }

    @Test
    void aHugeAttribute() throws Exception {
        assertOver(read("<row r=\"1\"><c r=\"A1\" peg=\"" + "A".repeat(201) + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
                NAME, null), "un attributo XML di oltre 200 caratteri in " + SHEET1);
    }

    @Test
    void tooManySheets() throws Exception {
        Path file = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"A", "B", "C", "_peg"},
                new String[] {"", "", "", RawPackage.META_ROWS}, NAME, null, null).write(dir.resolve("scheda ufficio.xlsx"));
        assertOver(new XlsxReturnedWorkbookReader(ReadLimits.defaults().withContent(SMALL)).read(file), "più di 3 fogli");
    }

    @Test
    void theFindingsNameTheFileAsTheCallerNamesIt() throws Exception {
        Path file = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {"", RawPackage.META_ROWS}, NAME.repeat(6), null, null).write(dir.resolve("a47a65.xlsx"));
        ReadResult r = new XlsxReturnedWorkbookReader(ReadLimits.defaults().withContent(SMALL))
                .read(file, "ufficio/ANA - Anagrafe.xlsx");
        assertEquals("ufficio/ANA - Anagrafe.xlsx", r.fileName());
        assertEquals(List.of("ufficio/ANA - Anagrafe.xlsx"), r.findings().stream().map(Finding::file).toList());
        assertTrue(r.findings().get(0).message().startsWith("File \"ufficio/ANA - Anagrafe.xlsx\": "));
    }
}
