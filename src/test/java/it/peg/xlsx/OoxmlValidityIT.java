package it.peg.xlsx;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import it.peg.cli.Commands;
import it.peg.cli.Console;
import it.peg.cli.Main;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.TestPlans;
import it.peg.generate.WorkbookTemplate;
import it.peg.merge.MergeJob;
import it.peg.merge.MergeRequest;
import it.peg.merge.Stages;
import it.peg.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, part 3: every workbook peg writes is valid against the ECMA-376 schemas ({@link OoxmlSchemaCheck}, 0
 * errors in every XML part) and within the limits Excel adds ({@link ExcelLimits}): every shipped template and the
 * schede generated from it for the code-built plan, the demo plan and the source plans (the four transcribed, issue
 * 15's, and two with more verifiche that print across pages; generated twice, byte-identical), schede carried forward with {@code generate --from} (locked, greyed cells), the
 * {@code init} plan, the summaries of {@code consolidate} (also over an existing summary the Nucleo typed into) and
 * {@code demo}, and the nightly merge's summary, fully rendered and with rows copied from the night before.
 */
class OoxmlValidityIT {
    private static final Path TEMPLATES = Path.of("workbook-templates");
    private static final Path SOURCE_PLANS = Path.of("src/test/resources/plans");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int peg(String... args) {
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return new Main(Commands.all()).run(args, new Console(ps, ps, Console.Verbosity.QUIET, false));
    }

    /** Every schema error and broken limit of every file, with the file and part; the skipped parts printed. */
    static void assertValid(List<Path> files) throws IOException {
        assertTrue(!files.isEmpty(), "nothing to validate");
        List<String> problems = new ArrayList<>();
        TreeSet<String> skipped = new TreeSet<>();
        int allowed = 0;
        for (Path f : files) {
            OoxmlSchemaCheck.Report report = OoxmlSchemaCheck.check(f);
            report.errors().forEach(e -> problems.add(f.getFileName() + " " + e));
            ExcelLimits.check(report).forEach(e -> problems.add(f.getFileName() + " " + e));
            report.skipped().forEach(s -> skipped.add(s.replaceAll("[0-9]+\\.", "N.")));
            allowed += report.allowed().values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(report.parsed().keySet().stream().anyMatch(p -> p.endsWith("styles.xml")),
                    f + ": no styles part validated");
        }
        System.out.println(files.size() + " workbooks validated, " + allowed + " xml:space on <t> allowed; not "
                + "schema-validated: " + skipped);
        assertEquals("", String.join("\n", problems), problems.size() + " problems in " + files.size() + " workbooks");
    }

    private static List<Path> xlsx(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    private static List<Path> shippedTemplates() throws IOException {
        List<Path> templates = new ArrayList<>(xlsx(TEMPLATES));
        assertTrue(templates.contains(TEMPLATES.resolve(WorkbookTemplate.FILE_NAME)), templates.toString());
        // the comuni's templates (issue 19), each in its folder
        for (String name : WorkbookTemplate.SHIPPED) {
            templates.add(TEMPLATES.resolve(name).resolve(WorkbookTemplate.FILE_NAME));
        }
        return templates;
    }

    private static List<Plan> plans(Path dir) throws IOException {
        List<Plan> plans = new ArrayList<>();
        plans.add(TestPlans.full());
        plans.add(it.peg.testutil.DemoPlan.read(dir));
        for (Path p : xlsx(SOURCE_PLANS)) {
            if (p.getFileName().toString().startsWith("formule-")) {
                continue; // issue 15's formula-cell plans are invalid on purpose: nothing is generated from them
            }
            plans.add(PlanReader.read(p).plan().orElseThrow(() -> new AssertionError(p)));
        }
        assertEquals(11, plans.size(), "the code-built plan, the demo plan, four source plans, three of issue 15's and"
                + " two with more verifiche, whose schede print across pages with Serravalle's and Trezzo's templates");
        return plans;
    }

    @Test
    void everyShippedTemplateAndEverySchedaGeneratedFromItIsValid() throws IOException {
        List<Path> files = new ArrayList<>(shippedTemplates());
        List<Plan> plans = plans(dir);
        for (Path template : shippedTemplates()) {
            // a template is looked up as <folder>/scheda.xlsx: each shipped file gets a folder of its own
            Path folder = dir.resolve("modello-" + TEMPLATES.relativize(template).toString().replace('/', '-'));
            Files.createDirectories(folder);
            Files.copy(template, folder.resolve(WorkbookTemplate.FILE_NAME));
            ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(
                    WorkbookTemplate.locate(Optional.of(folder)));
            WorkbookTemplate loaded = WorkbookTemplate.locate(Optional.of(folder));
            for (int i = 0; i < plans.size(); i++) {
                try {
                    loaded.checkFits(plans.get(i));
                } catch (it.peg.generate.TemplateException e) {
                    continue; // a plan with ratios and a template without a denominatore column: generate refuses it
                }
                Path out = folder.resolve("piano-" + i);
                for (Service s : plans.get(i).services()) {
                    Path file = generator.write(plans.get(i), s, out);
                    assertArrayEquals(Files.readAllBytes(file), generator.generate(plans.get(i), s),
                            "generating twice gives other bytes: " + file);
                    files.add(file);
                }
            }
        }
        assertValid(files);
    }

    @Test
    void theInitPlanIsValid() throws IOException {
        Path plan = dir.resolve("piano.xlsx");
        assertEquals(0, peg("init", "--out", plan.toString(), "--ente", "Comune di Trezzo sull'Adda", "--anno", "2026"),
                printed::toString);
        Path again = dir.resolve("piano-2.xlsx");
        assertEquals(0, peg("init", "--out", again.toString(), "--ente", "Comune di Trezzo sull'Adda", "--anno",
                "2026"), printed::toString);
        assertArrayEquals(Files.readAllBytes(plan), Files.readAllBytes(again), "init twice gives other bytes");
        assertValid(List.of(plan));
        assertEquals(java.util.Map.of(), OoxmlSchemaCheck.check(plan).allowed(),
                "peg's own texts indent by format, not by leading spaces that need xml:space");
    }

    /**
     * {@code demo}: its plan, schede and one summary per verifica; then {@code generate --from} the last deliveries
     * (cells of earlier verifiche locked and greyed) and {@code consolidate} twice into the same summary, the Nucleo
     * having typed into it in between.
     */
    @Test
    void theDemoCycleCarriedForwardSchedeAndConsolidatedSummariesAreValid() throws IOException {
        Path demo = dir.resolve("demo");
        assertEquals(0, peg("demo", "--out", demo.toString()), printed::toString);
        Path planFile = demo.resolve("piano.xlsx");
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        List<Path> files = new ArrayList<>(xlsx(demo)); // the plan and a summary per verifica
        assertEquals(1 + plan.settings().verifiche().size(), files.size(), files.toString());
        files.addAll(xlsx(demo.resolve("schede")));

        Verifica second = plan.settings().verifiche().get(1);
        Path carried = dir.resolve("schede-riportate");
        assertEquals(0, peg("generate", "--plan", planFile.toString(), "--out", carried.toString(), "--from",
                demo.resolve("consegne-" + plan.settings().verifiche().get(0).code()).toString(), "--at",
                second.date().toString()), printed::toString);
        files.addAll(xlsx(carried));

        Path summary = dir.resolve("riepilogo.xlsx");
        String[] consolidate = {"consolidate", "--plan", planFile.toString(), "--in",
                demo.resolve("consegne-" + second.code()).toString(), "--at", second.date().toString(), "--out",
                summary.toString(), "--csv", dir.resolve("riepilogo.csv").toString()};
        assertTrue(peg(consolidate) <= 1, printed::toString);
        NucleoTyping.type(summary, plan.objectives().get(0).code(), 0.855, "rivisto dal Nucleo");
        assertTrue(peg(consolidate) <= 1, printed::toString);
        assertEquals(List.of("rivisto dal Nucleo"), NucleoTyping.notes(summary), "the Nucleo's note is kept");
        files.add(summary);
        files.add(dir.resolve("schede-valutazione.xlsx")); // written by consolidate next to the summary
        assertValid(files);
    }

    /** The nightly merge: a first night renders the summary, a second copies the rows of the unchanged services. */
    @Test
    void theMergeSummaryIsValidRenderedAndCopied() throws IOException {
        Plan plan = it.peg.testutil.DemoPlan.read(dir);
        Path planFile = dir.resolve("piano-esempio.xlsx");
        Verifica v = plan.settings().verifiche().get(1);
        Path inbox = dir.resolve("consegne");
        Files.createDirectories(inbox);
        for (int i = 0; i < plan.services().size(); i++) {
            fill(plan, v, inbox, i, 20240715L + i);
        }
        Path work = dir.resolve("lavoro");
        MergeRequest request = new MergeRequest(planFile, inbox, work, Optional.of(v.date()));
        assertTrue(night(request, 0).summaryChanged());
        Path first = dir.resolve("prima-notte.xlsx");
        Files.copy(work.resolve(MergeJob.SUMMARY), first);

        fill(plan, v, inbox, 2, 99L); // one office re-sends its scheda with other values
        ListAppender<ILoggingEvent> copied = new ListAppender<>();
        copied.start();
        Logger log = (Logger) LoggerFactory.getLogger(DeflatedSegments.class);
        log.addAppender(copied);
        log.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            assertTrue(night(request, 1).summaryChanged());
        } finally {
            log.detachAppender(copied);
        }
        assertTrue(copied.list.stream().anyMatch(e -> e.getFormattedMessage().contains("segments copied")
                        && !e.getFormattedMessage().contains(": 0 of")),
                "the second night copied no rows: " + copied.list);
        assertValid(List.of(first, work.resolve(MergeJob.SUMMARY)));
    }

    static void fill(Plan plan, Verifica v, Path inbox, int service, long seed) throws IOException {
        Service s = plan.services().get(service);
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).write(plan, s, inbox);
        new OfficeSimulator(plan, seed).fill(file, s.code(), v, List.of());
    }

    static it.peg.merge.MergeReport night(MergeRequest request, int day) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T22:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
        return new MergeJob(Stages.real(), clock, "test").run(request, "night-" + day);
    }

    /** The Nucleo's columns typed through POI, as a program other than peg's writer would. */
    static final class NucleoTyping {
        private NucleoTyping() {
        }

        static void type(Path summary, String objective, double score, String note) throws IOException {
            try (InputStream in = Files.newInputStream(summary);
                 org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                org.apache.poi.ss.usermodel.Sheet ob = wb.getSheet("Obiettivi");
                int scoreCol = column(ob, "Valutazione Nucleo %");
                int noteCol = column(ob, "Note Nucleo");
                for (org.apache.poi.ss.usermodel.Row row : ob) {
                    if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(objective)) {
                        row.getCell(scoreCol).setCellValue(score);
                        row.getCell(noteCol).setCellValue(note);
                    }
                }
                try (java.io.OutputStream out = Files.newOutputStream(summary)) {
                    wb.write(out);
                }
            }
        }

        static List<String> notes(Path summary) throws IOException {
            try (InputStream in = Files.newInputStream(summary);
                 org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                org.apache.poi.ss.usermodel.Sheet ob = wb.getSheet("Obiettivi");
                int noteCol = column(ob, "Note Nucleo");
                List<String> notes = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row row : ob) {
                    org.apache.poi.ss.usermodel.Cell c = row.getCell(noteCol);
                    if (row.getRowNum() > 0 && c != null && !c.getStringCellValue().isBlank()) {
                        notes.add(c.getStringCellValue());
                    }
                }
                return notes;
            }
        }

        private static int column(org.apache.poi.ss.usermodel.Sheet sheet, String header) {
            for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(header)) {
                    return cell.getColumnIndex();
                }
            }
            throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
        }
    }
}
