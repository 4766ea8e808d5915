package it.peg.validation;

import it.peg.domain.Plan;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.readback.ReadResult;
import it.peg.readback.XlsxReturnedWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract between generation, reading back and validation: an untouched generated scheda is accepted without findings. */
class GeneratedWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void untouchedGeneratedWorkbookIsAcceptedWithoutFindings() throws Exception {
        Plan plan = TestPlan.plan();
        byte[] bytes = new ServiceWorkbookGenerator(WorkbookTemplate.bundled()).generate(plan, plan.service("S01").orElseThrow());
        Path file = Files.write(dir.resolve("S01.xlsx"), bytes);
        ReadResult read = new XlsxReturnedWorkbookReader().read(file);
        assertEquals(List.of(), read.findings());
        ValidationResult r = new SubmissionValidator(LocalDate.of(2018, 1, 10)).validate(plan, read.workbook().orElseThrow());
        assertEquals(List.of(), r.findings());
        assertTrue(r.submission().isPresent());
        assertEquals(16, r.submission().get().indicators().size());
    }
}
