package it.peg.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression: a plan whose relative target takes its baseline from last year's summary could not run as the nightly
 * merge. Its reading told the user to give the summary with {@code --previous}, which merge did not accept. Now
 * merge takes {@code --previous} as consolidate does, and a night with another summary (or with none) reads the plan
 * again: never a quiet night, nor a cached plan, on the baselines an earlier summary gave.
 */
class MergePreviousTest {
    @TempDir
    Path dir;
    private Path plan;
    private Path previous;
    private Path inbox;
    private Path work;

    /**
     * A plan whose FI01 target is relative and has no baseline, last year's summary giving it 200, an empty inbox and
     * a work folder not made yet.
     */
    private void withLastYearsSummary() throws Exception {
        plan = RelativeTargetPlans.withoutFi01Baseline(dir);
        previous = RelativeTargetPlans.lastYearsSummary(dir.resolve("riepilogo-2025.xlsx"), 200.0);
        inbox = Files.createDirectories(dir.resolve("in"));
        work = dir.resolve("lavoro");
    }

    @Test
    void lastYearsSummaryGivesTheNightsTheirBaselinesAndAChangedOneIsReadAgain() throws Exception {
        withLastYearsSummary();

        CliRun without = night(plan, inbox, work);
        assertEquals(2, without.exit, without.toString());
        assertTrue(without.outLines().contains("  ERRORE [BASELINE_MANCANTE] Indicatori!D55 (FI01): Il target '+5%' è una"
                + " variazione rispetto al valore di partenza, ma l'indicatore non ne ha uno: scriverlo nella colonna"
                + " 'Baseline' di questa riga, oppure indicare il riepilogo dell'anno scorso con --previous, oppure"
                + " scrivere il target come numero (es. >= 210). (trovato: '+5%'; atteso: un valore di partenza nella"
                + " colonna Baseline)"), without::toString);

        CliRun first = night(plan, inbox, work, "--previous", previous.toString());
        assertEquals(0, first.exit, first.toString());
        assertTrue(lastLine(first).contains("riepilogo aggiornato"), first::toString);
        assertEquals(">= 210 (+5% su 200)", targetOf(work, "FI01"));

        CliRun quiet = night(plan, inbox, work, "--previous", previous.toString());
        assertEquals(0, quiet.exit, quiet.toString());
        assertTrue(lastLine(quiet).contains("riepilogo invariato"), quiet::toString);

        // last year's summary corrected: the same plan, another baseline
        RelativeTargetPlans.lastYearsSummary(previous, 300.0);
        CliRun corrected = night(plan, inbox, work, "--previous", previous.toString());
        assertEquals(0, corrected.exit, corrected.toString());
        assertTrue(lastLine(corrected).contains("riepilogo aggiornato"), corrected::toString);
        assertEquals(">= 315 (+5% su 300)", targetOf(work, "FI01"));

        // --previous left out of the schedule: the plan is read again and refused, not taken as last night's
        CliRun dropped = night(plan, inbox, work);
        assertEquals(2, dropped.exit, dropped.toString());
        assertTrue(dropped.out.contains("[BASELINE_MANCANTE] Indicatori!D55 (FI01)"), dropped::toString);
        assertEquals(">= 315 (+5% su 300)", targetOf(work, "FI01")); // a refused plan replaces nothing
    }

    /** The ledger says which summary gave a night its baselines: an ordinary night's RUN_START and a quiet one's. */
    @Test
    void runStartNamesLastYearsSummaryOnEveryNightThatHadOne() throws Exception {
        withLastYearsSummary();
        assertEquals(0, night(plan, inbox, work, "--previous", previous.toString()).exit);
        CliRun quiet = night(plan, inbox, work, "--previous", previous.toString());
        assertTrue(lastLine(quiet).contains("riepilogo invariato"), quiet::toString);
        assertEquals(2, night(plan, inbox, work).exit); // refused without it: its RUN_START has no previous

        List<java.util.Map<String, String>> starts = it.peg.merge.Ledger.read(work).of("RUN_START").stream()
                .map(it.peg.merge.LedgerEntry::fields).toList();
        assertEquals(3, starts.size());
        assertEquals(previous.toString(), starts.get(0).get("previous"));
        assertEquals(previous.toString(), starts.get(1).get("previous"));
        assertEquals(List.of("version", "plan", "inbox", "at", "previous"), List.copyOf(starts.get(1).keySet()));
        assertEquals(List.of("version", "plan", "inbox", "at"), List.copyOf(starts.get(2).keySet()));
    }

