package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.plan.PlanReader;
import it.peg.testutil.LibreOffice;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 2's must-show for the four source-document plans: every generated workbook meets the names
 * contract (every required input name on an unlocked cell of the right type, every other cell
 * locked, the metadata sheet), generating twice gives the same bytes, and LibreOffice prints it to PDF.
 */
class SourcePlanWorkbooksIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"firenze-2017", "firenze-2021", "serravalle-2018", "trezzo-2022"})
    void everyWorkbookMeetsTheContractAndPrints(String name) throws Exception {
        Plan plan = PlanReader.read(Path.of("src/test/resources/plans", name + ".xlsx")).plan().orElseThrow();
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()), "1");
        for (Service s : plan.services()) {
            Path file = generator.write(plan, s, dir);
            assertArrayEquals(Files.readAllBytes(file), generator.generate(plan, s), "same plan, same bytes");
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                WorkbookContract.assertContract(wb, plan, s.code(), "1");
            }
            Path pdf = LibreOffice.convert(file, "pdf", dir.resolve("pdf"));
            assertTrue(Files.size(pdf) > 10_000, "a real PDF, not an empty page: " + Files.size(pdf));
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5).startsWith("%PDF"));
        }
    }
}
