package it.peg.consolidate;

import it.peg.domain.CarriedValues;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Submission;
import it.peg.domain.YesNoValue;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.TestPlans;
import it.peg.generate.WorkbookTemplate;
import it.peg.readback.RawWorkbook;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * generate --from records the locked values in the metadata sheet; they survive reading back, an untouched
 * workbook validates clean against them, and a locked cell changed with POI is reported at its cell.
 */
class CarryForwardLockedMetadataTest {
    private static final Plan PLAN = TestPlans.full();
    private static final LocalDate JUN = LocalDate.of(2018, 6, 30);
    private static final LocalDate AT = LocalDate.of(2018, 10, 10);
    private static final ServiceWorkbookGenerator GENERATOR = new ServiceWorkbookGenerator(
            WorkbookTemplate.load(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME)));

    @TempDir
    Path dir;

    private static IndicatorReport ind(String code, ReportedValue value, String cause) {
        return new IndicatorReport(code, JUN, Optional.of(value), cause, "x");
    }

    private static CarriedValues carried() {
        Submission s = new Submission("SS.xlsx", TestPlans.FULL, List.of(
                ind("SS.01.a", new NumberValue(new BigDecimal("1200")), "personale ridotto"),
                ind("SS.01.b", new NumberValue(new BigDecimal("0.55")), ""),
                ind("SS.01.e", new YesNoValue(true), ""),
                ind("SS.01.f", new ProgressValue(new BigDecimal("0.4")), ""),
                ind("SS.01.c", new NumberValue(BigDecimal.ONE), ""), ind("SS.01.d", new NumberValue(BigDecimal.ONE), ""),
                ind("SS-02/a", new NumberValue(new BigDecimal("12.5")), "")),
                List.of(new ObjectiveReport("SS.01", JUN, Optional.of(false), "gara deserta")), List.of(), List.of());
        return CarryForward.carried(PLAN, s, AT);
    }

    private static Map<String, String[]> lockedRows(XSSFWorkbook wb) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (Row r : wb.getSheet(MetadataSheet.SHEET)) {
            String key = r.getCell(0).getStringCellValue();
            String[] cols = new String[2];
            for (int c = 1; c <= 2; c++) {
                cols[c - 1] = r.getCell(c) == null ? "" : r.getCell(c).getStringCellValue();
            }
            rows.put(key, cols);
        }
        return rows;
    }

    @Test
    void lockedValuesAreRecordedReadableAndOnlyWhenSomethingIsLocked() throws IOException {
        CarriedValues carried = carried();
        byte[] bytes = GENERATOR.generate(PLAN, PLAN.service(TestPlans.FULL).orElseThrow(), carried);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, String[]> rows = lockedRows(wb);
            long recorded = rows.keySet().stream().filter(k -> k.startsWith(MetadataSheet.LOCKED_PREFIX)).count();
            assertTrue(recorded > 10 && recorded == carried.lockedNames().size(), rows.keySet()::toString);
            assertEquals(Long.toString(recorded), rows.get(MetadataSheet.KEY_LOCKED_VALUES)[0]);
            assertEquals("1200", rows.get("bloccato:IN_SS_01_A_0630")[0]);
            assertEquals("0.55", rows.get("bloccato:IN_SS_01_B_0630")[0]);
            assertEquals("SI", rows.get("bloccato:IN_SS_01_E_0630")[0]);
            assertEquals("12.5", rows.get("bloccato:IN_SS_02_A_0630")[0]);
            assertEquals("personale ridotto", rows.get("bloccato:CAUSA_SS_01_A_0630")[0]);
            assertEquals("NO", rows.get("bloccato:RAGGIUNGIBILE_SS_01_0630")[0]);
            assertEquals("", rows.get("bloccato:CAUSA_SS_01_B_0630")[0]);
            CellReference where = new CellReference(wb.getName("IN_SS_01_A_0630").getRefersToFormula());
            assertEquals(where.getSheetName() + "!" + new CellReference(where.getRow(), where.getCol()).formatAsString(),
                    rows.get("bloccato:IN_SS_01_A_0630")[1]);
            assertFalse(rows.keySet().stream().anyMatch(k -> k.endsWith("_0930")), "0930 is being delivered: not locked");
        }
        byte[] plain = GENERATOR.generate(PLAN, PLAN.service(TestPlans.FULL).orElseThrow());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(plain))) {
            assertFalse(lockedRows(wb).keySet().stream().anyMatch(k -> k.startsWith(MetadataSheet.LOCKED_PREFIX)
                    || k.equals(MetadataSheet.KEY_LOCKED_VALUES)));
        }
    }

    @Test
    void anUntouchedWorkbookValidatesCleanAndAChangedLockedCellIsReportedThere() throws IOException {
        Path file = dir.resolve("SS.xlsx");
        Files.write(file, GENERATOR.generate(PLAN, PLAN.service(TestPlans.FULL).orElseThrow(), carried()));
        ValidationResult clean = validate(file);
        assertEquals(List.of(), codes(clean, FindingCode.VALORE_BLOCCATO_MODIFICATO.code()), clean.findings()::toString);

        String a1;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            CellReference ref = new CellReference(wb.getName("IN_SS_01_A_0630").getRefersToFormula());
            XSSFSheet sheet = wb.getSheet(ref.getSheetName());
            sheet.protectSheet(null);
            sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellValue("1.300");
            a1 = new CellReference(ref.getRow(), ref.getCol()).formatAsString();
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        ValidationResult changed = validate(file);
        List<Finding> found = codes(changed, FindingCode.VALORE_BLOCCATO_MODIFICATO.code());
        assertEquals(1, found.size(), changed.findings()::toString);
        assertEquals(a1, found.get(0).cell());
        assertEquals("1.300", found.get(0).value());
        assertEquals("1.200", found.get(0).expected());
        assertEquals(Optional.of(new NumberValue(BigDecimal.valueOf(1200.0))),
                changed.submission().orElseThrow().indicator("SS.01.a", JUN).orElseThrow().value());
    }

    private static ValidationResult validate(Path file) {
        RawWorkbook raw = new XlsxReturnedWorkbookReader().read(file).workbook().orElseThrow();
        return new SubmissionValidator(AT).validate(PLAN, raw);
    }

    private static List<Finding> codes(ValidationResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }
}
