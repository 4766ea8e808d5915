package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Plan;
import it.peg.domain.Settings;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's Logo on the summary's Sintesi page, beside the title; nothing without one. */
class SummaryEmblemTest {
    static final Path LOGO = Path.of("src", "test", "resources", "logo", "stemma.png").toAbsolutePath();

    private static byte[] write(ConsolidationResult r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(r, out);
        return out.toByteArray();
    }

    private static ConsolidationResult withLogo(ConsolidationResult r) {
        Plan p = r.plan();
        Settings s = p.settings();
        Plan plan = new Plan(new Settings(s.ente(), s.year(), s.verifiche(), s.minimumThreshold(), s.cap(),
                s.deadlineToleranceDays(), s.bands(), Optional.of(LOGO.toString())), p.services(), p.objectives(), p.indicators(),
                p.phases(), p.dataYears(), p.dataRows());
        return new ConsolidationResult(plan, r.scores(), r.submissions(), r.deliveries(), r.registry(), r.findings());
    }

    @Test
    void theEmblemIsOnSintesiBesideTheTitleAndTheBytesAreStable() throws Exception {
        ConsolidationResult r = withLogo(SummaryFixture.result());
        byte[] bytes = write(r);
        assertArrayEquals(bytes, write(r), "same result, same bytes");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(1, wb.getAllPictures().size());
            assertArrayEquals(Files.readAllBytes(LOGO), wb.getAllPictures().get(0).getData());
            List<XSSFPicture> pictures = wb.getSheet(SummaryWorkbookWriter.SINTESI).getDrawingPatriarch().getShapes()
                    .stream().filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
            assertEquals(1, pictures.size());
            XSSFClientAnchor a = pictures.get(0).getClientAnchor();
            assertTrue(a.getCol1() >= 2 && a.getCol2() <= 2 && a.getRow1() >= 0 && a.getRow2() <= 2,
                    a.getCol1() + "," + a.getRow1() + " - " + a.getCol2() + "," + a.getRow2());
        }
    }

    @Test
    void withoutALogoThereIsNoPicture() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(SummaryFixture.result())))) {
            assertTrue(wb.getAllPictures().isEmpty());
            for (XSSFShape shape : wb.getSheet(SummaryWorkbookWriter.SINTESI).getDrawingPatriarch().getShapes()) {
                assertTrue(!(shape instanceof XSSFPicture), shape.toString());
            }
        }
    }
}
