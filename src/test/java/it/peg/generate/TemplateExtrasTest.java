package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.xlsx.OoxmlSchemaCheck;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comune's template with an extra on one of its sheets (fixtures made by {@code extras/make_extras.py} with
 * openpyxl): what a scheda can carry reaches every scheda and stays valid against ECMA-376; what it cannot refuses
 * the template when generate starts, naming the file, the sheet, the cell and the fix. Never a silent drop.
 */
class TemplateExtrasTest {
    @TempDir
    Path dir;

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = TemplateExtrasTest.class.getResourceAsStream("extras/" + name + ".xlsx")) {
            return in.readAllBytes();
        }
    }

    /** Generates the full plan's service with the fixture as its template; the scheda read back, schema-checked. */
    private XSSFWorkbook generate(String name) throws IOException {
        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator g = new ServiceWorkbookGenerator(WorkbookTemplate.parse(name + ".xlsx", fixture(name)),
                "test");
        byte[] bytes = g.generate(plan, plan.service(TestPlans.FULL).orElseThrow());
        assertArrayEquals(bytes, g.generate(plan, plan.service(TestPlans.FULL).orElseThrow()), "same inputs, same bytes");
        Path scheda = dir.resolve(name + "-scheda.xlsx");
        Files.write(scheda, bytes);
        assertEquals(List.of(), OoxmlSchemaCheck.check(scheda).errors());
        return new XSSFWorkbook(Files.newInputStream(scheda));
    }

    private static String refusal(String name) {
        return assertThrows(TemplateException.class, () -> WorkbookTemplate.parse(name + ".xlsx", fixture(name)))
                .getMessage();
    }

    @Test
    void aValidationOnTheTitleRowsReachesTheScheda() throws IOException {
        try (XSSFWorkbook wb = generate("validation")) {
            XSSFSheet sh = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
            var carried = sh.getCTWorksheet().getDataValidations().getDataValidationList().stream()
                    .filter(v -> v.xgetSqref().getStringValue().equals("B2")).toList();
            assertEquals(1, carried.size());
            assertEquals("\"SI,NO\"", carried.get(0).getFormula1());
            assertEquals("Scegliere SI o NO", carried.get(0).getError());
            assertTrue(sh.getDataValidations().size() > 1, "the indicators' own validations are still there");
        }
    }

    @Test
    void aConditionalFormatOnTheTitleRowsReachesTheSchedaWithItsStyle() throws IOException {
        try (XSSFWorkbook wb = generate("conditional")) {
            XSSFSheet sh = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
            var cf = sh.getSheetConditionalFormatting();
            var carried = java.util.stream.IntStream.range(0, cf.getNumConditionalFormattings())
                    .mapToObj(cf::getConditionalFormattingAt)
                    .filter(f -> f.getFormattingRanges()[0].formatAsString().equals("A1:B3")).toList();
            assertEquals(1, carried.size());
            var rule = carried.get(0).getRule(0);
            assertEquals("\"X\"", rule.getFormula1());
            assertEquals("FFFFC000", rule.getPatternFormatting().getFillBackgroundColorColor().getARGBHex());
            assertTrue(rule.getFontFormatting().isBold());
        }
    }

    @Test
    void theTabColourReachesTheScheda() throws IOException {
        try (XSSFWorkbook wb = generate("tab-colour")) {
            assertEquals("FF00B050", wb.getSheet(WorkbookTemplate.SHEET_MAIN).getTabColor().getARGBHex());
            assertEquals("FFC00000", wb.getSheet(WorkbookTemplate.SHEET_PHASES).getTabColor().getARGBHex());
            assertEquals(null, wb.getSheet(WorkbookTemplate.SHEET_DATA).getTabColor());
        }
    }

    @Test
    void theZoomReachesTheScheda() throws IOException {
        try (XSSFWorkbook wb = generate("zoom")) {
            assertEquals(85, zoom(wb.getSheet(WorkbookTemplate.SHEET_MAIN)));
            assertEquals(120, zoom(wb.getSheet(WorkbookTemplate.SHEET_DATA)));
            assertEquals(100, zoom(wb.getSheet(WorkbookTemplate.SHEET_PHASES)));
        }
    }

    private static long zoom(XSSFSheet sh) {
        var view = sh.getCTWorksheet().getSheetViews().getSheetViewArray(0);
        return view.isSetZoomScale() ? view.getZoomScale() : 100;
    }

    @Test
    void aValidationOverTheGeneratedRowsIsRefused() {
        assertEquals("Nel modello validation-below.xlsx, foglio Scheda: la convalida dei dati di C2:C40 arriva oltre"
                + " le righe del modello (1-3), dove peg scrive le righe di ogni scheda: non si può riportare"
                + " nelle schede generate. Limitarla alle righe 1-3 (le righe del titolo, che peg riporta come"
                + " sono) oppure toglierla. Le celle che peg scrive hanno già le loro convalide.",
                refusal("validation-below"));
    }

    @Test
    void aValidationOverAWholeColumnIsRefused() {
        assertEquals("Nel modello validation-column.xlsx, foglio Scheda: la convalida dei dati di C:C arriva oltre"
                + " le righe del modello (1-3), dove peg scrive le righe di ogni scheda: non si può riportare"
                + " nelle schede generate. Limitarla alle righe 1-3 (le righe del titolo, che peg riporta come"
                + " sono) oppure toglierla. Le celle che peg scrive hanno già le loro convalide.",
                refusal("validation-column"));
    }

    @Test
    void aConditionalFormatOverTheGeneratedRowsIsRefused() {
        assertEquals("Nel modello conditional-below.xlsx, foglio Dati: la formattazione condizionale di A1:D20"
                + " arriva oltre le righe del modello (1-2), dove peg scrive le righe di ogni scheda: non si può"
                + " riportare nelle schede generate. Limitarla alle righe 1-2 (le righe del titolo, che peg"
                + " riporta come sono) oppure toglierla.",
                refusal("conditional-below"));
    }

    @Test
    void aCommentIsRefused() {
        assertEquals("Nel modello comment.xlsx, foglio Scheda: la cella B3 ha un commento; peg non ne terrebbe conto"
                + " nelle schede generate. Togliere il commento dalla cella B3 (tasto destro sulla cella, Elimina"
                + " commento); se il testo serve a chi compila, scriverlo in una cella delle righe del titolo.",
                refusal("comment"));
    }

    @Test
    void aPictureIsRefused() {
        assertEquals("Nel modello picture.xlsx, foglio Fasi: c'è un'immagine in B1; peg non ne terrebbe conto nelle"
                + " schede generate. Togliere l'immagine dal foglio: lo stemma del comune si indica nel piano"
                + " (foglio Impostazioni, riga Logo) e peg lo mette dove il modello ha {stemma}.",
                refusal("picture"));
    }

    @Test
    void aHyperlinkIsRefused() {
        assertEquals("Nel modello hyperlink.xlsx, foglio Scheda: la cella B2 ha un collegamento ipertestuale; peg"
                + " non ne terrebbe conto nelle schede generate. Togliere il collegamento dalla cella B2 (tasto"
                + " destro sulla cella, Rimuovi collegamento ipertestuale) e scrivere l'indirizzo come testo,"
                + " oppure usare nella cella la formula COLLEGAMENTO.IPERTESTUALE, che peg riporta come ogni"
                + " formula del modello.",
                refusal("hyperlink"));
    }

    @Test
    void aHiddenSheetOfTheTemplatesOwnStaysHiddenWithItsFrozenPane() throws IOException {
        try (XSSFWorkbook wb = generate("own-sheet")) {
            int i = wb.getSheetIndex("Elenchi");
            assertEquals(org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN, wb.getSheetVisibility(i));
            assertEquals(1, wb.getSheetAt(i).getPaneInformation().getHorizontalSplitPosition());
            assertEquals("NO", wb.getSheetAt(i).getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aHiddenRowIsRefused() {
        assertEquals("Nel modello hidden-row.xlsx, foglio Scheda: la riga 2 è nascosta; peg non ne terrebbe conto"
                + " nelle schede generate. Scoprirla (tasto destro sul numero della riga, Scopri) oppure"
                + " eliminarla.",
                refusal("hidden-row"));
    }

    @Test
    void aHiddenColumnIsRefused() {
        assertEquals("Nel modello hidden-column.xlsx, foglio Dati: la colonna B è nascosta; peg non ne terrebbe"
                + " conto nelle schede generate. Scoprirla (tasto destro sulla lettera della colonna, Scopri)"
                + " oppure eliminarla.",
                refusal("hidden-column"));
    }

    @Test
    void groupedRowsAreRefused() {
        assertEquals("Nel modello grouped-rows.xlsx, foglio Note: la riga 2 è raggruppata; peg non ne terrebbe conto"
                + " nelle schede generate. Separare le righe (Dati > Separa).",
                refusal("grouped-rows"));
    }

    @Test
    void anAutoFilterIsRefused() {
        assertEquals("Nel modello autofilter.xlsx, foglio Note: c'è un filtro automatico su A1:A2; peg non ne"
                + " terrebbe conto nelle schede generate. Toglierlo (Dati > Filtro).",
                refusal("autofilter"));
    }

    @Test
    void anErrorValueIsRefused() {
        assertEquals("Nel modello error-cell.xlsx, foglio Scheda: la cella C1 contiene l'errore #N/A; peg non ne"
                + " terrebbe conto nelle schede generate. Scrivere nella cella un testo o un numero, oppure"
                + " svuotarla.",
                refusal("error-cell"));
    }

    @Test
    void aDefinedNameIsRefused() {
        assertEquals("Nel modello defined-name.xlsx c'è il nome 'Soglia' (Soglie!$A$1); peg non ne terrebbe conto"
                + " nelle schede generate. Nelle formule scrivere il riferimento (Soglie!$A$1) al posto del nome,"
                + " poi togliere il nome (Formule > Gestione nomi).",
                refusal("defined-name"));
    }

    @Test
    void aPrintAreaOfFasiIsRefused() {
        assertEquals("Nel modello print-area.xlsx, foglio Fasi: c'è un'area di stampa ('Fasi'!$A$1:$B$2); peg non ne"
                + " terrebbe conto nelle schede generate. Toglierla (Layout di pagina > Area di stampa > Cancella"
                + " area di stampa): peg stampa il foglio intero.",
                refusal("print-area"));
    }

    @Test
    void aTextInSeveralFormatsIsRefused() {
        assertEquals("Nel modello rich-text.xlsx, foglio Scheda: la cella C2 ha un testo con parti in formati"
                + " diversi (grassetto, colori, caratteri); peg non ne terrebbe conto nelle schede generate. Dare"
                + " a tutto il testo della cella lo stesso formato (il formato della cella), oppure dividerlo in"
                + " più celle.",
                refusal("rich-text"));
    }

    /** What the hyperlink's refusal offers instead: the formula, carried like every formula of the template. */
    @Test
    void aHyperlinkFormulaReachesTheScheda() throws IOException {
        try (XSSFWorkbook wb = generate("hyperlink-formula")) {
            var cell = wb.getSheet(WorkbookTemplate.SHEET_MAIN).getRow(0).getCell(2);
            assertEquals("HYPERLINK(\"https://www.comune.example.it/performance\",\"sito\")", cell.getCellFormula());
            assertEquals("sito", cell.getStringCellValue());
        }
    }
}
