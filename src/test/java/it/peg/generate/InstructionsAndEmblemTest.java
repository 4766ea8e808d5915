package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Istruzioni sheet of every scheda, and the comune's emblem over the template's {stemma} area. */
class InstructionsAndEmblemTest {
    private static final WorkbookTemplate TEMPLATE = WorkbookTemplate.load(Path.of("workbook-templates",
            WorkbookTemplate.FILE_NAME));
    static final Path LOGO = Path.of("src", "test", "resources", "logo", "stemma.png").toAbsolutePath();

    static Plan withLogo(Plan p, Optional<Path> logo) {
        Optional<String> path = logo.map(Path::toString);
        Settings s = p.settings();
        return new Plan(new Settings(s.ente(), s.year(), s.verifiche(), s.minimumThreshold(), s.cap(),
                s.deadlineToleranceDays(), s.bands(), path), p.services(), p.objectives(), p.indicators(), p.phases(),
                p.dataYears(), p.dataRows());
    }

    private static XSSFWorkbook generate(Plan plan, String service) throws Exception {
        Service s = plan.service(service).orElseThrow();
        return new XSSFWorkbook(new ByteArrayInputStream(new ServiceWorkbookGenerator(TEMPLATE, "1").generate(plan, s)));
    }

    @Test
    void theIstruzioniSheetIsProtectedPrintableAndSaysTheEssentials() throws Exception {
        Plan plan = TestPlans.full();
        try (XSSFWorkbook wb = generate(plan, TestPlans.FULL)) {
            XSSFSheet sheet = wb.getSheet("Istruzioni");
            assertNotNull(sheet);
            assertEquals(List.of("Scheda", "Fasi", "Dati", "Istruzioni", "_peg"), sheetNames(wb));
            assertEquals(0, wb.getActiveSheetIndex(), "the workbook still opens on Scheda");
            assertTrue(sheet.getProtect(), "protected");
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellStyle().getLocked(), "nothing to fill in: " + cell.getAddress());
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertEquals("Istruzioni per la compilazione - " + TestPlans.FULL + " "
                    + plan.service(TestPlans.FULL).orElseThrow().name(), texts.get(0));
            assertTrue(texts.contains("- verifica al 30/06/2018, consegna entro il 15/07/2018"), texts::toString);
            assertTrue(texts.contains("- verifica al 31/12/2018, consegna entro il 31/01/2019"), texts::toString);
            for (String heading : List.of("Chi compila e quando", "Dove scrivere", "Come scrivere i valori",
                    "Cosa significano i colori", "Excel o LibreOffice", "Come restituire la scheda", "Stampa e firma")) {
                assertTrue(texts.contains(heading), heading);
            }
            // the colour samples are in the scheda's own styles: yellow input, traffic light
            Row yellow = row(sheet, "da compilare");
            assertEquals(wb.getCellStyleAt(TEMPLATE.styleIndex(StyleKey.INPUT_TESTO)).getFillForegroundColorColor()
                    .getARGBHex(), ((org.apache.poi.xssf.usermodel.XSSFCellStyle) yellow.getCell(0).getCellStyle())
                    .getFillForegroundColorColor().getARGBHex());
            PrintSetup ps = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertFalse(ps.getLandscape());
            assertEquals(1, ps.getFitWidth());
            assertNotNull(wb.getPrintArea(wb.getSheetIndex(sheet)), "print area");
        }
    }

    @Test
    void withoutALogoTheStemmaPlaceholderPrintsNothingAndThereIsNoPicture() throws Exception {
        try (XSSFWorkbook wb = generate(TestPlans.full(), TestPlans.FULL)) {
            assertTrue(wb.getAllPictures().isEmpty());
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertFalse(cell.getStringCellValue().contains("stemma"), sheet.getSheetName() + "!"
                                    + cell.getAddress() + ": " + cell.getStringCellValue());
                        }
                    }
                }
            }
            assertEquals(CellType.BLANK, wb.getSheet("Scheda").getRow(0).getCell(0).getCellType());
        }
    }

    @Test
    void aLogoIsDrawnOnceInThePackageOverTheStemmaAreaAndOnTheIstruzioniSheet() throws Exception {
        Plan plan = withLogo(TestPlans.full(), Optional.of(LOGO));
        try (XSSFWorkbook wb = generate(plan, TestPlans.FULL)) {
            assertEquals(1, wb.getAllPictures().size(), "one copy of the image");
            assertArrayEquals(Files.readAllBytes(LOGO), wb.getAllPictures().get(0).getData());
            for (String name : List.of("Scheda", "Istruzioni")) {
                List<XSSFPicture> pictures = pictures(wb.getSheet(name));
                assertEquals(1, pictures.size(), name);
                XSSFClientAnchor a = pictures.get(0).getClientAnchor();
                assertEquals(0, a.getCol1(), name);
                assertEquals(0, a.getCol2(), name + ": within column A");
                assertTrue(a.getRow1() >= 0 && a.getRow2() <= 2, name + ": within rows 1-3, was " + a.getRow1() + "-"
                        + a.getRow2());
            }
            assertEquals(CellType.BLANK, wb.getSheet("Scheda").getRow(0).getCell(0).getCellType());
        }
    }

    @Test
    void withALogoGeneratingTwiceGivesIdenticalBytesAndTheFingerprintIsTheSame() {
        Plan plain = TestPlans.full();
        Plan logo = withLogo(plain, Optional.of(LOGO));
        Service s = logo.service(TestPlans.FULL).orElseThrow();
        assertArrayEquals(new ServiceWorkbookGenerator(TEMPLATE, "1").generate(logo, s),
                new ServiceWorkbookGenerator(TEMPLATE, "1").generate(logo, s));
        assertEquals(it.peg.domain.PlanFingerprint.of(plain, s.code()), it.peg.domain.PlanFingerprint.of(logo, s.code()),
                "a new emblem does not make the returned workbooks stale");
    }

    @Test
    void anOldTemplateWithTheParenthesisedPlaceholderPrintsNothingEither() throws Exception {
        byte[] old;
        try (XSSFWorkbook t = new XSSFWorkbook(Files.newInputStream(Path.of("workbook-templates",
                WorkbookTemplate.FILE_NAME)))) {
            t.getSheet("Scheda").getRow(0).getCell(0).setCellValue("(stemma)");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            t.write(out);
            old = out.toByteArray();
        }
        Plan plan = withLogo(TestPlans.full(), Optional.of(LOGO));
        Service s = plan.service(TestPlans.FULL).orElseThrow();
        byte[] bytes = new ServiceWorkbookGenerator(WorkbookTemplate.parse("vecchio", old), "1").generate(plan, s);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(CellType.BLANK, wb.getSheet("Scheda").getRow(0).getCell(0).getCellType());
            assertEquals(1, pictures(wb.getSheet("Scheda")).size());
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Row row(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }

    static List<XSSFPicture> pictures(XSSFSheet sheet) {
        List<XSSFPicture> pictures = new ArrayList<>();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFPicture p) {
                    pictures.add(p);
                }
            }
        }
        return pictures;
    }
}
