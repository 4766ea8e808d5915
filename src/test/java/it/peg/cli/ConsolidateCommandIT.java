package it.peg.cli;

import it.peg.demo.OfficeSimulator;
import it.peg.demo.ScriptedOffices;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code peg consolidate} end to end on the bundled example plan (5 services, verifiche 30/06, 30/09, 31/12),
 * with schede generated and filled at every verifica by the demo's office simulator: identical outputs on
 * identical inputs, exit codes, the choice of the verifica, the Nucleo's column surviving a re-run, lock files
 * ignored and a corrupt file that does not stop the batch.
 */
class ConsolidateCommandIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** The plan and the delivered schede, built once: no test changes them. */
    @TempDir
    static Path shared;
    /** Each test's outputs and modified copies of the inputs. */
    @TempDir
    Path dir;

    private static Path planFile;
    private static Plan plan;
    /** Every service delivered on time and filled at every verifica, with no mistake. */
    private static Path clean;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void deliverEveryScheda() throws IOException {
        planFile = shared.resolve("piano.xlsx");
        try (InputStream in = ConsolidateCommandIT.class.getResourceAsStream(ScriptedOffices.EXAMPLE_PLAN)) {
            Files.copy(in, planFile);
        }
        plan = PlanReader.read(planFile).plan().orElseThrow();
        clean = Files.createDirectories(shared.resolve("consegne"));
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        OfficeSimulator offices = new OfficeSimulator(plan, 7L);
        for (Service s : plan.services()) {
            Path file = generator.write(plan, s, clean);
            for (Verifica v : plan.settings().verifiche()) {
                offices.fill(file, s.code(), v, List.of());
            }
            Files.setLastModifiedTime(file, FileTime.from(plan.settings().finalVerifica().due().orElseThrow()
                    .minusDays(2).atTime(LocalTime.NOON).atZone(it.peg.consolidate.Consolidator.ZONE).toInstant()));
        }
    }

    private int consolidate(Path in, String at, Path xlsx, Path csv) {
        out.reset();
        err.reset();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Console.Verbosity.NORMAL, false);
        return new Main(Commands.all()).run(new String[] {"consolidate", "--plan", planFile.toString(), "--in",
                in.toString(), "--at", at, "--out", xlsx.toString(), "--csv", csv.toString()}, console);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private Path copyOfClean(String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(clean)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return copy;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return p.getRecords();
        }
    }

    @Test
    void sameInputsGiveByteIdenticalSummaryAndCsvAndExitZero() throws Exception {
        // Excel's owner file and LibreOffice's lock file, as they sit next to a scheda someone has open.
        Path in = copyOfClean("con-lock");
        Files.write(in.resolve("~$SOC - Servizi sociali.xlsx"), new byte[] {7, 'u', 't', 'e', 'n', 't', 'e', 0, 0, 0});
        Files.writeString(in.resolve(".~lock.SOC - Servizi sociali.xlsx#"),
                "utente,PC-UFFICIO,pc,01.02.2026 10:00,file:///;");

        assertEquals(0, consolidate(in, "31/12/2025", dir.resolve("a.xlsx"), dir.resolve("a.csv")), this::printed);
        assertEquals(0, consolidate(in, "2025-12-31", dir.resolve("b.xlsx"), dir.resolve("b.csv")), this::printed);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.xlsx")), Files.readAllBytes(dir.resolve("b.xlsx")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.csv")), Files.readAllBytes(dir.resolve("b.csv")));

        List<Map<String, Object>> registro = SheetRows.read(dir.resolve("a.xlsx"), "Registro");
        assertEquals(plan.services().size(), registro.size(), () -> "lock files are not registered: " + registro);
        registro.forEach(r -> assertEquals("accettato", r.get("Stato"), r::toString));
        assertTrue(SheetRows.read(dir.resolve("a.xlsx"), "Anomalie").stream()
                .noneMatch(r -> String.valueOf(r.get("File")).contains("~")), "no finding about a lock file");
        List<CSVRecord> rows = csv(dir.resolve("a.csv"));
        assertEquals(plan.indicators().size() * plan.settings().verifiche().size(), rows.size(),
                "one row per indicator and verifica up to the chosen one");
    }

    @Test
    void atPicksTheVerificaOnOrBeforeTheDate() throws Exception {
        Map<String, String> picks = Map.of("30/06/2025", "2025-06-30", "15/10/2025", "2025-09-30",
                "2025-12-30", "2025-09-30", "2026-03-01", "2025-12-31");
        int k = 0;
        for (Map.Entry<String, String> pick : picks.entrySet()) {
            Path csv = dir.resolve("at" + k + ".csv");
            Path xlsx = dir.resolve("at" + k++ + ".xlsx");
            assertEquals(0, consolidate(clean, pick.getKey(), xlsx, csv), this::printed);
            // The CSV holds the rows of every verifica up to the chosen one; the chosen one is the latest.
            java.util.TreeSet<String> verifiche = csv(csv).stream().map(r -> r.get("verifica"))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            assertEquals(pick.getValue(), verifiche.last(), "--at " + pick.getKey());
            assertEquals(plan.settings().verifiche().stream().map(v -> v.date().toString())
                    .filter(d -> d.compareTo(pick.getValue()) <= 0).collect(Collectors.toSet()), verifiche);
            String heading = SheetRows.text(xlsx, "Sintesi", "A2");
            assertTrue(heading.contains("verifica al " + java.time.LocalDate.parse(pick.getValue())
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))), heading);
        }
    }

    @Test
    void anErroreInOneInputGivesExitOneWithOutputsWritten() throws Exception {
        Path in = copyOfClean("con-errore");
        Path soc = in.resolve(Files.list(in).map(Path::getFileName).map(Path::toString)
                .filter(n -> n.startsWith("SOC")).findFirst().orElseThrow());
        FileTime received = Files.getLastModifiedTime(soc);
        new OfficeSimulator(plan, 7L).fill(soc, "SOC", plan.settings().finalVerifica(),
                List.of(OfficeSimulator.Mistake.NOT_AVAILABLE));
        Files.setLastModifiedTime(soc, received);

        assertEquals(1, consolidate(in, "31/12/2025", dir.resolve("e.xlsx"), dir.resolve("e.csv")), this::printed);
        assertTrue(Files.size(dir.resolve("e.xlsx")) > 0 && Files.size(dir.resolve("e.csv")) > 0);
        assertTrue(SheetRows.read(dir.resolve("e.xlsx"), "Anomalie").stream()
                .anyMatch(r -> "ERRORE".equals(r.get("Gravità")) && String.valueOf(r.get("File")).startsWith("SOC")));
        // issue 17: by default the console gives each service's counts; the finding itself is in Anomalie (and -v)
        assertTrue(printed().lines().anyMatch(l -> l.startsWith("SOC ") && l.endsWith(" 1 errore, 0 avvisi")),
                this::printed);
        assertFalse(printed().contains("n.d."), this::printed);
    }

    @Test
    void aCorruptFileIsReportedAndEveryOtherFileIsStillScored() throws Exception {
        assertEquals(0, consolidate(clean, "31/12/2025", dir.resolve("ok.xlsx"), dir.resolve("ok.csv")), this::printed);
        Path in = copyOfClean("con-file-rotto");
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Files.write(in.resolve("AAA rotto.xlsx"), junk);
        byte[] real = Files.readAllBytes(in.resolve(Files.list(in).map(Path::getFileName).map(Path::toString)
                .filter(n -> n.startsWith("ANA")).findFirst().orElseThrow()));
        Files.write(in.resolve("ANA copia interrotta.xlsx"), java.util.Arrays.copyOf(real, real.length / 2));

        assertEquals(1, consolidate(in, "31/12/2025", dir.resolve("r.xlsx"), dir.resolve("r.csv")), this::printed);
        List<Map<String, Object>> registro = SheetRows.read(dir.resolve("r.xlsx"), "Registro");
        for (String broken : List.of("AAA rotto.xlsx", "ANA copia interrotta.xlsx")) {
            Map<String, Object> row = SheetRows.byCode(registro, "File", broken).orElseThrow(() -> new AssertionError(
                    broken + " registered: " + registro));
            assertEquals("scartato", row.get("Stato"));
            assertFalse(String.valueOf(row.getOrDefault("Motivo", "")).isBlank(), "a reason for " + broken);
            assertTrue(SheetRows.read(dir.resolve("r.xlsx"), "Anomalie").stream()
                    .anyMatch(r -> "ERRORE".equals(r.get("Gravità")) && broken.equals(r.get("File"))), broken);
        }
        // Every real scheda is still accepted and scored exactly as without the broken files.
        assertEquals(plan.services().size(), registro.stream().filter(r -> "accettato".equals(r.get("Stato"))).count());
        assertEquals(Files.readString(dir.resolve("ok.csv")), Files.readString(dir.resolve("r.csv")));
        List<Map<String, Object>> servizi = SheetRows.read(dir.resolve("r.xlsx"), "Servizi");
        assertEquals(SheetRows.read(dir.resolve("ok.xlsx"), "Servizi"), servizi);
        servizi.forEach(s -> assertTrue(s.get("Punteggio") instanceof Double, s::toString));
    }

    @Test
    void theNucleosAssessmentTypedIntoTheSummaryIsCarriedAndReplacesTheScoreInTheService() throws Exception {
        Path summary = dir.resolve("riepilogo.xlsx");
        Path csv = dir.resolve("riepilogo.csv");
        assertEquals(0, consolidate(clean, "31/12/2025", summary, csv), this::printed);
        String objective = "SOC_1";
        List<Map<String, Object>> before = SheetRows.read(summary, "Obiettivi");
        Map<String, Object> soc1 = SheetRows.byCode(before, "Codice", objective).orElseThrow();
        double computed = (Double) soc1.get("Punteggio calcolato");
        // Peso is the plan's weight; the service normalises it over its objectives (all scored at 31/12).
        double weight = (Double) soc1.get("Peso") / before.stream().filter(r -> "SOC".equals(r.get("Servizio")))
                .mapToDouble(r -> (Double) r.get("Peso")).sum();
        double serviceBefore = (Double) SheetRows.byCode(SheetRows.read(summary, "Servizi"), "Codice", "SOC")
                .orElseThrow().get("Punteggio");
        assertTrue(Math.abs(computed - 0.35) > 0.01, "the override must change the score");

        typeNucleo(summary, objective + "=0.35|Rivalutato dal Nucleo: evidenze parziali");
        assertEquals(0, consolidate(clean, "31/12/2025", summary, csv), this::printed);

        Map<String, Object> after = SheetRows.byCode(SheetRows.read(summary, "Obiettivi"), "Codice", objective)
                .orElseThrow();
        assertEquals(0.35, (Double) after.get("Valutazione Nucleo %"), 1e-12, "carried into the new summary");
        assertEquals("Rivalutato dal Nucleo: evidenze parziali", after.get("Note Nucleo"));
        assertEquals(0.35, (Double) after.get("Punteggio"), 1e-12, "the effective score");
        assertEquals(computed, (Double) after.get("Punteggio calcolato"), 1e-12, "the computed score still shown");
        double serviceAfter = (Double) SheetRows.byCode(SheetRows.read(summary, "Servizi"), "Codice", "SOC")
                .orElseThrow().get("Punteggio");
        assertEquals(serviceBefore + weight * (0.35 - computed), serviceAfter, 1e-9);
    }

    private static void typeNucleo(Path summary, String edit) throws IOException, InterruptedException {
        Path script = Files.createTempFile("type_nucleo", ".py");
        try (InputStream s = ConsolidateCommandIT.class.getResourceAsStream("/it/peg/summary/type_nucleo.py")) {
            Files.copy(s, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), summary.toString(),
                summary.toString(), edit));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        Files.deleteIfExists(script);
        assertTrue(done && p.exitValue() == 0, () -> "type_nucleo.py failed: " + output);
    }
}
