package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceWorkbookGeneratorTest {
    private static final WorkbookTemplate TEMPLATE = WorkbookTemplate.load(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME));

    @Test
    void everyServiceMeetsTheNamesContract() throws Exception {
        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(TEMPLATE, "9.9.9");
        for (Service s : plan.services()) {
            byte[] bytes = gen.generate(plan, s);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                WorkbookContract.assertContract(wb, plan, s.code(), "9.9.9");
            }
        }
    }

    @Test
    void generatingTwiceGivesIdenticalBytes() {
        Plan plan = TestPlans.full();
        Service s = plan.service(TestPlans.FULL).orElseThrow();
        byte[] a = new ServiceWorkbookGenerator(TEMPLATE, "1").generate(plan, s);
        byte[] b = new ServiceWorkbookGenerator(WorkbookTemplate.load(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME)), "1")
                .generate(plan, s);
        assertArrayEquals(a, b);
    }

    @Test
    void templateSheetsForStylesAndLabelsAreDroppedAndEmptySheetsToo() throws Exception {
        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(TEMPLATE, "1");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(gen.generate(plan, plan.service(TestPlans.FULL).orElseThrow())))) {
            assertNull(wb.getSheet(WorkbookTemplate.SHEET_STYLES));
            assertNull(wb.getSheet(WorkbookTemplate.SHEET_LABELS));
            assertNotNull(wb.getSheet(WorkbookTemplate.SHEET_PHASES));
            assertNotNull(wb.getSheet(WorkbookTemplate.SHEET_DATA));
            assertEquals("Comune di Serravalle Pistoiese", wb.getSheet("Scheda").getRow(0).getCell(1).getStringCellValue());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(gen.generate(plan, plan.service(TestPlans.ODD).orElseThrow())))) {
            assertNull(wb.getSheet(WorkbookTemplate.SHEET_PHASES));
            assertNull(wb.getSheet(WorkbookTemplate.SHEET_DATA));
        }
    }

    @Test
    void validationsAndTrafficLightsAreGroupedNotOnePerCell() throws Exception {
        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(TEMPLATE, "1");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(gen.generate(plan, plan.service(TestPlans.FULL).orElseThrow())))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                java.util.Set<String> rules = new java.util.HashSet<>();
                for (XSSFDataValidation dv : sheet.getDataValidations()) {
                    assertTrue(rules.add(dv.getValidationConstraint().getValidationType() + "|" + dv.getPromptBoxText()
                            + "|" + dv.getErrorBoxText()), sheet.getSheetName() + ": one validation per rule");
                }
            }
            XSSFSheet main = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
            assertTrue(main.getDataValidations().size() < 10, "few validations: " + main.getDataValidations().size());
            assertEquals(1, main.getSheetConditionalFormatting().getNumConditionalFormattings());
            var cf = main.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertEquals(3, cf.getNumberOfRules());
            int formulas = 0;
            for (org.apache.poi.ss.usermodel.Row row : main) {
                org.apache.poi.ss.usermodel.Cell c = row.getCell(11); // Raggiungimento in the default layout
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    formulas++;
                    assertTrue(java.util.Arrays.stream(cf.getFormattingRanges()).anyMatch(r -> r.isInRange(c)), c.getAddress() + " coloured");
                }
            }
            assertTrue(formulas > 3, "achievement formulas: " + formulas);
            CellRangeAddress first = cf.getFormattingRanges()[0];
            assertTrue(cf.getRule(2).getFormula1().contains(new CellReference(first.getFirstRow(), first.getFirstColumn()).formatAsString()));
            // readers disagree on whether relative formulas are anchored at the first range or at the bounding box of
            // all ranges: the first range's top-left must be the bounding box's, so that both readings are the same
            for (CellRangeAddress r : cf.getFormattingRanges()) {
                assertTrue(r.getFirstRow() >= first.getFirstRow() && r.getFirstColumn() >= first.getFirstColumn(),
                        r.formatAsString() + " above or left of the anchor " + first.formatAsString());
            }
        }
    }

    @Test
    void writesSafeFileNames() throws Exception {
        Plan plan = TestPlans.full();
        Path dir = Files.createTempDirectory("peg-gen");
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(TEMPLATE, "1");
        assertEquals("2021_ZN08 - Servizio Sociale Professionale Minori.xlsx",
                gen.write(plan, plan.service(TestPlans.ODD).orElseThrow(), dir).getFileName().toString());
        assertEquals("_AUX.xlsx", gen.write(plan, plan.service(TestPlans.EMPTY).orElseThrow(), dir).getFileName().toString());
        if (System.getProperty("peg.keep") != null) {
            gen.write(plan, plan.service(TestPlans.FULL).orElseThrow(), Path.of(System.getProperty("peg.keep")));
        }
    }
}
