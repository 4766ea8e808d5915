package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.ScoreReport;
import it.peg.scoring.ScoreStatus;
import it.peg.scoring.ServiceScore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 4: for each of the four source-document plans, every generated scheda is filled with the values of
 * {@code <plan>-fill.csv} (through the contract's defined names, as an office would type them), consolidated
 * at the final verifica, and every indicator, objective and service is checked against the achievement
 * computed by hand in {@code <plan>-expected.csv}. One plan is written by openpyxl instead of POI.
 */
class SourcePlansScoringIT {
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"firenze-2017, poi", "firenze-2021, poi", "serravalle-2018, openpyxl", "trezzo-2022, poi"})
    void everyHandComputedAchievementIsReproduced(String name, String writer) throws Exception {
        scoreAsComputedByHand(dir, name, writer);
    }

    /**
     * Plan {@code /plans/<name>.xlsx} → generate → fill with {@code <name>-fill.csv} (POI or openpyxl) → consolidate at
     * the final verifica → every row of {@code <name>-expected.csv} equals the engine's result.
     */
    static void scoreAsComputedByHand(Path dir, String name, String writer) throws Exception {
        Plan plan = readPlan(name);
        Verifica last = plan.settings().finalVerifica();

        // Generate every scheda, fill it with every verifica's values, and deliver it.
        List<FillCsv.Entry> entries = FillCsv.read(plan, "/plans/" + name + "-fill.csv");
        Path in = Files.createDirectories(dir.resolve("consegne"));
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()));
        List<InputFile> files = new ArrayList<>();
        for (Service s : plan.services()) {
            Path file = generator.write(plan, s, in);
            List<FillCsv.Entry> own = entries.stream().filter(e -> e.service().equals(s.code())).toList();
            if (writer.equals("openpyxl")) {
                Offices.fillWithOpenpyxl(file, own);
            } else {
                Offices.fillWithPoi(file, own);
            }
            Instant onTime = last.due().orElse(last.date()).atStartOfDay(Consolidator.ZONE).toInstant();
            files.add(new InputFile(file, file.getFileName().toString(), onTime));
        }
        assertEquals(entries.size(), entries.stream().map(FillCsv.Entry::name).distinct().count(),
                "each defined name filled once");

        // The real consolidation at the final verifica.
        Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), last);
        List<FileAssessment> assessed = files.stream().map(f -> consolidator.assess(plan, f)).toList();
        ConsolidationResult result = consolidator.combine(plan, last, assessed, Map.of());
        List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
        assertTrue(errors.isEmpty(), () -> "the filled schede must be valid: " + errors);
        assertEquals(plan.services().size(), result.submissions().size(), "every service delivered a valid scheda");
        ScoreReport scores = result.scores();
        assertEquals(last, scores.verifica());

        List<ExpectedCsv.Row> expected = ExpectedCsv.read("/plans/" + name + "-expected.csv");
        assertEveryScoredElementHasARow(plan, expected);
        List<String> failures = new ArrayList<>();
        for (ExpectedCsv.Row row : expected) {
            assertEquals(last.date(), row.verifica(), () -> "expected rows are at the final verifica: " + row);
            check(scores, row).ifPresent(failures::add);
        }
        // Objectives without indicators (Firenze 2021's obiettivi collegati) have no score and no weight.
        plan.objectives().stream().filter(o -> plan.indicatorsOf(o.code()).isEmpty()).forEach(o -> {
            ObjectiveScore s = scores.objective(o.code()).orElseThrow();
            assertTrue(s.computed().isEmpty() && s.weight().isEmpty(), () -> "not scoreable: " + s);
        });
        if (!failures.isEmpty()) {
            fail(name + ": " + failures.size() + " rows differ from the hand computation:\n"
                    + String.join("\n", failures));
        }

        // No document sets an intermediate target: at the other verifiche every indicator is only monitored.
        for (Verifica v : plan.settings().verifiche().stream().filter(v -> !v.isFinal()).toList()) {
            Consolidator early = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), v);
            ScoreReport atV = early.combine(plan, v, files.stream().map(f -> early.assess(plan, f)).toList(), Map.of())
                    .scores();
            atV.indicators().forEach(i -> assertEquals(ScoreStatus.MONITORED, i.status(),
                    () -> i.indicatorCode() + " at " + v.fullLabel()));
            atV.services().forEach(s -> assertTrue(s.score().isEmpty(), () -> s + " has no score at " + v));
        }
    }

    private static Plan readPlan(String name) throws Exception {
        Path planFile = Path.of(SourcePlansScoringIT.class.getResource("/plans/" + name + ".xlsx").toURI());
        PlanReadResult read = PlanReader.read(planFile);
        assertTrue(read.isValid(), () -> name + " must read without ERRORE: " + read.findings());
        return read.plan().orElseThrow();
    }

    /** The fixture leaves nothing out: every indicator, every objective with indicators, every service. */
    private static void assertEveryScoredElementHasARow(Plan plan, List<ExpectedCsv.Row> expected) {
        Set<String> wanted = new HashSet<>();
        plan.indicators().stream().map(i -> "indicatore " + i.code()).forEach(wanted::add);
        plan.objectives().stream().filter(o -> !plan.indicatorsOf(o.code()).isEmpty())
                .map(o -> "obiettivo " + o.code()).forEach(wanted::add);
        plan.services().stream().map(s -> "servizio " + s.code()).forEach(wanted::add);
        List<String> rows = expected.stream().map(r -> r.level() + " " + r.code()).toList();
        assertEquals(rows.size(), new HashSet<>(rows).size(), "one row per element");
        assertEquals(wanted, new HashSet<>(rows), "expected rows = indicators + objectives with indicators + services");
    }

    /** A description of the difference, or empty when the engine agrees with the hand computation. */
    static Optional<String> check(ScoreReport scores, ExpectedCsv.Row row) {
        String status;
        Optional<BigDecimal> actual;
        String how;
        switch (row.level()) {
            case "indicatore" -> {
                IndicatorScore s = scores.indicator(row.code()).orElseThrow(() -> new AssertionError("no score: " + row));
                status = s.status().italian();
                actual = s.achievement();
                how = s.explanation();
            }
            case "obiettivo" -> {
                ObjectiveScore s = scores.objective(row.code()).orElseThrow(() -> new AssertionError("no score: " + row));
                status = s.computed().isPresent() ? "valutato" : "non valutato";
                actual = s.computed();
                if (!s.effective().equals(s.computed())) {
                    return Optional.of(row + ": no Nucleo override given, yet effective " + s.effective());
                }
                how = "copertura " + s.coverage().toPlainString();
            }
            case "servizio" -> {
                ServiceScore s = scores.service(row.code()).orElseThrow(() -> new AssertionError("no score: " + row));
                status = s.score().isPresent() ? "valutato" : "non valutato";
                actual = s.score();
                how = "copertura " + s.coverage().toPlainString();
            }
            default -> throw new AssertionError("unknown livello: " + row);
        }
        boolean sameStatus = status.equals(row.status());
        boolean sameValue = actual.isPresent() == row.achievement().isPresent() && actual.map(a ->
                a.subtract(row.achievement().get()).abs().compareTo(TOLERANCE) <= 0).orElse(true);
        if (sameStatus && sameValue) {
            return Optional.empty();
        }
        return Optional.of("expected " + row + "\n   engine   " + status + " "
                + actual.map(BigDecimal::toPlainString).orElse("-") + " [" + how + "]");
    }
}
