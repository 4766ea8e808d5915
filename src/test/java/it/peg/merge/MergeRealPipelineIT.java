package it.peg.merge;

import it.peg.io.Sha256;
import it.peg.cli.Commands;
import it.peg.cli.Console;
import it.peg.cli.Main;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.demo.OfficeSimulator;
import it.peg.demo.OfficeSimulator.Mistake;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import it.peg.testutil.LibreOffice;
import it.peg.testutil.LoRig;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code peg merge} end to end over REAL workbooks: the demo plan, its generated schede filled by the office
 * simulator, plus a corrupt file, a foreign workbook and an Excel lock file in the inbox. Four nights through
 * {@link Main} in this JVM (the clock fixed per night with {@code peg.merge.now}): the first archives and
 * rejects, the second has nothing new and changes nothing, and before the third the Nucleo types its % and a
 * note into {@code riepilogo.xlsx} with real LibreOffice Calc (it-IT, real key events through the lo-rig) while an office
 * resubmits a corrected scheda; the fourth, with nothing new, is stable. A second process holding the run lock makes merge exit 3 untouched.
 */
class MergeRealPipelineIT {
    private static final String PLAN_RESOURCE = "/it/peg/demo/piano-esempio.xlsx";
    private static final long SEED = 20240715L;

    @TempDir
    Path tmp;

    record Run(int exit, String out) {
    }

