package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
