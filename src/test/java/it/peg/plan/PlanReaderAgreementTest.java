package it.peg.plan;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming reader of .xlsx plans ({@link it.peg.xlsx.ExcelFiles#open}, streamed) gives exactly the plan and the findings of POI's
 * usermodel, the reference: on every plan fixture (openpyxl-written source documents, the demo plan), on plans
 * written by {@link PlanWorkbookWriter} (inline strings) and on cell types the fixtures lack. The error-case tests
 * of {@link PlanReaderTest} and {@link PlanCheckerTest} check the same agreement on each of their workbooks.
 */
class PlanReaderAgreementTest {
    @TempDir
    Path dir;

    /** Reads {@code file} both ways, asserts they agree, and returns the streaming result. */
    static PlanReadResult agreed(Path file) {
        PlanReadResult reference = PlanReader.read(file, false);
        PlanReadResult streamed = PlanReader.read(file, true);
        assertEquals(reference.findings(), streamed.findings(), "findings of " + file.getFileName());
        assertEquals(reference.plan(), streamed.plan(), "plan of " + file.getFileName());
        return streamed;
    }

    static Stream<Path> fixtures() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> plans = Files.list(Path.of("src/test/resources/plans"))) {
            plans.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
        }
        files.add(Path.of("src/tools/resources/it/peg/demo/piano-esempio.xlsx"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureReadsTheSameBothWays(Path file) {
        PlanReadResult r = agreed(file);
        assertTrue(r.plan().orElseThrow().indicators().size() > 0, "a fixture with indicators: " + file);
    }

    @Test
    void writtenPlansReadTheSameBothWays() throws IOException {
        Plan synthetic = SyntheticPlan.build(40, 7);
        Service first = synthetic.services().get(0);
        List<Service> services = new ArrayList<>(synthetic.services());
        // texts that look like Excel's _xHHHH_ escapes, a line break and spaces must survive both ways alike
        services.set(0, new Service(first.code(), "Area _x0041_ tecnica", first.director(), first.sector(),
                first.sectorResponsible(), "Servizio\ncon a capo", first.manager(), first.responsible(),
                first.politicalReferent(), first.classification(), first.staff(), "  funzioni  ", first.row()));
        Plan plan = new Plan(synthetic.settings(), services, synthetic.objectives(), synthetic.indicators(),
                synthetic.phases(), synthetic.dataYears(), synthetic.dataRows());
        Path file = dir.resolve("sintetico.xlsx");
        PlanWorkbookWriter.write(plan, file);
        PlanReadResult r = agreed(file);
        assertTrue(r.isValid(), () -> r.findings().toString());
        assertEquals(plan.indicators().size(), r.plan().orElseThrow().indicators().size());
        Path blank = dir.resolve("vuoto.xlsx");
        PlanWorkbookWriter.write(PlanWorkbookWriter.blankPlan("Comune di Prova", 2026), blank);
        agreed(blank);
    }

    /** Formulas with cached text, number, boolean and error values, booleans, a 1904 workbook, rich-text-free dates. */
    @Test
    void unusualCellsReadTheSameBothWays() throws IOException {
        for (boolean date1904 : new boolean[] {false, true}) {
            Path file = dir.resolve("insolito-" + date1904 + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                (wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr()).setDate1904(date1904);
                assertEquals(date1904, wb.isDate1904());
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
                CellStyle pct = wb.createCellStyle();
                pct.setDataFormat(wb.createDataFormat().getFormat("0.0\"%\"")); // a % inside quotes is not a percent
                Sheet s = wb.createSheet("impostazioni");
                rows(s, new Object[][] {{"Voce", "Valore"}, {"Ente", "Comune di Prova"}, {"Anno", 2024.0},
                        {"Verifiche", LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31)}, {"Soglia minima", 0.2}}, date);
                s.getRow(4).getCell(1).setCellStyle(pct);
                Sheet sv = wb.createSheet("Servizi");
                rows(sv, new Object[][] {{"Codice", "Servizio"}, {"S1", "Servizi sociali"}, {"S2", true}}, date);
                Row f = sv.createRow(3);
                f.createCell(0).setCellFormula("\"S\"&\"3\"");
                f.getCell(0).setCellValue("S3");
                f.createCell(1).setCellFormula("1/0");
                f.getCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
                Sheet o = wb.createSheet("Obiettivi");
                rows(o, new Object[][] {{"Codice", "Servizio", "Titolo", "Peso", "Data inizio", "Data fine", "Pluriennale"},
                        {"O1", "S1", "Uno", 0.5, LocalDate.of(2024, 1, 1), "Giugno 2024", true},
                        {"O2", "S2", "Due", 50.0, 45000.0, null, false}, {"O3", "S3", "Tre"}}, date);
                Row fo = o.getRow(3);
                fo.createCell(3).setCellFormula("10*3");
                fo.getCell(3).setCellValue(30);
                fo.createCell(6).setCellFormula("TRUE()");
                fo.getCell(6).setCellValue(true);
                Sheet i = wb.createSheet("Indicatori");
                rows(i, new Object[][] {{"Codice", "Obiettivo", "Target", "Peso", "Target 30/06"},
                        {"I1", "O1", 24000.0, 1.0, 12000.0}, {"I2", "O2", LocalDate.of(2024, 9, 30), 2.0},
                        {"I3", "O3", "SI", null, "NO"}, {null, null, null}, {"I4", "O3", "10%"}}, date);
                wb.write(out);
            }
            PlanReadResult r = agreed(file);
            assertEquals(3, r.plan().orElseThrow().services().size(), () -> r.findings().toString());
        }
    }

    private static void rows(Sheet s, Object[][] rows, CellStyle date) {
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof String t) {
                    row.createCell(c).setCellValue(t);
                } else if (v instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                } else if (v instanceof Boolean b) {
                    row.createCell(c).setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    row.createCell(c).setCellValue(d);
                    row.getCell(c).setCellStyle(date);
                }
            }
        }
    }
}
