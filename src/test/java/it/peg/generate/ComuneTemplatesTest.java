package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.testutil.SourceForms;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 1: each source document's plan generated with its comune's template keeps the whole contract (every
 * defined name, typed and validated), and the layout is the template's: Trezzo's Target, % ponder and Report per
 * verifica under its dimension headings with TOTALE, Serravalle's "Valore al" columns, Firenze's BUDGET and obiettivi
 * collegati. A bad Struttura sheet is refused naming the template, the cell and the fix.
 */
class ComuneTemplatesTest {
    private static final DataFormatter FMT = new DataFormatter(Locale.ITALY);

    private static WorkbookTemplate template(String name) {
        return WorkbookTemplate.locate(Optional.empty(), Optional.of(name), Path.of("."));
    }

    private static XSSFWorkbook generate(Plan plan, String template) throws IOException {
        Service s = plan.services().get(0);
        ServiceWorkbookGenerator g = new ServiceWorkbookGenerator(template(template), "test");
        byte[] bytes = g.generate(plan, s);
        assertArrayEquals(bytes, g.generate(plan, s), "same inputs, same bytes");
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"firenze-2017", "firenze-2021", "serravalle-2018", "trezzo-2022"})
    void everySourcePlanKeepsTheWholeContractInItsComunesTemplate(String name) throws IOException {
        Plan plan = SourceForms.plan(name);
        String template = SourceForms.TEMPLATE_OF.get(name);
        template(template).checkFits(plan);
        try (XSSFWorkbook wb = generate(plan, template)) {
            WorkbookContract.assertContract(wb, plan, plan.services().get(0).code(), "test");
        }
    }

    @Test
    void trezzoShowsTargetAndWeightOfEachVerificaUnderItsDimensionsWithTotals() throws IOException {
        Plan plan = SourceForms.trezzoWithVerificaIntermedia();
        try (XSSFWorkbook wb = generate(plan, "trezzo")) {
            WorkbookContract.assertContract(wb, plan, "ASS_SOC", "test");
            XSSFSheet sh = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
            int head = rowStarting(sh, "INDICATORI DI PERFORMANCE");
            assertEquals(List.of("INDICATORI DI PERFORMANCE", "verifica al 30/06/2022", "", "", "", "verifica al 31/12/2022",
                    "", "", "", "Cause di scostamento al 30/06/2022", "Cause di scostamento al 31/12/2022"), texts(sh, head));
            assertEquals(List.of("", "Target", "% ponder", "Report", "Raggiung.", "Target", "% ponder", "Report",
                    "Raggiung.", "", ""), texts(sh, head + 1));
            assertTrue(text(sh, head + 2, 0).startsWith("EFFICIENZA TECNICO-OPERATIVA corrisponde"), text(sh, head + 2, 0));
            assertEquals(List.of("n. famiglie con accesso allo sportello", "=>8", "30", "", "=f", "=>15", "20", "", "=f", "", ""),
                    texts(sh, head + 3));
            assertEquals(List.of("n. interventi al domicilio", "=>10", "30", "", "=f", "=>20", "20", "", "=f", "", ""),
                    texts(sh, head + 4));
            assertTrue(text(sh, head + 5, 0).startsWith("EFFICACIA corrisponde"), text(sh, head + 5, 0));
            // the deadline has no target at 30/06: only monitored there, no weight
            assertEquals(List.of("Protocollo attivato per invio segnalazioni e presa in carico", "solo monitoraggio", "",
                    "", "", "31.12", "20", "", "=f", "", ""), texts(sh, head + 7));
            assertTrue(text(sh, head + 8, 0).startsWith("ECONOMICITA' corrisponde"), "the empty section is shown too");
            assertEquals(List.of("TOTALE", "", "100", "", "", "", "80", "", "", "", ""), texts(sh, head + 9));
        }
    }

    @Test
    void serravalleHasTheValuesAt3009And3112AsColumnsBesideTheExpectedValue() throws IOException {
        try (XSSFWorkbook wb = generate(SourceForms.plan("serravalle-2018"), "serravalle")) {
            XSSFSheet sh = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
            int head = rowStarting(sh, "Indicatori di risultato");
            assertEquals(List.of("Indicatori di risultato e di processo (misurabili e/o riscontrabili)", "Valore atteso",
                    "Peso", "Valore al 30/09/2018", "Valore al 31/12/2018", "Cause di eventuali scostamenti al 30/09/2018",
                    "Cause di eventuali scostamenti al 31/12/2018"), texts(sh, head));
            assertEquals(List.of("Avvio progetto", "17/03/2018", "", "", "", "", ""), texts(sh, head + 1));
        }
    }

    @Test
    void firenzeHasItsBudgetBoxAndTheObiettiviCollegatiWithEntrataAndSpesa() throws IOException {
        try (XSSFWorkbook wb = generate(SourceForms.plan("firenze-2021"), "firenze")) {
            XSSFSheet sh = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
            int budget = rowStarting(sh, "BUDGET");
            assertEquals("Entrata (euro)", text(sh, budget + 1, 0));
            assertEquals("Spesa (euro)", text(sh, budget + 2, 0));
            assertEquals(List.of("Descrizione", "Tipo", "Valore atteso", "Peso", "Verifica", "Valore / Numeratore",
                    "Denominatore", "Rapporto", "Raggiungimento", "Cause di scostamento"),
                    texts(sh, rowStarting(sh, "Descrizione", true)));
            int linked = rowStarting(sh, "OBIETTIVI COLLEGATI");
            assertEquals(List.of("Codice", "Titolo", "", "", "", "", "", "", "Entrata", "Spesa"), texts(sh, linked + 1));
            assertEquals("2021_DN08_01", text(sh, linked + 2, 0));
            assertEquals("Marginalità e immigrazione", text(sh, linked + 3, 1));
            assertEquals(0.0, sh.getRow(linked + 3).getCell(8).getNumericCellValue());
        }
    }

    @Test
    void aPlanWithRatiosIsRefusedByATemplateWithoutADenominatorColumn() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> template("trezzo").checkFits(SourceForms.plan("firenze-2017")));
        assertEquals("Il modello classpath:/workbook-templates/trezzo/scheda.xlsx non ha la colonna 'denominatore' (foglio"
                + " Struttura), ma l'indicatore 2017_ZN08_01 del piano è un rapporto (target '1200/3'): aggiungere al foglio"
                + " Struttura la riga 'colonna | denominatore | 13 | per verifica' dopo la colonna valore, oppure usare un"
                + " altro modello.", e.getMessage());
    }

    @Test
    void anUnknownModelloNamesTheSettingAndTheChoices(@org.junit.jupiter.api.io.TempDir Path dir) {
        TemplateException e = assertThrows(TemplateException.class,
                () -> WorkbookTemplate.locate(Optional.empty(), Optional.of("Trezo"), dir));
        assertEquals("Il modello 'Trezo' indicato nel piano (foglio Impostazioni, riga Modello) non esiste. Scrivere il"
                + " nome di un modello di peg (firenze, serravalle, trezzo), oppure una cartella che contiene scheda.xlsx o"
                + " il file .xlsx del modello, con il percorso a partire dalla cartella del piano; lasciare vuoto per il"
                + " modello standard.", e.getMessage());
    }

    @Test
    void modelloMayBeAFolderBesideThePlanAndTemplatesOptionWins(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path own = Files.createDirectories(dir.resolve("modello-comune"));
        Files.copy(Path.of("workbook-templates", "trezzo", "scheda.xlsx"), own.resolve("scheda.xlsx"));
        assertTrue(WorkbookTemplate.locate(Optional.empty(), Optional.of("modello-comune"), dir).layout()
                .verificheInColumns());
        assertEquals(Layout.DEFAULT, WorkbookTemplate.locate(Optional.of(Path.of("workbook-templates")),
                Optional.of("modello-comune"), dir).layout());
    }

    /** A Struttura sheet edited wrongly: each mistake is refused with the template, the cell and the fix. */
    @ParameterizedTest
    @ValueSource(strings = {"verifiche", "colonna", "modo", "larghezza", "doppia", "manca", "prima", "chiave", "blocco",
            "ultima"})
    void aBadStrutturaSheetIsRefusedNamingTheCellAndTheFix(String mistake) throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Path.of("workbook-templates", "scheda.xlsx")))) {
            XSSFSheet st = wb.getSheet(WorkbookTemplate.SHEET_LAYOUT);
            switch (mistake) {
                case "verifiche" -> st.getRow(1).getCell(1).setCellValue("colonnine");
                case "colonna" -> st.getRow(3).getCell(1).setCellValue("descrizione");
                case "modo" -> st.getRow(10).getCell(3).setCellValue("una volta");
                case "larghezza" -> st.getRow(2).getCell(2).setCellValue("largo");
                case "doppia" -> st.getRow(3).getCell(1).setCellValue("codice");
                case "manca" -> st.removeRow(st.getRow(10));
                case "prima" -> {
                    st.getRow(2).getCell(1).setCellValue("cause");
                    st.getRow(2).getCell(3).setCellValue("per verifica");
                    st.getRow(14).getCell(1).setCellValue("codice");
                    st.getRow(14).getCell(3).setCellValue("una volta");
                }
                case "chiave" -> st.createRow(30).createCell(0).setCellValue("colonne");
                case "blocco" -> st.getRow(16).getCell(1).setCellValue("tipo, peso, firma");
                case "ultima" -> {
                    st.getRow(10).getCell(1).setCellValue("cause");
                    st.getRow(14).getCell(1).setCellValue("valore");
                }
                default -> throw new IllegalArgumentException(mistake);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        TemplateException e = assertThrows(TemplateException.class, () -> WorkbookTemplate.parse("scheda.xlsx", bytes));
        String at = "Nel modello scheda.xlsx, cella Struttura!";
        String expected = switch (mistake) {
            case "verifiche" -> at + "B2: 'verifiche' vale 'colonnine'. Scrivere righe (una riga per verifica sotto ogni"
                    + " indicatore) oppure colonne (un gruppo di colonne per verifica).";
            case "colonna" -> at + "B4: colonna 'descrizione' sconosciuta. Colonne possibili: codice, indicatore, tipo,"
                    + " dimensione, unita, peso, verifica, target, valore, denominatore, rapporto, raggiungimento, cause.";
            case "modo" -> at + "D11: la colonna 'valore' ha una cella per ogni verifica: scrivere 'per verifica'.";
            case "larghezza" -> at + "C3: larghezza 'largo' non valida: scrivere la larghezza della colonna in caratteri,"
                    + " un numero intero da 3 a 100.";
            case "doppia" -> at + "B4: la colonna 'codice' compare due volte (anche in Struttura!B3): tenerne una sola riga.";
            case "manca" -> "Nel modello scheda.xlsx, foglio Struttura: manca la colonna 'valore': vi si scrivono i valori"
                    + " che peg legge. Aggiungere una riga 'colonna' con valore in colonna B.";
            case "prima" -> at + "B3: la colonna 'cause' non può essere tra le prime due: lì peg scrive le etichette e i"
                    + " testi dell'intestazione, che LibreOffice proporrebbe per completare ciò che l'ufficio scrive."
                    + " Spostarla più in basso.";
            case "chiave" -> at + "A31: la chiave 'colonne' non è nota. Chiavi possibili: verifiche, colonna, sezione,"
                    + " totale, obiettivo (una per riga, in colonna A).";
            case "blocco" -> at + "B17: blocco 'firma' sconosciuto. Blocchi possibili: tipo, peso, date, pluriennale,"
                    + " responsabile, risorse, bilancio, budget, descrizione, collegati.";
            case "ultima" -> at + "B15: dopo la colonna 'valore' serve almeno un'altra colonna: lì vanno le note"
                    + " dell'obiettivo alle verifiche intermedie. Spostare 'valore' più in alto.";
            default -> throw new IllegalArgumentException(mistake);
        };
        assertEquals(expected, e.getMessage());
    }

    private static int rowStarting(XSSFSheet sh, String prefix) {
        return rowStarting(sh, prefix, false);
    }

    private static int rowStarting(XSSFSheet sh, String prefix, boolean exactly) {
        for (Row row : sh) {
            String t = text(sh, row.getRowNum(), 0);
            if (exactly ? t.equals(prefix) : t.startsWith(prefix)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + prefix);
    }

    private static String text(XSSFSheet sh, int r, int c) {
        Row row = sh.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            return "=f";
        }
        return cell == null ? "" : FMT.formatCellValue(cell);
    }

    /** The texts of a row, as many columns as the table has (the print area's width). */
    private static List<String> texts(XSSFSheet sh, int r) {
        List<String> out = new ArrayList<>();
        String area = sh.getWorkbook().getPrintArea(sh.getWorkbook().getSheetIndex(sh));
        int last = new org.apache.poi.ss.util.AreaReference(area.substring(area.indexOf('!') + 1),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).getLastCell().getCol();
        for (int c = 0; c <= last; c++) {
            out.add(text(sh, r, c));
        }
        return out;
    }
}
