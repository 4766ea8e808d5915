package it.peg.cli;

import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Console.Verbosity.NORMAL, false);
        return new Main(List.of(new GenerateCommand())).run(args, console);
    }

    static Path plan(Path file, String indicatorTarget) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            sheet(wb, "Impostazioni", new Object[][] {{"Voce", "Valore"}, {"Ente", "Comune di Prova"}, {"Anno", 2024},
                    {"Verifiche", "30/06; 31/12"}});
            sheet(wb, "Servizi", new Object[][] {{"Codice", "Servizio"}, {"S1", "Servizi sociali"}, {"S/2", "Tributi: IMU"}});
            sheet(wb, "Obiettivi", new Object[][] {{"Codice", "Servizio", "Titolo", "Peso"}, {"O1", "S1", "Obiettivo uno", 100},
                    {"O2", "S/2", "Obiettivo due", 100}});
            sheet(wb, "Indicatori", new Object[][] {{"Codice", "Obiettivo", "Descrizione", "Target", "Peso"},
                    {"I1", "O1", "Pratiche", indicatorTarget, 60}, {"I2", "O1", "Rapporto", "1200/3", 40},
                    {"I3", "O2", "Avvisi", "SI", 100}});
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

    private List<String> files(Path d) throws IOException {
        if (!Files.exists(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void generatesOneWorkbookPerService() throws Exception {
        Path plan = plan(dir.resolve("piano.xlsx"), "24000");
        Path outDir = dir.resolve("schede");
        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", outDir.toString()), err.toString());
        assertEquals(List.of("S 2 - Tributi IMU.xlsx", "S1 - Servizi sociali.xlsx"), files(outDir));
        try (XSSFWorkbook wb = new XSSFWorkbook(outDir.resolve("S1 - Servizi sociali.xlsx").toFile())) {
            assertEquals("S1", wb.getSheet(MetadataSheet.SHEET).getRow(4).getCell(1).getStringCellValue());
            assertTrue(wb.getName("IN_I2_1231_NUM") != null);
        }
    }

    @Test
    void generatesOnlyTheChosenServices() throws Exception {
        Path plan = plan(dir.resolve("piano.xlsx"), "24000");
        Path outDir = dir.resolve("schede");
        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", outDir.toString(), "--service", "S/2"));
        assertEquals(List.of("S 2 - Tributi IMU.xlsx"), files(outDir));
    }

    @Test
    void unknownServiceIsAUsageErrorAndWritesNothing() throws Exception {
        Path plan = plan(dir.resolve("piano.xlsx"), "24000");
        Path outDir = dir.resolve("schede");
        assertEquals(2, run("generate", "--plan", plan.toString(), "--out", outDir.toString(), "--service", "S9"));
        assertTrue(err.toString().contains("S9"), err.toString());
        assertEquals(List.of(), files(outDir));
    }

    @Test
    void invalidPlanPrintsFindingsAndWritesNothing() throws Exception {
        Path outDir = dir.resolve("schede");
        assertEquals(2, run("generate", "--plan", dir.resolve("manca.xlsx").toString(), "--out", outDir.toString()));
        assertTrue(out.toString().contains("PIANO_NON_TROVATO"), out.toString());
        assertEquals(List.of(), files(outDir));
    }

    @Test
    void missingTemplatesFolderIsAUsageError() throws Exception {
        Path plan = plan(dir.resolve("piano.xlsx"), "24000");
        assertEquals(2, run("generate", "--plan", plan.toString(), "--out", dir.resolve("o").toString(), "--templates",
                dir.resolve("nessuno").toString()));
        assertTrue(err.toString().contains("scheda.xlsx"), err.toString());
    }

    /** The template is prepared while the plan is read; its problem is still the one reported, before the plan's. */
    @Test
    void aMissingTemplateIsReportedBeforeAnUnreadablePlan() throws Exception {
        assertEquals(2, run("generate", "--plan", dir.resolve("manca.xlsx").toString(), "--out",
                dir.resolve("o").toString(), "--templates", dir.resolve("nessuno").toString()));
        assertTrue(err.toString().contains("scheda.xlsx"), err.toString());
        assertTrue(!out.toString().contains("PIANO_NON_TROVATO"), out.toString());
    }

    /** Generated on several threads: each file is the one the generator alone gives for its service, named in order. */
    @Test
    void parallelGenerationGivesEachServiceItsOwnBytes() throws Exception {
        Path plan = plan(dir.resolve("piano.xlsx"), "24000");
        Path outDir = dir.resolve("schede");
        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", outDir.toString()), err.toString());
        it.peg.domain.Plan read = it.peg.plan.PlanReader.read(plan).plan().orElseThrow();
        it.peg.generate.ServiceWorkbookGenerator alone = new it.peg.generate.ServiceWorkbookGenerator(
                it.peg.generate.WorkbookTemplate.locate(java.util.Optional.empty()));
        for (it.peg.domain.Service s : read.services()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(alone.generate(read, s),
                    Files.readAllBytes(outDir.resolve(it.peg.generate.WorkbookFileNames.of(s))), s.code());
        }
    }

    /** Types a number into the input cell of {@code name}, as an office would, and saves. */
    private static void fill(Path file, String name, double value) throws IOException {
        XSSFWorkbook wb;
        try (var in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb; OutputStream os = Files.newOutputStream(file)) {
            org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.AreaReference(
                    wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
            Sheet sheet = wb.getSheet(ref.getSheetName());
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            row.createCell(ref.getCol()).setCellValue(value);
            wb.write(os);
        }
    }

    @Test
    void neverReplacesAWorkbookHoldingReportedValuesWithoutForce() throws Exception {
        Path plan = plan(dir.resolve("piano.xlsx"), "24000");
        Path outDir = dir.resolve("schede");
        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", outDir.toString()), err.toString());
        // blank schede are regenerated in place, as before
        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", outDir.toString()), err.toString());
        Path filled = outDir.resolve("S1 - Servizi sociali.xlsx");
        fill(filled, "IN_I1_0630", 12_345);
        byte[] before = Files.readAllBytes(filled);
        byte[] other = Files.readAllBytes(outDir.resolve("S 2 - Tributi IMU.xlsx"));
        err.reset();

        assertEquals(2, run("generate", "--plan", plan.toString(), "--out", outDir.toString()));
        assertEquals("La scheda 'S1 - Servizi sociali.xlsx' in " + outDir + " contiene valori inseriti dall'ufficio"
                + " (1 cella: IN_I1_0630).\n"
                + "Nessuna scheda è stata scritta: le schede già compilate non vengono sostituite. Generare in un'altra"
                + " cartella (--out), riportandone i valori con --from " + outDir + "; oppure aggiungere --force per"
                + " sostituirle comunque.\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(filled)), "the filled scheda was touched");
        assertTrue(java.util.Arrays.equals(other, Files.readAllBytes(outDir.resolve("S 2 - Tributi IMU.xlsx"))));

        assertEquals(0, run("generate", "--plan", plan.toString(), "--out", outDir.toString(), "--force"), err.toString());
        assertTrue(!java.util.Arrays.equals(before, Files.readAllBytes(filled)), "--force replaces it");
    }
}
