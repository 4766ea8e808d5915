package it.peg.validation;

import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.InputNames;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.readback.RawWorkbook;
import it.peg.readback.ReadResult;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.testutil.LibreOffice;
import it.peg.testutil.LoRig;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real clients writing into a scheda produced by the real generator from a source plan: LibreOffice Calc
 * in it-IT with values typed at the keyboard (the lo-rig's keys mode: real key events), openpyxl writing cells as
 * another program would, and a LibreOffice open-and-save round trip. Each file is then read back and
 * validated: exactly the intended values, or exactly the intended finding. Firenze 2017 has the dates,
 * percentages, ratios and counts; Firenze 2021 the SI/NO and the 1-5 scale.
 */
class LibreOfficeTypingIT {
    private static final Plan FIRENZE_2017 = plan("firenze-2017");
    private static final Plan FIRENZE_2021 = plan("firenze-2021");

    @TempDir
    Path dir;

    private static Plan plan(String name) {
        return PlanReader.read(Path.of("src/test/resources/plans", name + ".xlsx")).plan().orElseThrow();
    }

    /** The generated scheda of the service that owns {@code indicator}, written to {@code file}. */
    private static Path scheda(Plan plan, String indicator, Path file) throws IOException {
        String objective = plan.indicator(indicator).orElseThrow().objectiveCode();
        Service service = plan.service(plan.objective(objective).orElseThrow().serviceCode()).orElseThrow();
        Files.write(file, new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).generate(plan, service));
        return file;
    }

    private static Verifica last(Plan plan) {
        return plan.settings().finalVerifica();
    }

    private static String in(Plan plan, String code) {
        return InputNames.value(code, last(plan));
    }

    /** Nothing is due yet: blank cells give no finding. */
    private static LocalDate early(Plan plan) {
        return LocalDate.of(plan.settings().year(), 1, 10);
    }

    private ValidationResult readAndValidate(Plan plan, Path file) {
        ReadResult read = new XlsxReturnedWorkbookReader().read(file);
        assertTrue(read.workbook().isPresent(), () -> "unreadable: " + read.findings());
        assertEquals(List.of(), read.findings().stream().filter(Finding::isError).toList());
        return new SubmissionValidator(early(plan)).validate(plan, read.workbook().get());
    }

    private static Optional<ReportedValue> value(Plan plan, ValidationResult r, String code) {
        return r.submission().orElseThrow().indicator(code, last(plan).date()).orElseThrow().value();
    }

    private static void assertNumber(String expected, Optional<ReportedValue> v) {
        assertTrue(v.isPresent() && v.get() instanceof NumberValue, () -> "not a number: " + v);
        assertEquals(0, new BigDecimal(expected).compareTo(((NumberValue) v.get()).value()), () -> "value " + v);
    }

    private Path script(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream s = getClass().getResourceAsStream(name)) {
            Files.copy(s, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), () -> cmd + "\n" + out);
    }


    @Test
    void valuesTypedInItalianCalcAreReadAsMeant() throws Exception {
        LoRig.require();
        Plan p = FIRENZE_2017;
        Path blank = scheda(p, "2017_ZN08_01", dir.resolve("blank.xlsx"));
        Path typed = dir.resolve("ZN08 compilata.xlsx");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(in(p, "2017_ZN08_13"), "1.200");
        keys.put(in(p, "2017_ZN08_16"), "1.234,5");
        keys.put(InputNames.cause("2017_ZN08_16", last(p)), "Ritardi dei fornitori");
        keys.put(in(p, "2017_ZN08_18"), "75%");
        keys.put(InputNames.numerator("2017_ZN08_01", last(p)), "1.300");
        keys.put(InputNames.denominator("2017_ZN08_01", last(p)), "3");
        keys.put(in(p, "2017_ZN08_09"), "30/09/2017");
        keys.put(in(p, "2017_ZN08_08"), "n.d.");
        LoRig.Typed t = LoRig.type(blank, typed, keys);
        // at the keyboard the Stop validation refuses text in a number cell: the cell stays empty
        assertEquals(3, t.exit(), t::report);
        assertTrue(t.line(in(p, "2017_ZN08_08")).endsWith("ERROR: input not taken (DECIMAL validation (STOP))"), t::report);
        assertEquals(1, t.report().lines().filter(l -> l.contains("ERROR")).count(), t::report);

        ValidationResult r = readAndValidate(p, typed);
        assertNumber("1200", value(p, r, "2017_ZN08_13"));
        assertNumber("1234.5", value(p, r, "2017_ZN08_16"));
        assertEquals("Ritardi dei fornitori",
                r.submission().orElseThrow().indicator("2017_ZN08_16", last(p).date()).orElseThrow().cause());
        assertNumber("0.75", value(p, r, "2017_ZN08_18"));
        assertEquals(Optional.of(new DateValue(LocalDate.of(2017, 9, 30))), value(p, r, "2017_ZN08_09"));
        RatioValue ratio = (RatioValue) value(p, r, "2017_ZN08_01").orElseThrow();
        assertEquals(0, new BigDecimal(1300).compareTo(ratio.numerator()));
        assertEquals(0, new BigDecimal(3).compareTo(ratio.denominator()));
        assertEquals(Optional.empty(), value(p, r, "2017_ZN08_08"));
        assertEquals(List.of(), r.findings().stream().filter(Finding::isError).toList());
    }

    @Test
    void yesNoAndScaleTypedInItalianCalcAreReadAsMeant() throws Exception {
        LoRig.require();
        Plan p = FIRENZE_2021;
        Path blank = scheda(p, "2021_ZN08_01", dir.resolve("blank.xlsx"));
        Path typed = dir.resolve("ZN08 2021 compilata.xlsx");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(in(p, "2021_ZN08_01"), "SI");
        keys.put(in(p, "2021_ZN08_04"), "4,5");
        keys.put(in(p, "2021_ZN08_05"), "24.000");
        LoRig.typeAll(blank, typed, keys);

        ValidationResult r = readAndValidate(p, typed);
        assertEquals(Optional.of(new YesNoValue(true)), value(p, r, "2021_ZN08_01"));
        assertNumber("4.5", value(p, r, "2021_ZN08_04"));
        assertNumber("24000", value(p, r, "2021_ZN08_05"));
        assertEquals(List.of(), r.findings().stream().filter(Finding::isError).toList());
    }

    @Test
    void valuesWrittenByOpenpyxlAreReadAsMeant() throws Exception {
        Plan p = FIRENZE_2021;
        Path blank = scheda(p, "2021_ZN08_05", dir.resolve("blank.xlsx"));
        Path written = dir.resolve("ZN08 openpyxl.xlsx");
        run(List.of("/usr/bin/python3", script("set_with_openpyxl.py").toString(), blank.toString(), written.toString(),
                in(p, "2021_ZN08_05") + "=s:1.200",
                in(p, "2021_ZN08_12") + "=s:75%",
                in(p, "2021_ZN08_01") + "=b:1",
                in(p, "2021_ZN08_04") + "=n:4",
                in(p, "2021_ZN08_08") + "=s:circa 10"));
        ValidationResult r = readAndValidate(p, written);
        assertNumber("1200", value(p, r, "2021_ZN08_05"));
        assertNumber("0.75", value(p, r, "2021_ZN08_12"));
        assertNumber("4", value(p, r, "2021_ZN08_04"));
        assertEquals(Optional.of(new YesNoValue(true)), value(p, r, "2021_ZN08_01"));
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(List.of(FindingCode.VALORE_NON_NUMERICO.code()), errors.stream().map(Finding::code).toList(), r.findings()::toString);
        assertEquals("circa 10", errors.get(0).value());
        assertEquals("2021_ZN08_08", errors.get(0).subject());
    }

    @Test
    void libreOfficeOpenAndSaveKeepsEveryNameReadable() throws Exception {
        LibreOffice.require();
        Plan p = FIRENZE_2021;
        Path original = scheda(p, "2021_ZN08_05", dir.resolve("ZN08.xlsx"));
        setByName(original, Map.of(in(p, "2021_ZN08_05"), 25000.0, in(p, "2021_ZN08_01"), "SI"));
        Path saved = LibreOffice.convert(original, "xlsx:Calc MS Excel 2007 XML", dir.resolve("out"));
        RawWorkbook before = new XlsxReturnedWorkbookReader().read(original).workbook().orElseThrow();
        RawWorkbook after = new XlsxReturnedWorkbookReader().read(saved).workbook().orElseThrow();
        assertEquals(before.cells().keySet(), after.cells().keySet());
        assertEquals(before.metadata(), after.metadata());
        ValidationResult r = new SubmissionValidator(early(p)).validate(p, after);
        assertEquals(List.of(), r.findings());
        assertNumber("25000", value(p, r, "2021_ZN08_05"));
        assertEquals(Optional.of(new YesNoValue(true)), value(p, r, "2021_ZN08_01"));
    }

    /** Writes values into named input cells with POI, as a program would. */
    private static void setByName(Path file, Map<String, Object> values) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                CellReference ref = new CellReference(wb.getName(e.getKey()).getRefersToFormula());
                Row row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
                if (e.getValue() instanceof Double d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) e.getValue());
                }
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
    }
}
