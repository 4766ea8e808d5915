package it.peg.generate;

import it.peg.domain.InputNames;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.testutil.LibreOffice;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated workbooks against the public contract, in POI and in LibreOffice (the client offices use). */
class GeneratedWorkbookContractIT {
    private static final Path TEMPLATES = Path.of("workbook-templates");

    @TempDir
    Path dir;

    @Test
    void everyWorkbookMeetsTheContractAndGeneratingTwiceGivesTheSameBytes() throws Exception {
        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.of(TEMPLATES)), "2.0");
        ServiceWorkbookGenerator again = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.of(TEMPLATES)), "2.0");
        for (Service s : plan.services()) {
            Path file = gen.write(plan, s, dir);
            assertArrayEquals(Files.readAllBytes(file), again.generate(plan, s), s.code());
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                WorkbookContract.assertContract(wb, plan, s.code(), "2.0");
            }
        }
    }

    @Test
    void libreOfficePrintsTheWorkbook() throws Exception {
        LibreOffice.require();
        Plan plan = TestPlans.full();
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.bundled()).write(plan, plan.service(TestPlans.FULL).orElseThrow(), dir);
        Path pdf = LibreOffice.convert(file, "pdf", dir.resolve("pdf"));
        String head = new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("%PDF-", head);
        assertTrue(Files.size(pdf) > 10_000, "a PDF with content");
    }

    @Test
    void liveFormulasComputeInLibreOffice() throws Exception {
        LibreOffice.require();
        Plan plan = TestPlans.full();
        Verifica fin = plan.settings().finalVerifica();
        Verifica june = plan.settings().verifiche().get(0);
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.bundled()).write(plan, plan.service(TestPlans.FULL).orElseThrow(), dir);
        Path filled = dir.resolve("filled").resolve("compilata.xlsx");
        Files.createDirectories(filled.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            set(wb, InputNames.numerator("SS.01.c", fin), 1200);
            set(wb, InputNames.denominator("SS.01.c", fin), 4);
            set(wb, InputNames.value("SS.01.a", june), 50);
            set(wb, InputNames.value("SS.01.b", fin), 0.75);
            setDate(wb, InputNames.value("SS.01.d", fin), LocalDate.of(2018, 10, 15));
            setText(wb, InputNames.value("SS.01.e", fin), "SI");
            set(wb, InputNames.value("SS-02/a", fin), 60);
            try (OutputStream os = Files.newOutputStream(filled)) {
                wb.write(os);
            }
        }
        Path recalculated = LibreOffice.convert(filled, "xlsx:Calc MS Excel 2007 XML", dir.resolve("lo"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(recalculated))) {
            assertEquals(300, cached(wb, InputNames.numerator("SS.01.c", fin), 2), 1e-9, "ratio 1200/4");
            assertEquals(0.75, cached(wb, InputNames.numerator("SS.01.c", fin), 3), 1e-9, "300 against 400");
            assertEquals(0.5, cached(wb, InputNames.value("SS.01.a", june), 3), 1e-9, "50 against intermediate 100");
            assertEquals(1.0, cached(wb, InputNames.value("SS.01.b", fin), 3), 1e-9, "75% against 75%");
            assertEquals(0.0, cached(wb, InputNames.value("SS.01.d", fin), 3), 1e-9, "late");
            assertEquals(1.0, cached(wb, InputNames.value("SS.01.e", fin), 3), 1e-9, "SI");
            assertEquals(0.5, cached(wb, InputNames.value("SS-02/a", fin), 3), 1e-9, "60 days against at most 30");
        }
    }

    @Test
    void aRestyledTemplateShowsUpInTheNextGeneration() throws Exception {
        Path custom = dir.resolve("modelli");
        Files.createDirectories(custom);
        byte[] red = {(byte) 0xC0, 0x00, 0x00};
        try (XSSFWorkbook t = new XSSFWorkbook(Files.newInputStream(TEMPLATES.resolve(WorkbookTemplate.FILE_NAME)))) {
            XSSFCell proto = valueCellOf(t.getSheet(WorkbookTemplate.SHEET_STYLES), StyleKey.INTESTAZIONE.key());
            XSSFCellStyle restyled = t.createCellStyle();
            restyled.cloneStyleFrom(proto.getCellStyle());
            restyled.setFillForegroundColor(new XSSFColor(red, null));
            proto.setCellStyle(restyled);
            valueCellOf(t.getSheet(WorkbookTemplate.SHEET_LABELS), Label.COL_CAUSE.key()).setCellValue("Motivi dello scostamento");
            try (OutputStream os = Files.newOutputStream(custom.resolve(WorkbookTemplate.FILE_NAME))) {
                t.write(os);
            }
        }
        Plan plan = TestPlans.full();
        byte[] bytes = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.of(custom)), "1")
                .generate(plan, plan.service(TestPlans.FULL).orElseThrow());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFCell heading = find(wb.getSheet(WorkbookTemplate.SHEET_MAIN), "Motivi dello scostamento");
            assertNotNull(heading, "the restyled label");
            assertArrayEquals(red, heading.getCellStyle().getFillForegroundXSSFColor().getRGB());
            WorkbookContract.assertContract(wb, plan, TestPlans.FULL, "1");
        }
    }

    private static XSSFCell valueCellOf(XSSFSheet sheet, String key) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
                return (XSSFCell) row.getCell(1);
            }
        }
        throw new AssertionError("no key " + key);
    }

    private static XSSFCell find(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (var c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return (XSSFCell) c;
                }
            }
        }
        return null;
    }

    private static void set(XSSFWorkbook wb, String name, double v) {
        WorkbookContract.cellOf(wb, wb.getName(name)).setCellValue(v);
    }

    private static void setDate(XSSFWorkbook wb, String name, LocalDate d) {
        WorkbookContract.cellOf(wb, wb.getName(name)).setCellValue(d);
    }

    private static void setText(XSSFWorkbook wb, String name, String s) {
        WorkbookContract.cellOf(wb, wb.getName(name)).setCellValue(s);
    }

    /** The cached numeric value {@code offset} columns right of a named input cell. */
    private static double cached(XSSFWorkbook wb, String name, int offset) {
        XSSFCell input = WorkbookContract.cellOf(wb, wb.getName(name));
        XSSFCell c = input.getRow().getCell(input.getColumnIndex() + offset);
        assertEquals(CellType.FORMULA, c.getCellType(), name);
        assertEquals(CellType.NUMERIC, c.getCachedFormulaResultType(), name + " " + c.getCellFormula());
        return c.getNumericCellValue();
    }
}
