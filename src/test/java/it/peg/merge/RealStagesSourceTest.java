package it.peg.merge;

import it.peg.io.Sha256;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression: merge reads each file from its archived copy ({@code archive/ab/<sha256>.xlsx}), and the
 * "fonte" of every value in the summary and the CSV named that copy, a file no office knows. The source is
 * now kept relative to the submission and completed with the file's own name.
 */
class RealStagesSourceTest {
    @TempDir
    Path dir;

    @Test
    void theSourceOfAValueNamesTheOfficesFileNotTheArchivedCopy() throws Exception {
        Plan plan = it.peg.testutil.DemoPlan.read(dir);
        Service service = plan.services().get(0);
        Verifica verifica = plan.settings().finalVerifica();
        Path written = new ServiceWorkbookGenerator(WorkbookTemplate.bundled()).write(plan, service, dir);
        for (Verifica v : plan.settings().verifiche()) {
            new OfficeSimulator(plan, 3L).fill(written, service.code(), v, List.of());
        }
        String sha = Sha256.ofFile(written);
        Path archived = Files.createDirectories(dir.resolve("archive").resolve(sha.substring(0, 2)))
                .resolve(sha + ".xlsx");
        Files.copy(written, archived);
        String name = written.getFileName().toString();
        InputFile file = new InputFile(archived, name, Instant.parse("2025-12-20T10:00:00Z"),
                Optional.of(new InputFile.Content(sha, Files.size(archived))));

        Stages stages = Stages.real();
        FileAssessment a = stages.assess().assess(plan, verifica, file);
        ConsolidationResult result = stages.combine().combine(plan, verifica, List.of(a), Map.of());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        stages.writeCsv().write(result, bytes, Optional.empty(), dir);
        String csv = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(csv.contains(name + "!Scheda!"), "sources name the office's file:\n" + csv);
        assertFalse(csv.contains(sha), "never the archived copy's name");
    }
}
