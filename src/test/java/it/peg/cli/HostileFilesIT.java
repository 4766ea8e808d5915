package it.peg.cli;

import it.peg.demo.OfficeSimulator;
import it.peg.domain.Indicator;
import it.peg.domain.InputNames;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.readback.CraftedWorkbooks;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile files among good ones, read by {@code validate}, {@code consolidate} and two {@code merge} nights, each in
 * its own JVM with {@code -Xmx256m}: a cause cell of 300 million characters, 2 million defined names, 5 million
 * shared strings, a million nested elements, an attribute of 50 million characters. Each is made at test time from a
 * real filled scheda (CraftedWorkbooks, streamed: never committed, never whole in memory). Each must give its own
 * finding naming it and what was over the limit, and leave the five good schede accepted; in merge the night after
 * must be clean although the files stay in the archive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesIT {
    private static final String PLAN_RESOURCE = "/it/peg/demo/piano-esempio.xlsx";
    private static final String LIMIT = "supera un limite di lettura di peg (%s), che una scheda non raggiunge mai:"
            + " il file non viene letto per sicurezza; usare la scheda .xlsx originale ricevuta dal controllo di"
            + " gestione, senza incollarvi testi, nomi o fogli estranei.";

    private Path tmp;

    private Path plan;
    private Path inbox;
    private Verifica verifica;
    private final List<String> good = new ArrayList<>();
    /** Crafted file name to the message its finding must carry. */
    private final Map<String, String> crafted = new LinkedHashMap<>();

    @BeforeAll
    void craft(@TempDir Path dir) throws IOException {
        tmp = dir;
        plan = tmp.resolve("piano.xlsx");
        try (InputStream in = getClass().getResourceAsStream(PLAN_RESOURCE)) {
            Files.copy(in, plan);
        }
        Plan p = PlanReader.read(plan).plan().orElseThrow();
        verifica = p.settings().verifiche().get(0);
        inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        OfficeSimulator offices = new OfficeSimulator(p, 16L);
        Path first = null;
        for (Service s : p.services()) {
            Path file = generator.write(p, s, inbox);
            offices.fill(file, s.code(), verifica, List.of());
            good.add(file.getFileName().toString());
            first = first == null ? file : first;
        }
        Service s0 = p.services().get(0);
        Indicator i0 = p.indicatorsOf(p.objectivesOf(s0.code()).get(0).code()).get(0);
        CraftedWorkbooks craft = new CraftedWorkbooks(first, InputNames.cause(i0.code(), verifica));
        craft.hugeText(inbox.resolve("testo enorme.xlsx"), 300_000_000L);
        crafted.put("testo enorme.xlsx", "un testo di oltre 32.767 caratteri in xl/worksheets/sheet1.xml");
        craft.manyNames(inbox.resolve("nomi.xlsx"), 2_000_000);
        crafted.put("nomi.xlsx", "più di 100.000 nomi definiti");
        craft.manySharedStrings(inbox.resolve("testi condivisi.xlsx"), 5_000_000);
        crafted.put("testi condivisi.xlsx", "più di 1.000.000 testi condivisi in xl/sharedStrings.xml");
        craft.deepNesting(inbox.resolve("annidato.xlsx"), 1_000_000);
        crafted.put("annidato.xlsx", "più di 100 elementi XML annidati uno nell'altro in xl/worksheets/sheet1.xml");
        craft.hugeAttribute(inbox.resolve("attributo.xlsx"), 50_000_000);
        crafted.put("attributo.xlsx", "un attributo XML di oltre 524.288 caratteri in xl/worksheets/sheet1.xml");
    }

    private String message(String file) {
        return "File \"" + file + "\": " + String.format(LIMIT, crafted.get(file));
    }

    record Run(int exit, String out) {
    }

    /** peg in a JVM of its own with a 256 MB heap, as cron would run it. */
    private Run peg(String now, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("it.peg.cli.Main"));
        cmd.addAll(List.of(args));
        return java(now, cmd);
    }

    private Run java(String now, List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Duser.language=it", "-Duser.country=IT", "-cp", System.getProperty("java.class.path"),
                // as the release (its jar lists peg's SLF4J provider alone) and Main: logback's is on this class path too
                "-Dslf4j.provider=it.peg.cli.LogProvider", "-Dslf4j.internal.verbosity=WARN"));
        if (now != null) {
            cmd.add("-Dpeg.merge.now=" + now);
        }
        cmd.addAll(mainAndArgs);
        String[] args = mainAndArgs.subList(1, mainAndArgs.size()).toArray(String[]::new);
        Path log = Files.createTempFile(tmp, "peg-", ".out");
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(proc.waitFor(5, TimeUnit.MINUTES), mainAndArgs + " did not end");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(!out.contains("OutOfMemoryError") && !out.contains("StackOverflowError"), out);
        return new Run(proc.exitValue(), out);
    }

    @Test
    void validateNamesEachHostileFileAndAcceptsTheOthers() throws Exception {
        Run r = peg(null, "validate", "--plan", plan.toString(), inbox.toString());
        assertEquals(1, r.exit(), r.out());
        for (String f : crafted.keySet()) {
            assertTrue(r.out().contains(message(f)), "no finding for " + f + ":\n" + r.out());
        }
        for (String f : good) {
            // values of later verifiche are missing (AVVISO); nothing else
            assertTrue(r.out().contains(f + ": 0 errori") && !r.out().contains("File \"" + f + "\""),
                    f + " not intact:\n" + r.out());
        }
    }

    /**
     * Without the caps, the 300-million-character cell takes more than the heap: running out of memory is a finding
     * on that file, the JVM lives on and reads the next file as usual (what guards every command should a file find
     * a way past the caps).
     */
    @Test
    void runningOutOfMemoryOnOneFileIsAFindingOnItAndTheNextFileIsRead() throws Exception {
        String goodFile = good.get(0);
        Run r = java(null, List.of("it.peg.readback.ReadUncapped", inbox.resolve("testo enorme.xlsx").toString(),
                inbox.resolve(goodFile).toString()));
        assertEquals(0, r.exit(), r.out());
        assertEquals(List.of("testo enorme.xlsx -> non letto [MEMORIA_INSUFFICIENTE]", goodFile + " -> letto []"),
                r.out().lines().toList());
    }

    @Test
    void consolidateRejectsEachHostileFileAndScoresTheOthers() throws Exception {
        Path out = tmp.resolve("consolidate").resolve("riepilogo.xlsx");
        Files.createDirectories(out.getParent());
        Run r = peg(null, "consolidate", "--plan", plan.toString(), "--in", inbox.toString(), "--at",
                verifica.date().toString(), "--out", out.toString());
        assertEquals(1, r.exit(), r.out());
        Map<String, List<String>> registro = registro(out);
        for (String f : crafted.keySet()) {
            assertEquals(List.of("scartato", message(f)), registro.get(f), f);
        }
        for (String f : good) {
            assertEquals("accettato", registro.get(f).get(0), f);
        }
    }

    @Test
    void mergeRejectsThemOnceAndTheNextNightIsClean() throws Exception {
        Path work = tmp.resolve("work");
        // an inbox of its own: this test takes the crafted files out of it
        Path inbox = tmp.resolve("inbox-merge");
        Files.createDirectories(inbox);
        try (var files = Files.list(this.inbox)) {
            for (Path f : files.toList()) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
        }
        Run night1 = peg("2026-07-01T01:00:00Z", "merge", "--plan", plan.toString(), "--inbox", inbox.toString(),
                "--work", work.toString(), "--at", verifica.date().toString());
        assertEquals(1, night1.exit(), night1.out());
        Map<String, List<String>> registro = registro(work.resolve("riepilogo.xlsx"));
        for (String f : crafted.keySet()) {
            assertEquals(List.of("scartato", message(f)), registro.get(f), f);
        }
        for (String f : good) {
            assertEquals("accettato", registro.get(f).get(0), f);
        }
        // the offices' mistakes leave the inbox; their archived copies stay, and must not break a later night
        for (String f : crafted.keySet()) {
            Files.delete(inbox.resolve(f));
        }
        Run night2 = peg("2026-07-02T01:00:00Z", "merge", "--plan", plan.toString(), "--inbox", inbox.toString(),
                "--work", work.toString(), "--at", verifica.date().toString());
        assertEquals(0, night2.exit(), night2.out());
        String ledger = Files.readString(work.resolve("ledger.tsv"), StandardCharsets.UTF_8);
        String lastEnd = ledger.substring(ledger.lastIndexOf("RUN_END"));
        assertTrue(lastEnd.contains("outcome=OK") && lastEnd.contains("accepted=5") && lastEnd.contains("rejected=5"),
                lastEnd);
    }

    /** Registro: file name to [status, reason]. */
    private static Map<String, List<String>> registro(Path summary) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(summary); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("Registro");
            for (Row row : s) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                out.put(f.formatCellValue(row.getCell(0)), List.of(f.formatCellValue(row.getCell(5)),
                        f.formatCellValue(row.getCell(6))));
            }
        }
        return out;
    }
}
