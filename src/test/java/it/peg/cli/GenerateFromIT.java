package it.peg.cli;

import it.peg.domain.Finding;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.RatioValue;
import it.peg.plan.PlanReader;
import it.peg.readback.RawWorkbook;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole {@code generate --from} cycle: generate, fill as an office, change the plan (a target changed,
 * an indicator added, one removed), regenerate from the returned workbooks at the 30/09 verifica.
 */
class GenerateFromIT {
    private static final String S1 = "S1 - Servizi sociali.xlsx";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Main(List.of(new GenerateCommand())).run(args, new Console(ps, ps, Console.Verbosity.NORMAL, false));
    }

    @Test
    void valuesAreCarriedIntoTheNewPlansWorkbookAndPastVerificheLocked() throws Exception {
        Path v1 = plan(dir.resolve("piano-v1.xlsx"), "100", List.<String[]>of(new String[] {"I5", "O1", "Carta dei servizi", "SI", "20"}));
        Path v2 = plan(dir.resolve("piano-v2.xlsx"), "120", List.<String[]>of(new String[] {"I4", "O1", "Nuovo indicatore", "50", "20"}));
        Path sent = dir.resolve("inviate");
        assertEquals(0, run("generate", "--plan", v1.toString(), "--out", sent.toString()), out::toString);
        fill(sent.resolve(S1), Map.of("IN_I1_0630", 40.0, "CAUSA_I1_0630", "ritardo nelle assunzioni",
                "IN_I2_0630_NUM", 500.0, "IN_I2_0630_DEN", 2.0, "IN_I5_0630", "SI", "IN_I1_0930", 70.0,
                "RAGGIUNGIBILE_O1_0630", "SI", "NOTE_O1_0630", "personale in arrivo"));
        Plan plan2 = PlanReader.read(v2).plan().orElseThrow();
        Plan plan1 = PlanReader.read(v1).plan().orElseThrow();
        assertNotEquals(PlanFingerprint.of(plan1, "S1"), PlanFingerprint.of(plan2, "S1"), "the plan change must be a stale one");

        Path fresh = dir.resolve("nuove");
        out.reset();
        assertEquals(0, run("generate", "--plan", v2.toString(), "--out", fresh.toString(), "--from", sent.toString(),
                "--at", "30/09/2024"), out::toString);
        String console = out.toString();
        assertTrue(console.contains("S1: 7 valori riportati da '" + S1 + "'"), console);
        assertTrue(console.contains("verifiche bloccate: 30/06"), console);
        assertTrue(console.contains("[VALORE_NON_RIPORTATO]") && console.contains("IN_I5_0630"), console);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(fresh.resolve(S1)))) {
            assertEquals(40.0, cell(wb, "IN_I1_0630").getNumericCellValue());
            assertEquals(500.0, cell(wb, "IN_I2_0630_NUM").getNumericCellValue());
            assertEquals(2.0, cell(wb, "IN_I2_0630_DEN").getNumericCellValue());
            assertEquals("ritardo nelle assunzioni", cell(wb, "CAUSA_I1_0630").getStringCellValue());
            assertEquals("SI", cell(wb, "RAGGIUNGIBILE_O1_0630").getStringCellValue());
            assertEquals("personale in arrivo", cell(wb, "NOTE_O1_0630").getStringCellValue());
            assertEquals(70.0, cell(wb, "IN_I1_0930").getNumericCellValue());
            for (String locked : List.of("IN_I1_0630", "IN_I2_0630_NUM", "IN_I2_0630_DEN", "CAUSA_I1_0630",
                    "RAGGIUNGIBILE_O1_0630", "NOTE_O1_0630", "FASE_O1_A_0630")) {
                XSSFCell c = cell(wb, locked);
                assertTrue(c.getCellStyle().getLocked(), locked);
                assertTrue(c.getSheet().getProtect(), locked);
                assertNotEquals(fill(cell(wb, "IN_I1_0930")), fill(c), locked + " must look greyed");
            }
            for (String editable : List.of("IN_I1_0930", "CAUSA_I1_0930", "IN_I1_1231", "RAGGIUNGIBILE_O1_0930",
                    "IN_I4_0630", "CAUSA_I4_0630", "IN_I4_0930", "IN_I4_1231")) {
                assertFalse(cell(wb, editable).getCellStyle().getLocked(), editable);
            }
            for (String empty : List.of("IN_I4_0630", "IN_I4_0930", "IN_I4_1231")) {
                assertEquals(CellType.BLANK, cell(wb, empty).getCellType(), empty);
            }
            assertTrue(wb.getName("IN_I5_0630") == null);
            Sheet meta = wb.getSheet(MetadataSheet.SHEET);
            assertEquals("0630", metaValue(meta, MetadataSheet.KEY_LOCKED));
            assertEquals(PlanFingerprint.of(plan2, "S1"), metaValue(meta, MetadataSheet.KEY_FINGERPRINT));
        }

        RawWorkbook raw = new XlsxReturnedWorkbookReader().read(fresh.resolve(S1)).workbook().orElseThrow();
        ValidationResult validated = new SubmissionValidator(LocalDate.of(2024, 10, 1)).validate(plan2, raw);
        List<Finding> errors = validated.findings().stream().filter(Finding::isError).toList();
        assertEquals(List.of(), errors);
        var s = validated.submission().orElseThrow();
        assertEquals(Optional.of(new NumberValue(BigDecimal.valueOf(40.0))),
                s.indicator("I1", LocalDate.of(2024, 6, 30)).orElseThrow().value());
        assertEquals(Optional.of(new RatioValue(BigDecimal.valueOf(500.0), BigDecimal.valueOf(2.0))),
                s.indicator("I2", LocalDate.of(2024, 6, 30)).orElseThrow().value());

        Path again = dir.resolve("ancora");
        assertEquals(0, run("generate", "--plan", v2.toString(), "--out", again.toString(), "--from", sent.toString(),
                "--at", "30/09/2024"));
        assertArrayEquals(Files.readAllBytes(fresh.resolve(S1)), Files.readAllBytes(again.resolve(S1)),
                "same plan and same returned files give the same bytes");
    }

    @Test
    void aForeignReturnedFileIsRefusedWithExitOne() throws Exception {
        Path v1 = plan(dir.resolve("piano.xlsx"), "100", List.of());
        Path sent = dir.resolve("inviate");
        assertEquals(0, run("generate", "--plan", v1.toString(), "--out", sent.toString(), "--service", "S1"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(sent.resolve(S1)))) {
            Sheet meta = wb.getSheet(MetadataSheet.SHEET);
            for (Row r : meta) {
                if (r.getCell(0).getStringCellValue().equals(MetadataSheet.KEY_YEAR)) {
                    r.getCell(1).setCellValue("2023");
                }
            }
            try (OutputStream os = Files.newOutputStream(sent.resolve(S1))) {
                wb.write(os);
            }
        }
        out.reset();
        assertEquals(1, run("generate", "--plan", v1.toString(), "--out", dir.resolve("nuove").toString(), "--from",
                sent.toString(), "--at", "30/09/2024"), out::toString);
        assertTrue(out.toString().contains("[SCHEDA_ALTRO_PIANO]"), out::toString);
        assertTrue(Files.exists(dir.resolve("nuove").resolve(S1)));
    }

    private static String fill(XSSFCell c) {
        var color = c.getCellStyle().getFillForegroundColorColor();
        return color == null ? "none" : color.getARGBHex() + "/" + c.getCellStyle().getFillPattern();
    }

    private static String metaValue(Sheet meta, String key) {
        for (Row r : meta) {
            if (r.getCell(0).getStringCellValue().equals(key)) {
                Cell v = r.getCell(1);
                return v == null ? "" : v.getStringCellValue();
            }
        }
        throw new AssertionError("no metadata " + key);
    }

    private static XSSFCell cell(XSSFWorkbook wb, String name) {
        XSSFName n = wb.getName(name);
        assertTrue(n != null, name);
        CellReference ref = new CellReference(n.getRefersToFormula());
        Row row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
        Cell c = row.getCell(ref.getCol());
        return (XSSFCell) (c == null ? row.createCell(ref.getCol()) : c);
    }

    /** Types values into a workbook as an office would (POI, by defined name). */
    static void fill(Path file, Map<String, Object> values) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            XSSFCell c = cell(wb, e.getKey());
            if (e.getValue() instanceof Double d) {
                c.setCellValue(d);
            } else {
                c.setCellValue((String) e.getValue());
            }
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
        wb.close();
    }

    static Path plan(Path file, String i1Target, List<String[]> extraIndicators) throws IOException {
        List<Object[]> indicators = new ArrayList<>(List.of(new Object[] {"Codice", "Obiettivo", "Descrizione", "Target", "Peso"},
                new Object[] {"I1", "O1", "Pratiche evase", i1Target, 50}, new Object[] {"I2", "O1", "Pratiche per addetto", "1200/3", 30},
                new Object[] {"I3", "O2", "Avvisi inviati", "SI", 100}));
        indicators.addAll(extraIndicators);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            sheet(wb, "Impostazioni", new Object[][] {{"Voce", "Valore"}, {"Ente", "Comune di Prova"}, {"Anno", 2024},
                    {"Verifiche", "30/06; 30/09; 31/12"}});
            sheet(wb, "Servizi", new Object[][] {{"Codice", "Servizio"}, {"S1", "Servizi sociali"}, {"S/2", "Tributi: IMU"}});
            sheet(wb, "Obiettivi", new Object[][] {{"Codice", "Servizio", "Titolo", "Peso"}, {"O1", "S1", "Obiettivo uno", 100},
                    {"O2", "S/2", "Obiettivo due", 100}});
            sheet(wb, "Indicatori", indicators.toArray(new Object[0][]));
            sheet(wb, "Fasi", new Object[][] {{"Obiettivo", "Fase", "Descrizione", "Mesi"}, {"O1", "A", "Analisi", "GEN-MAR"}});
            wb.write(os);
        }
        return file;
    }

    private static void sheet(XSSFWorkbook wb, String name, Object[][] rows) {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                }
            }
        }
    }
}
