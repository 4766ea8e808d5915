package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Service;
import it.peg.testutil.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The controllo di gestione keeps the plan in Excel or LibreOffice: a plan saved by LibreOffice reads
 * back as the same plan, and the blank plan of {@code peg init} opens and prints there.
 */
class PlanLibreOfficeIT {
    @TempDir
    Path dir;

    @Test
    void aPlanSavedByLibreOfficeReadsBackAsTheSamePlan() throws Exception {
        Path original = Path.of("src/tools/resources/it/peg/demo/piano-esempio.xlsx");
        Path copy = dir.resolve("in").resolve("piano.xlsx");
        Files.createDirectories(copy.getParent());
        Files.copy(original, copy);
        Path saved = LibreOffice.convert(copy, "xlsx:Calc MS Excel 2007 XML", dir.resolve("out"));

        Plan before = PlanReader.read(original).plan().orElseThrow();
        PlanReadResult after = PlanReader.read(saved);
        List<Finding> errors = after.findings().stream().filter(Finding::isError).toList();
        assertEquals(List.of(), errors);
        Plan plan = after.plan().orElseThrow();
        for (Service s : before.services()) {
            assertEquals(PlanFingerprint.of(before, s.code()), PlanFingerprint.of(plan, s.code()),
                    "service " + s.code() + " reads the same after a LibreOffice save");
        }
    }

    @Test
    void theBlankPlanOpensAndPrintsInLibreOffice() throws Exception {
        Path blank = dir.resolve("piano-vuoto.xlsx");
        PlanWorkbookWriter.write(PlanWorkbookWriter.blankPlan("Comune di Prova", 2027), blank);
        Path pdf = LibreOffice.convert(blank, "pdf", dir.resolve("pdf"));
        assertTrue(Files.size(pdf) > 5_000, "a PDF with the instructions: " + Files.size(pdf));
        Path saved = LibreOffice.convert(blank, "xlsx:Calc MS Excel 2007 XML", dir.resolve("saved"));
        PlanReadResult read = PlanReader.read(saved);
        assertEquals(2027, read.plan().orElseThrow().settings().year());
    }
}