    @Test
    void theSummaryMergeRewritesIsNoBaseline() throws Exception {
        Path plan = RelativeTargetPlans.withoutFi01Baseline(dir);
        Path inbox = Files.createDirectories(dir.resolve("in"));
        Path work = Files.createDirectories(dir.resolve("lavoro"));
        for (String name : List.of("riepilogo.xlsx", "riepilogo-1231.xlsx")) {
            Path own = RelativeTargetPlans.lastYearsSummary(work.resolve(name), 200.0);
            CliRun r = night(plan, inbox, work, "--previous", own.toString());
            assertEquals(2, r.exit, r.toString());
            assertEquals(List.of("--previous indica " + own + ", un riepilogo che merge riscrive in " + work
                    + ": indicare il riepilogo dell'anno precedente, copiato fuori dalla cartella di lavoro (per esempio"
                    + " riepilogo-2025.xlsx)."), r.errLines(), r::toString);
            Files.delete(own);
        }
        // a summary of another year kept in the same folder is one
        Path kept = RelativeTargetPlans.lastYearsSummary(work.resolve("riepilogo-2025.xlsx"), 200.0);
        CliRun r = night(plan, inbox, work, "--previous", kept.toString());
        assertEquals(0, r.exit, r.toString());
        assertEquals(">= 210 (+5% su 200)", targetOf(work, "FI01"));
    }

    /**
     * Regression: {@code merge --at} is checked against the plan's year from the last night's manifest, without reading
     * the plan; that check looked the manifest up under the bare build while the nights stamped it with the seals' key
     * too, so with a key beside the plan every {@code --at} night read the whole plan once more before starting.
     */
    @Test
    void theAtCheckFindsTheManifestTheNightsStampWithTheKeyAndLastYearsSummary() throws Exception {
        withLastYearsSummary();
        it.peg.io.SealKeyFile.loadOrCreate(plan);
        assertEquals(0, night(plan, inbox, work, "--previous", previous.toString()).exit);
        org.apache.commons.cli.CommandLine line = new org.apache.commons.cli.DefaultParser().parse(
                new MergeCommand(s -> it.peg.merge.Stages.real()).options(), new String[] {"--plan", plan.toString(),
                    "--inbox", inbox.toString(), "--work", work.toString(), "--previous", previous.toString()});
        String identity = MergeCommand.identityOf(plan, line);
        assertTrue(identity.contains("+sigilli:") && identity.contains("+precedente:"), identity);
        assertTrue(it.peg.merge.QuietNight.atInPlanYear(work, plan, identity, java.time.LocalDate.of(2026, 12, 31)));
    }