    private Run merge(Path plan, Path inbox, Path work, Verifica at, String now) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        String previous = System.getProperty("peg.merge.now");
        System.setProperty("peg.merge.now", now);
        try {
            int exit = new Main(Commands.all()).run(new String[] {"merge", "--plan", plan.toString(), "--inbox",
                    inbox.toString(), "--work", work.toString(), "--at", at.date().toString()},
                    new Console(ps, ps, Console.Verbosity.NORMAL, false));
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            if (previous == null) {
                System.clearProperty("peg.merge.now");
            } else {
                System.setProperty("peg.merge.now", previous);
            }
        }
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Sha256.ofFile(p));
            }
        }
        return m;
    }

    private Path planFile() throws IOException {
        Path plan = tmp.resolve("piano.xlsx");
        try (InputStream in = getClass().getResourceAsStream(PLAN_RESOURCE)) {
            Files.copy(in, plan);
        }
        return plan;
    }

    /** Every service's scheda, generated and filled for {@code v}; the first one in a subfolder. */
    private static List<Path> fillInbox(Plan plan, Verifica v, Path inbox) throws IOException {
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        OfficeSimulator offices = new OfficeSimulator(plan, SEED);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < plan.services().size(); i++) {
            Service s = plan.services().get(i);
            Path folder = i == 0 ? inbox.resolve("ufficio " + s.code()) : inbox;
            Files.createDirectories(folder);
            Path file = generator.write(plan, s, folder);
            offices.fill(file, s.code(), v, i == 1 ? List.of(Mistake.NUMBER_AS_TEXT) : List.of());
            files.add(file);
        }
        return files;
    }

    private static Sheet sheet(Workbook wb, String name) {
        Sheet s = wb.getSheet(name);
        assertTrue(s != null, "no sheet " + name);
        return s;
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    private static Row rowOf(Sheet sheet, String firstColumn, String value) {
        DataFormatter f = new DataFormatter();
        int col = column(sheet, firstColumn);
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && value.equals(f.formatCellValue(r.getCell(col)).strip())) {
                return r;
            }
        }
        throw new AssertionError("no row " + value + " in " + sheet.getSheetName());
    }

    private static Optional<BigDecimal> number(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() != CellType.NUMERIC ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(c.getNumericCellValue()));
    }

    private static Workbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return WorkbookFactory.create(in);
        }
    }

    @Test
    void nightsOverRealWorkbooksKeepTheNucleosWork() throws Exception {
        LibreOffice.require();
        Path planFile = planFile();
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        Verifica v = plan.settings().verifiche().get(0);
        Path inbox = tmp.resolve("inbox");
        Path work = tmp.resolve("work");
        List<Path> schede = fillInbox(plan, v, inbox);
        byte[] junk = new byte[3000];
        new Random(SEED).nextBytes(junk);
        Path corrupt = inbox.resolve("scheda rovinata.xlsx");
        Files.write(corrupt, junk);
        Path foreign = inbox.resolve("ferie 2024.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
            wb.createSheet("Ferie").createRow(0).createCell(0).setCellValue("Rossi: 12-19 agosto");
            wb.write(out);
        }
        Files.writeString(inbox.resolve("~$x.xlsx"), "lock di Excel");
        Map<String, String> inboxBefore = hashes(inbox);

        // night 1: archives everything, rejects the two intruders (newly rejected: exit 1)
        Run r1 = merge(planFile, inbox, work, v, "2024-07-15T01:00:00Z");
        assertEquals(1, r1.exit(), r1.out());
        assertEquals(inboxBefore, hashes(inbox), "the inbox is never modified");
        assertTrue(Files.size(work.resolve(MergeJob.SUMMARY)) > 0 && Files.size(work.resolve(MergeJob.CSV)) > 0);
        for (Map.Entry<String, String> e : inboxBefore.entrySet()) {
            Path archived = work.resolve(Archive.DIR).resolve(e.getValue().substring(0, 2))
                    .resolve(e.getValue() + ".xlsx");
            assertEquals(!e.getKey().startsWith("~$"), Files.isRegularFile(archived), e.getKey() + " archived?");
        }
        for (Path rejected : List.of(corrupt, foreign)) {
            String base = rejected.getFileName().toString().replace(".xlsx", "");
            String sha12 = inboxBefore.get(inbox.relativize(rejected).toString()).substring(0, 12);
            Path copy = work.resolve(RejectedFolder.DIR).resolve(base + "--" + sha12 + ".xlsx");
            assertArrayEquals(Files.readAllBytes(rejected), Files.readAllBytes(copy));
            String reasons = Files.readString(copy.resolveSibling(base + "--" + sha12 + ".motivi.txt"));
            assertTrue(!reasons.isBlank(), "reasons of " + base);
        }
        try (Stream<Path> s = Files.list(work.resolve(RejectedFolder.DIR))) {
            assertEquals(4, s.count(), "only the corrupt and the foreign file are rejected");
        }
        Ledger.Contents ledger1 = Ledger.read(work);
        assertEquals(1, ledger1.of("RUN_START").size());
        assertEquals(1, ledger1.of("RUN_END").size());
        assertEquals(schede.size() + 2, ledger1.of("ARCHIVED").size());
        byte[] xlsx1 = Files.readAllBytes(work.resolve(MergeJob.SUMMARY));
        byte[] csv1 = Files.readAllBytes(work.resolve(MergeJob.CSV));

        // night 2: nothing new, nothing changes; the rejections were already reported (exit 0)
        Run r2 = merge(planFile, inbox, work, v, "2024-07-16T01:00:00Z");
        assertEquals(0, r2.exit(), r2.out());
        assertArrayEquals(xlsx1, Files.readAllBytes(work.resolve(MergeJob.SUMMARY)));
        assertArrayEquals(csv1, Files.readAllBytes(work.resolve(MergeJob.CSV)));
        Ledger.Contents ledger2 = Ledger.read(work);
        assertEquals(2, ledger2.of("RUN_START").size());
        List<LedgerEntry> ends = ledger2.of("RUN_END");
        assertEquals(2, ends.size());
        assertEquals(Optional.of("0"), ends.get(1).field("new"));
        assertEquals(Optional.of("unchanged"), ends.get(1).field("summary"));
        assertEquals(ledger1.of("ARCHIVED").size(), ledger2.of("ARCHIVED").size());
        assertEquals(inboxBefore, hashes(inbox));

        // the Nucleo types into the summary with LibreOffice; service B resubmits a corrected scheda
        Service a = plan.services().get(0);
        Service b = plan.services().get(2);
        String objective = chooseObjective(plan, a, work.resolve(MergeJob.SUMMARY));
        String note = "Obiettivo rivalutato dal Nucleo dopo il colloquio";
        typeNucleo(work.resolve(MergeJob.SUMMARY), objective, "85", note);
        Path oldB = schede.get(2);
        Path newB = inbox.resolve("corretta " + oldB.getFileName());
        Files.copy(oldB, newB);
        new OfficeSimulator(plan, SEED + 1).fill(newB, b.code(), v, List.of());
        assertNotEquals(Sha256.ofFile(oldB), Sha256.ofFile(newB));
        Map<String, String> inbox3 = hashes(inbox);

        Run r3 = merge(planFile, inbox, work, v, "2024-07-17T01:00:00Z");
        assertEquals(0, r3.exit(), r3.out());
        assertEquals(inbox3, hashes(inbox));
        assertEquals(3, Ledger.read(work).of("RUN_END").size());

        List<Path> current = new ArrayList<>(schede);
        current.set(2, newB);
        BigDecimal withNucleo = expectedServiceScore(plan, v, current, a.code(),
                Map.of(objective, new NucleoOverride(objective, Optional.of(new BigDecimal("0.85")), note)));
        BigDecimal computed = expectedServiceScore(plan, v, current, a.code(), Map.of());
        assertNotEquals(0, withNucleo.compareTo(computed), "the override must make a difference to be tested");
        try (Workbook wb = open(work.resolve(MergeJob.SUMMARY))) {
            Sheet ob = sheet(wb, "Obiettivi");
            Row row = rowOf(ob, "Codice", objective);
            assertEquals(0, new BigDecimal("0.85").compareTo(number(row, column(ob, "Valutazione Nucleo %")).orElseThrow()));
            assertEquals(note, row.getCell(column(ob, "Note Nucleo")).getStringCellValue());
            assertEquals(0, new BigDecimal("0.85").compareTo(number(row, column(ob, "Punteggio")).orElseThrow()));
            assertEquals("Nucleo", row.getCell(column(ob, "Fonte punteggio")).getStringCellValue());

            Sheet servizi = sheet(wb, "Servizi");
            BigDecimal shown = number(rowOf(servizi, "Codice", a.code()), column(servizi, "Punteggio")).orElseThrow();
            assertClose(withNucleo, shown, "service " + a.code() + " aggregates the Nucleo's %");
            BigDecimal shownB = number(rowOf(servizi, "Codice", b.code()), column(servizi, "Punteggio")).orElse(BigDecimal.ZERO);
            BigDecimal expectedB = expectedServiceScore(plan, v, current, b.code(), Map.of());
            assertClose(expectedB, shownB, "service " + b.code() + " scored on its resubmission");
            assertEquals(newB.getFileName().toString(), rowOf(servizi, "Codice", b.code())
                    .getCell(column(servizi, "File")).getStringCellValue().replaceAll(".*/", ""));

            Sheet registro = sheet(wb, "Registro");
            int state = column(registro, "Stato");
            assertEquals("superato", rowOf(registro, "File", inbox.relativize(oldB).toString()).getCell(state)
                    .getStringCellValue());
            assertEquals("accettato", rowOf(registro, "File", inbox.relativize(newB).toString()).getCell(state)
                    .getStringCellValue());
        }
        // night 4: nothing new; the Nucleo's work read back from peg's own summary gives the same bytes
        byte[] xlsx3 = Files.readAllBytes(work.resolve(MergeJob.SUMMARY));
        byte[] csv3 = Files.readAllBytes(work.resolve(MergeJob.CSV));
        Run r4 = merge(planFile, inbox, work, v, "2024-07-18T01:00:00Z");
        assertEquals(0, r4.exit(), r4.out());
        assertArrayEquals(xlsx3, Files.readAllBytes(work.resolve(MergeJob.SUMMARY)));
        assertArrayEquals(csv3, Files.readAllBytes(work.resolve(MergeJob.CSV)));
        assertTrue(!java.util.Arrays.equals(csv1, csv3), "the CSV (Indicatori rows) follows B's resubmission");
        try (Workbook before = open(tmp.resolve("night2.xlsx"))) {
            Sheet servizi = sheet(before, "Servizi");
            BigDecimal old = number(rowOf(servizi, "Codice", a.code()), column(servizi, "Punteggio")).orElseThrow();
            assertClose(computed, old, "night 2 showed the computed score");
        }
    }

    @Test
    void aMergeFindingTheLockHeldByAnotherProcessExitsThreeAndChangesNothing() throws Exception {
        Path planFile = planFile();
        Plan plan = PlanReader.read(planFile).plan().orElseThrow();
        Verifica v = plan.settings().verifiche().get(0);
        Path inbox = tmp.resolve("inbox");
        Path work = tmp.resolve("work");
        fillInbox(plan, v, inbox);
        assertEquals(0, merge(planFile, inbox, work, v, "2024-07-15T01:00:00Z").exit());
        Files.writeString(inbox.resolve("nuovo.xlsx"), "arrivato mentre un'altra esecuzione era in corso");
        Map<String, String> workBefore = hashes(work);
        Map<String, String> inboxBefore = hashes(inbox);
        Process holder = new ProcessBuilder("/usr/bin/python3", "-c", String.join("\n",
                "import fcntl, sys",
                "f = open(sys.argv[1], 'r+')",
                "fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)",
                "print('locked', flush=True)",
                "sys.stdin.read()"), work.resolve(RunLock.FILE_NAME).toString()).start();
        try {
            String said = new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
            assertEquals("locked", said, () -> "holder failed: " + new String(readErr(holder), StandardCharsets.UTF_8));
            Run second = merge(planFile, inbox, work, v, "2024-07-16T01:00:00Z");
            assertEquals(3, second.exit(), second.out());
            assertTrue(second.out().contains("merge già in corso"), second.out());
            assertEquals(workBefore, hashes(work), "the locked-out run changed nothing");
            assertEquals(inboxBefore, hashes(inbox));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        Run after = merge(planFile, inbox, work, v, "2024-07-16T01:00:00Z");
        assertEquals(1, after.exit(), "once the lock is free the new (unreadable) file is taken and rejected");
    }

    private static void assertClose(BigDecimal expected, BigDecimal actual, String what) {
        assertTrue(expected.subtract(actual).abs().compareTo(new BigDecimal("1e-9")) < 0,
                what + ": expected " + expected + ", found " + actual);
    }

    private static byte[] readErr(Process p) {
        try {
            return p.getErrorStream().readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** An objective of {@code service} with a computed score other than 85%, so that the override shows. */
    private String chooseObjective(Plan plan, Service service, Path summary) throws IOException {
        Files.copy(summary, tmp.resolve("night2.xlsx"));
        try (Workbook wb = open(summary)) {
            Sheet ob = sheet(wb, "Obiettivi");
            for (Objective o : plan.objectivesOf(service.code())) {
                Optional<BigDecimal> score = number(rowOf(ob, "Codice", o.code()), column(ob, "Punteggio"));
                if (o.weight().map(w -> w.signum() > 0).orElse(true) && score.isPresent()
                        && score.get().subtract(new BigDecimal("0.85")).abs().compareTo(new BigDecimal("0.01")) > 0) {
                    return o.code();
                }
            }
        }
        throw new AssertionError("no scored objective of " + service.code() + " away from 85%");
    }

    /** Types the Nucleo's % (as a person would, Italian Calc) and note into the objective's row, saving as xlsx. */
    private void typeNucleo(Path summary, String objective, String percent, String note) throws Exception {
        String scoreCell;
        String noteCell;
        try (Workbook wb = open(summary)) {
            Sheet ob = sheet(wb, "Obiettivi");
            int row = rowOf(ob, "Codice", objective).getRowNum();
            scoreCell = address(ob, row, column(ob, "Valutazione Nucleo %"));
            noteCell = address(ob, row, column(ob, "Note Nucleo"));
        }
        Path typed = tmp.resolve("typed.xlsx");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(scoreCell, percent);
        keys.put(noteCell, note);
        LoRig.typeAll(summary, typed, keys);
        Files.copy(typed, summary, StandardCopyOption.REPLACE_EXISTING); // the Nucleo saves over the summary
    }

    private static String address(Sheet sheet, int row, int col) {
        return sheet.getSheetName() + "!" + CellReference.convertNumToColString(col) + (row + 1);
    }


    /** The service's score as the consolidator computes it from these files with these Nucleo overrides. */
    private static BigDecimal expectedServiceScore(Plan plan, Verifica v, List<Path> files, String service,
                                                   Map<String, NucleoOverride> overrides) throws IOException {
        Consolidator c = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), v);
        List<FileAssessment> assessed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            assessed.add(c.assess(plan, new InputFile(f, f.getFileName().toString(),
                    java.time.Instant.parse("2024-07-01T00:00:00Z").plusSeconds(i))));
        }
        ConsolidationResult r = c.combine(plan, v, assessed, overrides);
        return r.scores().service(service).orElseThrow().score().orElse(BigDecimal.ZERO);
    }
}
