package it.peg.readback;

import it.peg.bench.DirectFiller;
import it.peg.bench.SyntheticPlan;
import it.peg.demo.OfficeSimulator;
import it.peg.demo.OfficeSimulator.Mistake;
import it.peg.domain.Finding;
import it.peg.domain.InputNames;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The streaming reader gives the same results and findings as the full POI reader on every fixture:
 * the workbooks generated from the four source-document plans and from the demo plan, untouched and
 * filled by the demo's offices at every verifica (with their mistakes), the benchmark's XML-filled
 * workbooks (inline strings), and a workbook rewritten by openpyxl. Same cells (kind, text, number,
 * format, date flag, formula presence), same metadata, same read findings, and the same submission
 * and validation findings at every verifica.
 */
class ReaderAgreementTest {
    @TempDir
    Path dir;

    @Test
    void sourceDocumentPlansGeneratedAndFilledReadTheSame() throws Exception {
        List<Path> plans;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/plans"))) {
            // the plans scored by hand (each has its -expected.csv): the four source documents and issue 15's three
            plans = s.filter(p -> p.toString().endsWith(".xlsx"))
                    .filter(p -> Files.exists(Path.of(p.toString().replace(".xlsx", "-expected.csv")))).sorted().toList();
        }
        assertEquals(7, plans.size(), "the four source-document plans and issue 15's three");
        int files = 0;
        for (Path planFile : plans) {
            Plan plan = PlanReader.read(planFile).plan().orElseThrow();
            files += generateFillAndCompare(plan, planFile.getFileName().toString());
        }
        assertTrue(files >= 12, "files compared: " + files);
    }

    @Test
    void demoPlanGeneratedAndFilledWithMistakesReadsTheSame() throws Exception {
        Plan plan = it.peg.testutil.DemoPlan.read(dir);
        assertTrue(generateFillAndCompare(plan, "demo") >= 4 * plan.services().size());
    }

    @Test
    void benchmarkWorkbooksFilledAtTheXmlLevelReadTheSame() throws Exception {
        Plan plan = SyntheticPlan.build(12, 7L);
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        OfficeSimulator offices = new OfficeSimulator(plan, 7L);
        for (Service s : plan.services()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Verifica v : plan.settings().verifiche()) {
                values.putAll(offices.values(s.code(), v));
            }
            DirectFiller.Filled filled = DirectFiller.fill(gen.generate(plan, s), values);
            assertTrue(filled.cellsSet() > 10, "cells set: " + filled.cellsSet());
            Path file = dir.resolve(s.code() + ".xlsx");
            Files.write(file, filled.bytes());
            RawWorkbook wb = compare(plan, file);
            // the filler's values are really there, as the office typed them
            values.forEach((name, v) -> wb.cell(name).ifPresent(c -> assertTrue(!c.isBlank(), name)));
        }
    }

    @Test
    void workbookRewrittenByOpenpyxlReadsTheSame() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python) && run(List.of(python.toString(), "-c", "import openpyxl")) == 0,
                "openpyxl not installed for /usr/bin/python3");
        Plan plan = SyntheticPlan.build(2, 3L);
        Service s = plan.services().get(0);
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        Path blank = gen.write(plan, s, dir);
        Verifica first = plan.settings().verifiche().get(0);
        String ind = plan.indicatorsOf(plan.objectivesOf(s.code()).get(0).code()).get(0).code();
        Path written = dir.resolve("openpyxl.xlsx");
        Path script = Path.of(ReaderAgreementTest.class.getResource("/it/peg/validation/set_with_openpyxl.py").toURI());
        List<String> cmd = new ArrayList<>(List.of(python.toString(), script.toString(), blank.toString(), written.toString(),
                InputNames.cause(ind, first) + "=s:Ritardo del fornitore",
                InputNames.value(ind, plan.settings().finalVerifica()) + "=n:12.5"));
        assertEquals(0, run(cmd), "openpyxl script");
        compare(plan, written);
    }

    /** Generates every service, compares it blank, then filled at each verifica in turn. */
    private int generateFillAndCompare(Plan plan, String label) throws Exception {
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        OfficeSimulator offices = new OfficeSimulator(plan, 11L);
        int files = 0;
        for (int i = 0; i < plan.services().size(); i++) {
            Service s = plan.services().get(i);
            Path folder = Files.createDirectories(dir.resolve(label + "-" + i));
            Path file = gen.write(plan, s, folder);
            compare(plan, file);
            files++;
            List<Verifica> vs = plan.settings().verifiche();
            for (int k = 0; k < vs.size(); k++) {
                List<Mistake> mistakes = switch ((i + k) % 4) {
                    case 0 -> List.of(Mistake.NUMBER_AS_TEXT);
                    case 1 -> List.of(Mistake.NOT_AVAILABLE, Mistake.NO_CAUSES);
                    default -> List.of();
                };
                offices.fill(file, s.code(), vs.get(k), mistakes);
                compare(plan, file);
                files++;
            }
        }
        return files;
    }

    private RawWorkbook compare(Plan plan, Path file) {
        return ReaderAgreement.compare(plan, file);
    }

    private static int run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
