package it.peg.cli;

import it.peg.domain.InputNames;
import it.peg.validation.SchedaFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, "Noise": what consolidate prints at each verbosity. By default one line per service of the plan and one
 * per file that is not a service's delivery, plus title, heading, ENTE and summary; with -q only the ERRORE lines
 * and the summary; with -v every finding as well. {@link ConsolidateThousandIT} runs it over 1,000 workbooks.
 */
class ConsolidateConsoleTest {
    static final int SERVICES = 30;

    @TempDir
    static Path dir;
    static ManySchede schede;
    static String badCell;

    /** 30 services: S0003 typed "n.d.", S0005 sent nothing, and someone left a leggimi.txt among the schede. */
    @BeforeAll
    static void schede() throws Exception {
        schede = new ManySchede(dir, SERVICES);
        var fin = schede.plan.settings().finalVerifica();
        SchedaFixture bad = new SchedaFixture(schede.plan, "S0003").set(InputNames.value("I0003", fin), "n.d.")
                .set(InputNames.value("I0003", schede.plan.settings().verifiche().get(0)), 300.0);
        bad.write(schede.in.resolve("S0003.xlsx"));
        badCell = bad.cellOf(InputNames.value("I0003", fin));
        Files.delete(schede.in.resolve("S0005.xlsx"));
        Files.writeString(schede.in.resolve("leggimi.txt"), "istruzioni per gli uffici");
    }

    private static String error() {
        return "ERRORE [VALORE_NON_NUMERICO] Scheda!" + badCell + " (I0003): Il valore non è un numero: scrivere solo la"
                + " cifra (es. 1.200 oppure 3,5), senza testo come 'circa' o 'n.d.'; se il dato non è disponibile lasciare"
                + " la cella vuota e spiegarlo nelle cause di scostamento. (trovato: 'n.d.'; atteso: un numero, es. 1.200"
                + " o 3,5)";
    }

    @Test
    void byDefaultOneLinePerServiceAndPerOtherFile() {
        Path out = dir.resolve("riepilogo.xlsx");
        CliRun r = schede.consolidate(out);
        assertEquals(1, r.exit, r.toString());
        List<String> lines = r.outLines();
        assertEquals(SERVICES + 1 + 4, lines.size(), "one line per service, one for leggimi.txt, four more");
        assertEquals("S0003        Servizio 0003                        incompleta                   -       0,0%"
                + "                         1 errore, 0 avvisi", lines.get(4));
        assertEquals("S0005        Servizio 0005                        mancante                     -       0,0%", lines.get(6));
        // not a scheda: an AVVISO that says so, nobody's error (trial of issue 17)
        assertEquals("leggimi.txt: scartato; 0 errori, 1 avviso", lines.get(SERVICES + 3));
        assertEquals("Riepilogo scritto in " + out + " (30 file letti, 1 errore, 1 avviso). Dettagli nel foglio Anomalie"
                + " del riepilogo o con -v.", lines.get(lines.size() - 1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("[VALORE_NON_NUMERICO]")), "details are in Anomalie");
    }

    /**
     * consolidate makes its report as one text beside the writers ({@link ConsolidateReport#text}) and prints it at
     * once: at every verbosity it is what printing it line by line prints, and nothing of it goes to stderr.
     */
    @Test
    void theReportMadeAsOneTextIsWhatPrintingItLineByLinePrints() throws Exception {
        var plan = schede.plan;
        var verifica = plan.settings().finalVerifica();
        var consolidator = Pipeline.consolidator(verifica);
        var listing = it.peg.consolidate.InputFolders.scan(List.of(schede.in));
        var inputs = it.peg.consolidate.InputFolders.inputFiles(listing);
        var result = consolidator.combine(plan, verifica, consolidator.assessAll(plan, verifica, inputs, 1, done -> {
        }), java.util.Map.of()).withFindingsFirst(listing.skipped().stream()
                .map(it.peg.consolidate.InputFolders.Skipped::finding).toList());
        Path out = dir.resolve("riepilogo-è.xlsx");
        for (Console.Verbosity verbosity : Console.Verbosity.values()) {
            var printed = new java.io.ByteArrayOutputStream();
            var problems = new java.io.ByteArrayOutputStream();
            ConsolidateReport.print(result, out, inputs.size(), new Console(new java.io.PrintStream(printed, true,
                    java.nio.charset.StandardCharsets.UTF_8), new java.io.PrintStream(problems, true), verbosity, false));
            String text = ConsolidateReport.text(result, out, inputs.size(), verbosity);
            assertEquals(printed.toString(java.nio.charset.StandardCharsets.UTF_8), text, verbosity.toString());
            assertEquals(0, problems.size(), verbosity.toString());
            assertTrue(text.contains("Riepilogo scritto in " + out), text);
        }
    }

    @Test
    void quietPrintsOnlyTheErrorLinesAndTheSummary() {
        Path out = dir.resolve("quiet.xlsx");
        CliRun r = schede.consolidate(out, "-q");
        assertEquals(1, r.exit);
        assertEquals(List.of(
                "S0003.xlsx: " + error(),
                "Riepilogo scritto in " + out + " (30 file letti, 1 errore, 1 avviso). Dettagli nel foglio Anomalie"
                        + " del riepilogo."), r.outLines());
        assertEquals("", r.err);
    }

    @Test
    void quietMergeNamesEachFileWithABlockingFinding() throws Exception {
        // regression (trial of issue 17): merge -q printed only its counts, so a cron mail named no file
        Path inbox = Files.createDirectories(dir.resolve("inbox-merge"));
        try (var files = Files.list(schede.in)) {
            for (Path f : files.toList()) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
        }
        CliRun r = CliRun.run("merge", "--plan", schede.planFile.toString(), "--inbox", inbox.toString(), "--work",
                dir.resolve("lavoro-merge").toString(), "--at", "31/12/2027", "-q");
        assertEquals(1, r.exit, r.toString());
        List<String> lines = r.outLines();
        assertEquals(2, lines.size(), r.toString());
        assertEquals("S0003.xlsx: " + error(), lines.get(0));
        assertTrue(lines.get(1).startsWith("merge 31/12/2027: 30 file nella cartella"), lines.get(1));
    }

    @Test
    void verbosePrintsEveryFindingGroupedByFileBeforeTheTable() {
        Path out = dir.resolve("verbose.xlsx");
        CliRun r = schede.consolidate(out, "-v");
        assertEquals(1, r.exit);
        List<String> lines = r.outLines();
        assertEquals(List.of("S0003.xlsx: 1 errore, 0 avvisi", "  " + error()), lines.subList(0, 2));
        assertEquals("Riepilogo scritto in " + out + " (30 file letti, 1 errore, 1 avviso).", lines.get(lines.size() - 1));
    }
}