    /**
     * Regression: merge took the identity of last year's summary (its SHA-256) when it started and read the file later,
     * when the night read the plan. A summary replaced in between (copied in while the night ran) had its baselines
     * stamped with the identity of the file it replaced: once that file was put back, the nights were quiet on the
     * baselines of the one read, never those of the file given. Now a summary that is not the one the night started
     * with stops the night (exit 2, nothing written): the next night reads it again.
     */
    @Test
    void aSummaryReplacedWhileTheNightRunsIsNotStampedWithTheIdentityOfTheOneItReplaced() throws Exception {
        withLastYearsSummary();
        // the night's stages are made once the night has started: the summary is replaced then
        MergeCommand replacing = new MergeCommand(seal -> {
            try {
                RelativeTargetPlans.lastYearsSummary(previous, 300.0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return it.peg.merge.Stages.real(seal);
        });
        CliRun during = CliRun.run(List.of(replacing), "merge", "--plan", plan.toString(), "--inbox", inbox.toString(),
                "--work", work.toString(), "--at", "31/12/2026", "--previous", previous.toString());
        assertEquals(2, during.exit, during.toString());
        assertEquals(List.of("Il riepilogo dell'anno precedente " + previous + " è cambiato mentre merge lo leggeva:"
                + " nessun file scritto. Rilanciare merge quando il file non viene più modificato."), during.errLines(),
                during::toString);
        assertTrue(Files.notExists(work.resolve("riepilogo.xlsx")));

        RelativeTargetPlans.lastYearsSummary(previous, 200.0); // the file the night started with, put back
        CliRun back = night(plan, inbox, work, "--previous", previous.toString());
        assertEquals(0, back.exit, back.toString());
        assertEquals(">= 210 (+5% su 200)", targetOf(work, "FI01"));
    }

    /**
     * Regression: a link to the summary merge rewrites in the work folder was taken as last year's summary (only the
     * name and the folder of the path given were compared): this year's values as baselines, another file every night.
     */
    @Test
    void aLinkToTheSummaryMergeRewritesIsNoBaselineEither() throws Exception {
        Path plan = RelativeTargetPlans.withoutFi01Baseline(dir);
        Path inbox = Files.createDirectories(dir.resolve("in"));
        Path work = Files.createDirectories(dir.resolve("lavoro"));
        RelativeTargetPlans.lastYearsSummary(work.resolve("riepilogo.xlsx"), 200.0);
        Path link = Files.createSymbolicLink(dir.resolve("riepilogo-2025.xlsx"), work.resolve("riepilogo.xlsx"));
        CliRun r = night(plan, inbox, work, "--previous", link.toString());
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of("--previous indica " + link + ", un riepilogo che merge riscrive in " + work
                + ": indicare il riepilogo dell'anno precedente, copiato fuori dalla cartella di lavoro (per esempio"
                + " riepilogo-2025.xlsx)."), r.errLines(), r::toString);
    }

    /**
     * Regression: a night refused because of last year's summary (missing, unreadable, without a value a relative
     * target needs) sent the user to {@code peg check --plan FILE} without {@code --previous}: a check that reports
     * other errors than the night's (every relative target without its baseline).
     */
    @Test
    void aPlanRefusedWithLastYearsSummaryIsCheckedWithIt() throws Exception {
        Path plan = RelativeTargetPlans.withoutFi01Baseline(dir);
        Path inbox = Files.createDirectories(dir.resolve("in"));
        Path work = dir.resolve("lavoro");
        Path missing = dir.resolve("riepilogo-2025.xlsx");
        CliRun r = night(plan, inbox, work, "--previous", missing.toString());
        assertEquals(2, r.exit, r.toString());
        assertEquals(List.of("merge: piano non valido, nessun file elaborato e riepilogo invariato (correggere il piano e"
                + " rilanciare). Vedere 'peg check --plan " + plan + " --previous " + missing + "'."), r.errLines(),
                r::toString);
    }

    private static CliRun night(Path plan, Path inbox, Path work, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("merge", "--plan", plan.toString(), "--inbox",
                inbox.toString(), "--work", work.toString(), "--at", "31/12/2026"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static String lastLine(CliRun r) {
        List<String> lines = r.outLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** The Target column of the summary's Indicatori row of {@code code}. */
    private static String targetOf(Path work, String code) throws Exception {
        try (InputStream in = Files.newInputStream(work.resolve("riepilogo.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Indicatori");
            Row head = sheet.getRow(0);
            int codeCol = -1;
            int targetCol = -1;
            for (int c = 0; c < head.getLastCellNum(); c++) {
                String h = head.getCell(c) == null ? "" : head.getCell(c).toString();
                codeCol = h.equals("Codice") && codeCol < 0 ? c : codeCol;
                targetCol = h.equals("Target") ? c : targetCol;
            }
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(codeCol) != null && code.equals(row.getCell(codeCol).toString())) {
                    return row.getCell(targetCol).getStringCellValue();
                }
            }
            throw new AssertionError(code + " not in the summary's Indicatori");
        }
    }
}
