package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.plan.PlanReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: the office sees a relative target as computed from its baseline, not as "+5%". */
class RelativeTargetSchedaTest {
    @TempDir
    Path dir;

    @Test
    void theSchedaShowsTheComputedTarget() throws Exception {
        Path planFile = Path.of(getClass().getResource("/plans/targets-2026.xlsx").toURI());
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        Path file = generator.write(plan, plan.service("FI").orElseThrow(), dir);
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            texts.add(c.getStringCellValue());
                        }
                    }
                }
            }
        }
        for (String shown : List.of(">= 210 (+5% su 200)", "<= 450 (-10% su 500)", ">= 63% (+5% su 60%)",
                ">= 48 (invariato su 48)")) {
            assertTrue(texts.contains(shown), () -> shown + " not in the scheda: " + texts);
        }
        assertTrue(texts.stream().noneMatch(t -> t.equals("+5%")), "the relative wording is not what the office scores against");
    }
}
