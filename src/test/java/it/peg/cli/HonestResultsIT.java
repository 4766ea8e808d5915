package it.peg.cli;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, "What was found", on a plan and schede peg did not write: the Comune di Valdorso's plan is written by
 * openpyxl (write_plan_valdorso.py), the schede peg generates from it are filled and saved by openpyxl
 * (set_with_openpyxl.py), the Nucleo types into summaries with openpyxl (type_nucleo.py). Four services:
 * <ul>
 * <li>ANA fills its objective ANA1 and leaves ANA2 empty (a whole objective);</li>
 * <li>BIB reports one of the two indicators of BIB1, aggregated {@code tutti};</li>
 * <li>CIM leaves its final CIM1B empty (a missing final value) and reports its phases: A (GEN-MAR) still "In corso"
 * at 30/09, B (OTT-DIC) "In corso" at 31/12;</li>
 * <li>DEM returns its scheda blank.</li>
 * </ul>
 */
class HonestResultsIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    /** Every file received on 20/01/2028: on time for the final verifica (due 31/01/2028). */
    private static final Instant RECEIVED = Instant.parse("2028-01-20T11:00:00Z");

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static Path plan;
    private static Path planZero;
    private static Path in;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void fillTheSchede() throws Exception {
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 with openpyxl not available");
        }
        plan = shared.resolve("piano.xlsx");
        python("/it/peg/cli/write_plan_valdorso.py", plan.toString());
        planZero = shared.resolve("piano-zero.xlsx");
        python("/it/peg/cli/write_plan_valdorso.py", planZero.toString(), "zero");
        Plan p = PlanReader.read(plan).plan().orElseThrow();
        Path generated = Files.createDirectories(shared.resolve("generate"));
        in = Files.createDirectories(shared.resolve("consegne"));
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        for (Service s : p.services()) {
            generator.write(p, s, generated);
        }
        fill("ANA - Anagrafe.xlsx", "IN_ANA1A_0930=n:60", "IN_ANA1A_1231=n:120");
        fill("BIB - Biblioteca.xlsx", "IN_BIB1A_1231=n:6");
        fill("CIM - Cimiteri.xlsx", "IN_CIM1A_0930=n:120", "IN_CIM1A_1231=n:210", "FASE_CIM1_A_0930=s:In corso",
                "FASE_CIM1_B_0930=s:Da avviare", "FASE_CIM1_A_1231=s:Completata", "FASE_CIM1_B_1231=s:In corso");
        fill("DEM - Demanio.xlsx"); // opened and saved, nothing typed
    }

    private static void fill(String name, String... entries) throws Exception {
        List<String> args = new ArrayList<>(List.of(shared.resolve("generate").resolve(name).toString(),
                in.resolve(name).toString()));
        args.addAll(List.of(entries));
        python("/it/peg/validation/set_with_openpyxl.py", args.toArray(String[]::new));
        Files.setLastModifiedTime(in.resolve(name), FileTime.from(RECEIVED));
    }

    private static void python(String resource, String... args) throws Exception {
        Path script = Files.createTempFile(shared, "script", ".py");
        try (InputStream s = HonestResultsIT.class.getResourceAsStream(resource)) {
            Files.copy(s, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        cmd.addAll(List.of(args));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(120, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            throw new IOException(resource + " failed: " + output);
        }
    }

    private int peg(String... args) {
        out.reset();
        err.reset();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Console.Verbosity.NORMAL, false);
        return new Main(Commands.all()).run(args, console);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path consolidate(Path planFile, String at, String name) {
        Path xlsx = dir.resolve(name + ".xlsx");
        assertEquals(0, peg("consolidate", "--plan", planFile.toString(), "--in", in.toString(), "--at", at,
                "--out", xlsx.toString(), "--csv", dir.resolve(name + ".csv").toString()), stdout() + err);
        return xlsx;
    }

    // ------------------------------------------------------------------ deliveries and coverage

    @Test
    void aBlankSchedaIsNotADelivery() throws IOException {
        Path xlsx = consolidate(plan, "31/12/2027", "riepilogo");
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet servizi = wb.getSheet("Servizi");
            assertEquals("non compilata", text(servizi, "DEM", "Stato consegna"));
            assertEquals("", text(servizi, "DEM", "Puntualità"), "a blank scheda is neither on time nor late");
            assertTrue(blank(servizi, "DEM", "Punteggio"));
            XSSFSheet sintesi = wb.getSheet("Sintesi");
            assertEquals(0, labelled(sintesi, "Schede complete").getNumericCellValue());
            assertEquals(3, labelled(sintesi, "Schede incomplete").getNumericCellValue());
            assertEquals(1, labelled(sintesi, "Schede non compilate").getNumericCellValue());
            assertEquals(0.75, labelled(sintesi, "Tasso di consegna (complete e incomplete / attese)")
                    .getNumericCellValue(), 1e-9);
            assertEquals(0.0, labelled(sintesi, "Tasso di completezza (complete / attese)").getNumericCellValue());
            assertEquals(0.75, labelled(sintesi, "Tasso di puntualità (puntuali / attese)").getNumericCellValue(), 1e-9);
            XSSFSheet anomalie = wb.getSheet("Anomalie");
            assertTrue(sheetText(anomalie).contains("La scheda non riporta alcun valore per la verifica al 31/12/2027:"
                    + " non vale come consegna. Compilare i valori della verifica e inviarla di nuovo."));
        }
        List<String> csv = Files.readAllLines(dir.resolve("riepilogo.csv"));
        assertTrue(csv.get(0).endsWith(",stato_consegna,fasi,obiettivo_a_rischio"), csv.get(0));
        assertEquals(1, csv.stream().filter(l -> l.startsWith("DEM,DEM1,DEM1A,") && l.contains(",2027-12-31,"))
                .filter(l -> l.endsWith(",non compilata,,NO")).count(), String.join("\n", csv));
    }

    @Test
    void aServiceWithAnEmptyObjectiveIsIncompleteAndNotScoredAsComplete() throws IOException {
        try (XSSFWorkbook wb = open(consolidate(plan, "31/12/2027", "riepilogo"))) {
            XSSFSheet servizi = wb.getSheet("Servizi");
            assertEquals("incompleta", text(servizi, "ANA", "Stato consegna"));
            assertEquals(1, number(servizi, "ANA", "Valori mancanti"));
            // non valutati: the score is over what was reported (ANA1), and says it covers half of the service
            assertEquals(1.0, number(servizi, "ANA", "Punteggio"), 1e-9);
            assertEquals(0.5, number(servizi, "ANA", "Copertura"), 1e-9);
            XSSFSheet obiettivi = wb.getSheet("Obiettivi");
            assertTrue(blank(obiettivi, "ANA2", "Punteggio"));
            assertEquals(0.0, number(obiettivi, "ANA2", "Copertura"));
        }
        try (XSSFWorkbook wb = open(consolidate(planZero, "31/12/2027", "riepilogo-zero"))) {
            // Valori mancanti = zero: the empty objective counts 0%
            assertEquals(0.0, number(wb.getSheet("Obiettivi"), "ANA2", "Punteggio"));
            assertEquals(0.5, number(wb.getSheet("Servizi"), "ANA", "Punteggio"), 1e-9);
            assertEquals(0.5, number(wb.getSheet("Servizi"), "ANA", "Copertura"), 1e-9);
        }
    }

    @Test
    void aMissingFinalValueLowersTheCoverageOfItsObjectiveAndOfItsService() throws IOException {
        try (XSSFWorkbook wb = open(consolidate(plan, "31/12/2027", "riepilogo"))) {
            assertEquals(0.5, number(wb.getSheet("Obiettivi"), "CIM1", "Copertura"), 1e-9);
            assertEquals(1.0, number(wb.getSheet("Obiettivi"), "CIM1", "Punteggio"), 1e-9);
            // the service was 100% before issue 17 as soon as its only objective had a score
            assertEquals(0.5, number(wb.getSheet("Servizi"), "CIM", "Copertura"), 1e-9);
            assertEquals("incompleta", text(wb.getSheet("Servizi"), "CIM", "Stato consegna"));
        }
    }

    @Test
    void tuttiWithAnUnreportedIndicatorIsNotReached() throws IOException {
        try (XSSFWorkbook wb = open(consolidate(plan, "31/12/2027", "riepilogo"))) {
            // BIB1A reached its target, BIB1B is empty: nothing can be said of "every indicator reaches its target"
            assertTrue(blank(wb.getSheet("Obiettivi"), "BIB1", "Punteggio"), "was 100% before issue 17");
            assertEquals(0.5, number(wb.getSheet("Obiettivi"), "BIB1", "Copertura"), 1e-9);
            assertTrue(blank(wb.getSheet("Servizi"), "BIB", "Punteggio"));
        }
        try (XSSFWorkbook wb = open(consolidate(planZero, "31/12/2027", "riepilogo-zero"))) {
            assertEquals(0.0, number(wb.getSheet("Obiettivi"), "BIB1", "Punteggio"));
        }
    }

    @Test
    void theEnteScoreStatesItsCoverageWhereverItIsShown() throws IOException {
        try (XSSFWorkbook wb = open(consolidate(plan, "31/12/2027", "riepilogo"))) {
            XSSFSheet sintesi = wb.getSheet("Sintesi");
            assertEquals(1.0, labelled(sintesi, "Punteggio complessivo").getNumericCellValue(), 1e-9);
            assertEquals("2 servizi valutati su 4 attesi (50%)",
                    labelled(sintesi, "Copertura del punteggio complessivo").getStringCellValue());
        }
        assertTrue(stdout().contains(String.format("%-12s %-36s %-19s %10s %10s  %-22s %s", "", "ENTE", "", "100,0%",
                "50,0%", "Raggiunto", "2 servizi valutati su 4 attesi (50%)")), stdout());
        consolidate(planZero, "31/12/2027", "riepilogo-zero");
        assertTrue(stdout().contains(String.format("%-12s %-36s %-19s %10s %10s  %-22s %s", "", "ENTE", "", "33,3%",
                "75,0%", "Non raggiunto", "3 servizi valutati su 4 attesi (75%)")), stdout());
    }

    // ------------------------------------------------------------------ validate --at

    @Test
    void validateAtTheFinalVerificaNamesEveryEmptyDueValueAndNothingElse() {
        assertEquals(0, peg("validate", "--plan", plan.toString(), "--at", "31/12/2027", in.toString()), stdout() + err);
        String o = stdout();
        assertFalse(o.contains("nessun problema"), o);
        assertTrue(o.startsWith("Verifica al 31/12/2027 (finale): si controllano i valori dovuti fino a questa verifica.\n"),
                o);
        String missing = "Manca il valore al 31/12/2027 (verifica finale): senza valore l'indicatore non viene valutato"
                + " e la scheda risulta incompleta. Compilare la cella. (atteso: un valore al 31/12/2027)";
        assertTrue(o.contains("  AVVISO [VALORE_MANCANTE] Scheda!I34 (ANA2A): " + missing + "\n"), o);
        assertTrue(o.contains("  AVVISO [VALORE_MANCANTE] Scheda!I23 (BIB1B): " + missing + "\n"), o);
        assertTrue(o.contains("  AVVISO [VALORE_MANCANTE] Scheda!I23 (CIM1B): " + missing + "\n"), o);
        assertTrue(o.contains("  AVVISO [SCHEDA_NON_COMPILATA] (DEM): La scheda non riporta alcun valore per la verifica"
                + " al 31/12/2027: non vale come consegna. Compilare i valori della verifica e inviarla di nuovo."
                + " (atteso: i valori della verifica al 31/12/2027)\n"), o);
        // the intermediate values of indicators reported only at the final verifica were owed to nobody
        assertFalse(o.contains("al 30/09/2027"), o);
        assertEquals(5, o.lines().filter(l -> l.startsWith("  AVVISO")).count(), o);
    }

    @Test
    void validateAtAnIntermediateVerificaAsksOnlyForTheValuesDueThere() {
        assertEquals(0, peg("validate", "--plan", plan.toString(), "--at", "2027-10-05", in.toString()), stdout() + err);
        String o = stdout();
        assertTrue(o.startsWith("Verifica al 30/09/2027: si controllano i valori dovuti fino a questa verifica.\n"), o);
        // ANA1A and CIM1A have a Target 30/09 and were reported; the other indicators are only monitored there
        assertTrue(o.contains("ANA - Anagrafe.xlsx: nessun problema"), o);
        assertTrue(o.contains("CIM - Cimiteri.xlsx: nessun problema"), o);
        assertTrue(o.contains("  AVVISO [SCHEDA_NON_COMPILATA] (BIB): La scheda non riporta alcun valore per la"
                + " verifica al 30/09/2027: non vale come consegna. Compilare i valori della verifica e inviarla di"
                + " nuovo. (atteso: i valori della verifica al 30/09/2027)\n"), o);
        assertFalse(o.contains("VALORE_MANCANTE"), o);
    }

    // ------------------------------------------------------------------ the Nucleo's columns

    @Test
    void consolidateNeverGivesTheNucleosJudgementToAnotherVerifica() throws Exception {
        Path summary = consolidate(plan, "31/12/2027", "riepilogo");
        python("/it/peg/summary/type_nucleo.py", summary.toString(), summary.toString(), "CIM1=70|Visti gli atti");
        String before = it.peg.io.Sha256.ofFile(summary);
        assertEquals(2, peg("consolidate", "--plan", plan.toString(), "--in", in.toString(), "--at", "30/09/2027",
                "--out", summary.toString()));
        assertEquals("Il riepilogo " + summary + " è della verifica al 31/12/2027 e contiene le valutazioni del"
                + " Nucleo per quella verifica: per la verifica al 30/09/2027 indicare un altro file con --out (es."
                + " riepilogo-0930.xlsx). Il file esistente non è stato modificato.", err.toString(StandardCharsets.UTF_8)
                .lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip());
        assertEquals(before, it.peg.io.Sha256.ofFile(summary));

        try (XSSFWorkbook wb = open(consolidate(plan, "30/09/2027", "riepilogo-0930"))) {
            XSSFSheet obiettivi = wb.getSheet("Obiettivi");
            assertTrue(blank(obiettivi, "CIM1", "Valutazione Nucleo %"));
            assertEquals("calcolato", text(obiettivi, "CIM1", "Fonte punteggio"));
            assertEquals("30/09/2027", text(obiettivi, "CIM1", "Verifica"));
        }
        // and the 31/12 summary consolidated again keeps them
        try (XSSFWorkbook wb = open(consolidate(plan, "31/12/2027", "riepilogo"))) {
            XSSFSheet obiettivi = wb.getSheet("Obiettivi");
            assertEquals(0.7, number(obiettivi, "CIM1", "Valutazione Nucleo %"), 1e-9);
            assertEquals("Nucleo", text(obiettivi, "CIM1", "Fonte punteggio"));
        }
    }

    @Test
    void mergeWritesOneSummaryPerVerificaAndKeepsTheEarlierOnesWithTheirNucleoColumns() throws Exception {
        Path work = dir.resolve("work");
        assertEquals(0, merge(work, "31/12/2027"), stdout() + err);
        assertTrue(Files.isRegularFile(work.resolve("riepilogo-1231.xlsx")));
        assertTrue(Files.isRegularFile(work.resolve("riepilogo-1231.csv")));
        assertEquals(it.peg.io.Sha256.ofFile(work.resolve("riepilogo.xlsx")),
                it.peg.io.Sha256.ofFile(work.resolve("riepilogo-1231.xlsx")));
        // the Nucleo judges CIM1 in the current summary, then the night is run for 30/09
        python("/it/peg/summary/type_nucleo.py", work.resolve("riepilogo.xlsx").toString(),
                work.resolve("riepilogo.xlsx").toString(), "CIM1=70|Visti gli atti");
        assertEquals(0, merge(work, "30/09/2027"), stdout() + err);
        for (String name : List.of("riepilogo.xlsx", "riepilogo-0930.xlsx")) {
            try (XSSFWorkbook wb = open(work.resolve(name))) {
                XSSFSheet obiettivi = wb.getSheet("Obiettivi");
                assertEquals("30/09/2027", text(obiettivi, "CIM1", "Verifica"), name);
                assertTrue(blank(obiettivi, "CIM1", "Valutazione Nucleo %"), name + ": the 31/12 judgement leaked");
                assertEquals("calcolato", text(obiettivi, "CIM1", "Fonte punteggio"), name);
            }
        }
        // kept as the Nucleo saved it (70 typed in a % cell), before the summary of 30/09 replaced it
        it.peg.summary.NucleoReadResult kept = it.peg.summary.NucleoColumnsReader.read(work.resolve("riepilogo-1231.xlsx"));
        assertEquals(Optional.of(java.time.LocalDate.of(2027, 12, 31)), kept.verifica());
        assertEquals(new it.peg.scoring.NucleoOverride("CIM1", Optional.of(new java.math.BigDecimal("0.7")),
                "Visti gli atti"), kept.overrides().get("CIM1"));
        assertTrue(Files.isRegularFile(work.resolve("riepilogo-0930.csv")));
        assertTrue(Files.isRegularFile(work.resolve("riepilogo-1231.csv")));
        // back at 31/12: the judgement kept in riepilogo-1231.xlsx is in the current summary again
        assertEquals(0, merge(work, "31/12/2027"), stdout() + err);
        try (XSSFWorkbook wb = open(work.resolve("riepilogo.xlsx"))) {
            assertEquals(0.7, number(wb.getSheet("Obiettivi"), "CIM1", "Valutazione Nucleo %"), 1e-9);
            assertEquals("Nucleo", text(wb.getSheet("Obiettivi"), "CIM1", "Fonte punteggio"));
        }
        try (XSSFWorkbook wb = open(work.resolve("riepilogo-0930.xlsx"))) {
            assertTrue(blank(wb.getSheet("Obiettivi"), "CIM1", "Valutazione Nucleo %"), "earlier verifica kept as it was");
        }
        // the Nucleo may type into the verifica's own file as well: the next night takes it
        python("/it/peg/summary/type_nucleo.py", work.resolve("riepilogo-1231.xlsx").toString(),
                work.resolve("riepilogo-1231.xlsx").toString(), "ANA1=90|Rivisto");
        assertEquals(0, merge(work, "31/12/2027"), stdout() + err);
        try (XSSFWorkbook wb = open(work.resolve("riepilogo.xlsx"))) {
            assertEquals(0.9, number(wb.getSheet("Obiettivi"), "ANA1", "Valutazione Nucleo %"), 1e-9);
            assertEquals(0.7, number(wb.getSheet("Obiettivi"), "CIM1", "Valutazione Nucleo %"), 1e-9);
        }
        assertEquals(it.peg.io.Sha256.ofFile(work.resolve("riepilogo.xlsx")),
                it.peg.io.Sha256.ofFile(work.resolve("riepilogo-1231.xlsx")));
    }

    private int merge(Path work, String at) {
        return peg("merge", "--plan", plan.toString(), "--inbox", in.toString(), "--work", work.toString(), "--at", at);
    }

    // ------------------------------------------------------------------ phases

    @Test
    void phaseStatesReachTheSummaryAndTheCsvWithLatePhasesAndTheObjectiveAtRisk() throws IOException {
        try (XSSFWorkbook wb = open(consolidate(plan, "31/12/2027", "riepilogo"))) {
            XSSFSheet fasi = wb.getSheet("Fasi");
            assertEquals(List.of("Servizio", "Obiettivo", "Fase", "Descrizione", "Mesi", "Stato al 30/09",
                    "Stato al 31/12", "In ritardo", "Obiettivo a rischio"), rowText(fasi.getRow(0)));
            assertEquals(List.of("CIM", "CIM1", "A", "Progetto esecutivo", "GEN-MAR", "In corso, in ritardo",
                    "Completata", "", "SI"), rowText(fasi.getRow(1)));
            assertEquals(List.of("CIM", "CIM1", "B", "Collaudo", "OTT-DIC", "Da avviare", "In corso, in ritardo",
                    "in ritardo: non completata (mesi OTT-DIC)", "SI"), rowText(fasi.getRow(2)));
            XSSFSheet obiettivi = wb.getSheet("Obiettivi");
            assertEquals("SI", text(obiettivi, "CIM1", "A rischio"));
            assertEquals("B: non completata (mesi OTT-DIC)", text(obiettivi, "CIM1", "Fasi in ritardo"));
            assertEquals("", text(obiettivi, "ANA1", "A rischio"));
        }
        List<String> csv = Files.readAllLines(dir.resolve("riepilogo.csv"));
        assertTrue(csv.contains("CIM,CIM1,CIM1A,Loculi realizzati,,,100,numero,50,crescente,NO,2027-09-30,120,,,,,"
                + "verifica precedente,,,,CIM - Cimiteri.xlsx!Scheda!I20,,\"A: In corso, in ritardo; B: Da avviare\","),
                String.join("\n", csv));
        assertTrue(csv.contains("CIM,CIM1,CIM1A,Loculi realizzati,,,200,numero,50,crescente,NO,2027-12-31,210,,,1,"
                + "Raggiunto,valutato,valore 210 rispetto al target 200: 210/200 = 105% → tetto 100%,,,"
                + "CIM - Cimiteri.xlsx!Scheda!I21,incompleta,\"A: Completata; B: In corso, in ritardo\",SI"),
                String.join("\n", csv));

        try (XSSFWorkbook wb = open(consolidate(plan, "30/09/2027", "riepilogo-0930"))) {
            // at 30/09 phase A (GEN-MAR) is late: the objective is at risk already then
            assertEquals("A: non completata (mesi GEN-MAR)", text(wb.getSheet("Obiettivi"), "CIM1", "Fasi in ritardo"));
            assertEquals("SI", text(wb.getSheet("Obiettivi"), "CIM1", "A rischio"));
            assertEquals(List.of("Servizio", "Obiettivo", "Fase", "Descrizione", "Mesi", "Stato al 30/09",
                    "In ritardo", "Obiettivo a rischio"), rowText(wb.getSheet("Fasi").getRow(0)));
        }
    }

    /**
     * The same through LibreOffice Calc (it-IT), typed with real key events by the lo-rig: the office types CIM's
     * values and phase states, the Nucleo types "70%" into the 31/12 summary.
     */
    @Test
    void typedInLibreOfficePhasesReachTheSummaryAndTheNucleosJudgementStaysWithItsVerifica() throws Exception {
        it.peg.testutil.LibreOffice.require();
        Path inbox = Files.createDirectories(dir.resolve("consegne-lo"));
        for (String name : List.of("ANA - Anagrafe.xlsx", "BIB - Biblioteca.xlsx", "DEM - Demanio.xlsx")) {
            Files.copy(in.resolve(name), inbox.resolve(name));
        }
        Path cim = inbox.resolve("CIM - Cimiteri.xlsx");
        rig(shared.resolve("generate").resolve("CIM - Cimiteri.xlsx"), cim, "{\"IN_CIM1A_0930\": \"120\","
                + " \"IN_CIM1A_1231\": \"210\", \"FASE_CIM1_A_0930\": \"In corso\", \"FASE_CIM1_B_0930\":"
                + " \"Da avviare\", \"FASE_CIM1_A_1231\": \"Completata\", \"FASE_CIM1_B_1231\": \"In corso\"}");
        Files.setLastModifiedTime(cim, FileTime.from(RECEIVED));

        Path summary = dir.resolve("riepilogo-lo.xlsx");
        assertEquals(0, peg("consolidate", "--plan", plan.toString(), "--in", inbox.toString(), "--at", "31/12/2027",
                "--out", summary.toString()), stdout() + err);
        try (XSSFWorkbook wb = open(summary)) {
            assertEquals(List.of("CIM", "CIM1", "B", "Collaudo", "OTT-DIC", "Da avviare", "In corso, in ritardo",
                    "in ritardo: non completata (mesi OTT-DIC)", "SI"), rowText(wb.getSheet("Fasi").getRow(2)));
            assertEquals("incompleta", text(wb.getSheet("Servizi"), "CIM", "Stato consegna"));
            assertEquals(0.5, number(wb.getSheet("Servizi"), "CIM", "Copertura"), 1e-9);
        }
        // CIM1 is the 4th objective: row 5; Valutazione Nucleo % is column O, a % cell where Calc adds the "%"
        // itself as the first digit is typed (LIBREOFFICE-FACTS.md): the Nucleo types 70
        Path judged = dir.resolve("riepilogo-lo-nucleo.xlsx");
        rig(summary, judged, "{\"Obiettivi!O5\": \"70\"}");
        Files.move(judged, summary, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(2, peg("consolidate", "--plan", plan.toString(), "--in", inbox.toString(), "--at", "30/09/2027",
                "--out", summary.toString()));
        try (XSSFWorkbook wb = open(consolidate(plan, "30/09/2027", "riepilogo-lo-0930"))) {
            assertTrue(blank(wb.getSheet("Obiettivi"), "CIM1", "Valutazione Nucleo %"));
        }
        assertEquals(0, peg("consolidate", "--plan", plan.toString(), "--in", inbox.toString(), "--at", "31/12/2027",
                "--out", summary.toString()), stdout() + err);
        try (XSSFWorkbook wb = open(summary)) {
            assertEquals(0.7, number(wb.getSheet("Obiettivi"), "CIM1", "Valutazione Nucleo %"), 1e-9);
            assertEquals("Nucleo", text(wb.getSheet("Obiettivi"), "CIM1", "Fonte punteggio"));
        }
    }

    /** Types {@code fillJson} into {@code from} with LibreOffice's keyboard (lo-rig keys mode), saving {@code to}. */
    private void rig(Path from, Path to, String fillJson) throws Exception {
        Path json = Files.writeString(dir.resolve("fill-" + to.getFileName() + ".json"), fillJson);
        Path fill = Path.of("..", "shared", "lo-rig", "fill.py").toAbsolutePath().normalize();
        Process proc = new ProcessBuilder(PYTHON.toString(), fill.toString(), "--mode", "keys", from.toString(),
                to.toString(), json.toString()).redirectErrorStream(true).start();
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(300, TimeUnit.SECONDS), "fill.py did not end");
        assertEquals(0, proc.exitValue(), output);
    }

    // ------------------------------------------------------------------ reading the summary

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            return new XSSFWorkbook(s);
        }
    }

    private static Cell cell(XSSFSheet sheet, String code, String header) {
        Row head = sheet.getRow(0);
        int col = -1;
        for (Cell c : head) {
            if (c.getStringCellValue().equals(header)) {
                col = c.getColumnIndex();
            }
        }
        assertTrue(col >= 0, "no column " + header + " in " + sheet.getSheetName());
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(0) != null && code.equals(r.getCell(0).getStringCellValue())) {
                Cell c = r.getCell(col);
                return c == null ? r.createCell(col) : c;
            }
        }
        throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
    }

    private static String text(XSSFSheet sheet, String code, String header) {
        Cell c = cell(sheet, code, header);
        return c.getCellType() == CellType.BLANK ? "" : c.getStringCellValue();
    }

    private static double number(XSSFSheet sheet, String code, String header) {
        return cell(sheet, code, header).getNumericCellValue();
    }

    private static boolean blank(XSSFSheet sheet, String code, String header) {
        return cell(sheet, code, header).getCellType() == CellType.BLANK;
    }

    private static Cell labelled(XSSFSheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && label.equals(c.getStringCellValue())) {
                return r.getCell(1);
            }
        }
        throw new AssertionError("no " + label + " in " + sheet.getSheetName());
    }

    private static List<String> rowText(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null || cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    sb.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
