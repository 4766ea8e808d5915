package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookFileNames;
import it.peg.generate.WorkbookTemplate;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.ScoreReport;
import it.peg.testutil.LoRig;
import it.peg.testutil.SourceForms;
import it.peg.validation.TypedReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 19: each source document's plan, generated with its comune's template (Firenze's, Serravalle's, Trezzo's),
 * filled by an office worker typing in LibreOffice Calc it-IT with real key events (the lo-rig's keys mode: AutoInput,
 * AutoCorrect, automatic %, validations on), read back as meant, and scored at the final verifica as computed by hand
 * ({@code <plan>-expected.csv}). Trezzo's form with its verifica intermedia filled in is scored at 30/06 with the
 * 30/06 weights and at 31/12 with the plan's.
 */
class SourceFormsIT {
    private static final BigDecimal EPS = new BigDecimal("1e-6");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"firenze-2017", "firenze-2021", "serravalle-2018", "trezzo-2022"})
    void typedIntoItsComunesTemplateAndScoredAsByHand(String name) throws Exception {
        Plan plan = SourceForms.plan(name);
        Path typed = typeEverything(plan, SourceForms.TEMPLATE_OF.get(name), name);
        ScoreReport scores = consolidate(plan, typed, plan.settings().finalVerifica());
        List<String> failures = new ArrayList<>();
        for (ExpectedCsv.Row row : ExpectedCsv.read("/plans/" + name + "-expected.csv")) {
            SourcePlansScoringIT.check(scores, row).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            fail(name + ": " + failures.size() + " rows differ from the hand computation:\n" + String.join("\n", failures));
        }
    }

    @Test
    void trezzoScoresEachVerificaWithItsOwnTargetsAndWeights() throws Exception {
        Plan plan = SourceForms.trezzoWithVerificaIntermedia();
        Path typed = typeEverything(plan, "trezzo", "trezzo-2022");
        Verifica june = plan.settings().verifiche().get(0);
        assertEquals(LocalDate.of(2022, 6, 30), june.date());
        ScoreReport atJune = consolidate(plan, typed, june);
        // 30/06: 9 of =>8 -> 1, 6 of =>10 -> 0,6, 3 of =4 -> 0,75, weighted 30/30/40; the deadline is only monitored
        assertScore(new BigDecimal("0.78"), atJune.objective("ASS_SOC_1").orElseThrow().computed());
        assertScore(new BigDecimal("0.4"), atJune.indicator("ASS_SOC_1_I3").orElseThrow().weight());
        // 3 of >=2 -> 1, 2 of >=4 -> 0,5, weighted 70/30 (the plan's 30/30 would give 0,75)
        assertScore(new BigDecimal("0.85"), atJune.objective("ASS_SOC_2").orElseThrow().computed());
        ScoreReport atYearEnd = consolidate(plan, typed, plan.settings().finalVerifica());
        assertScore(new BigDecimal("0.853571"), atYearEnd.objective("ASS_SOC_1").orElseThrow().computed());
        assertScore(new BigDecimal("0.925"), atYearEnd.objective("ASS_SOC_2").orElseThrow().computed());
        assertScore(new BigDecimal("0.25"), atYearEnd.indicator("ASS_SOC_1_I3").orElseThrow().weight());
    }

    private static void assertScore(BigDecimal expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent() && actual.get().subtract(expected).abs().compareTo(EPS) <= 0,
                () -> "expected " + expected + ", got " + actual);
    }

    /**
     * Generates the plan's scheda with the template, types every value of {@code <fill>-fill.csv} and, at each
     * intermediate verifica, SI/NO and a note for each objective, then checks that peg reads back what was meant.
     */
    private Path typeEverything(Plan plan, String template, String fill) throws Exception {
        LoRig.require();
        Service service = plan.services().get(0);
        Path blank = Files.createDirectories(dir.resolve("vuote")).resolve(WorkbookFileNames.of(service));
        Files.write(blank, new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty(), Optional.of(template),
                Path.of("."))).generate(plan, service));
        Path typed = Files.createDirectories(dir.resolve("consegne")).resolve(WorkbookFileNames.of(service));
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> meant = new LinkedHashMap<>();
        Map<String, InputKind> kinds = kinds(plan);
        for (FillCsv.Entry e : FillCsv.read(plan, "/plans/" + fill + "-fill.csv")) {
            keys.put(e.name(), keystrokes(e.value(), kinds.getOrDefault(e.name(), InputKind.NUMBER)));
            meant.put(e.name(), meant(e.value()));
        }
        boolean yes = true;
        for (Objective o : plan.objectivesOf(service.code())) {
            for (Verifica v : plan.settings().verifiche().stream().filter(v -> !v.isFinal()).toList()) {
                keys.put(InputNames.reachable(o.code(), v), yes ? "SI" : "NO");
                meant.put(InputNames.reachable(o.code(), v), yes ? "SI" : "NO");
                keys.put(InputNames.notes(o.code(), v), "Nessuna criticità al " + v.label());
                meant.put(InputNames.notes(o.code(), v), "Nessuna criticità al " + v.label());
                yes = !yes;
            }
        }
        TypedReadBack.typeAndReadBack(plan, blank, typed, keys, meant);
        return typed;
    }

    private static ScoreReport consolidate(Plan plan, Path file, Verifica at) {
        Instant onTime = at.due().orElse(at.date()).atStartOfDay(Consolidator.ZONE).toInstant();
        Consolidator c = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), at);
        FileAssessment a = c.assess(plan, new InputFile(file, file.getFileName().toString(), onTime));
        ConsolidationResult result = c.combine(plan, at, List.of(a), Map.of());
        List<Finding> errors = result.findings().stream().filter(Finding::isError).toList();
        assertEquals(List.of(), errors, "the typed scheda is valid at " + at.fullLabel());
        return result.scores();
    }

    /** The input kind of every value name: a percentage is typed with its sign, a number the Italian way. */
    private static Map<String, InputKind> kinds(Plan plan) {
        Map<String, InputKind> m = new HashMap<>();
        for (Indicator i : plan.indicators()) {
            for (Verifica v : plan.settings().verifiche()) {
                m.put(InputNames.value(i.code(), v), i.inputKind());
            }
        }
        return m;
    }

    private static String keystrokes(Object value, InputKind kind) {
        if (value instanceof LocalDate d) {
            return d.format(FillCsv.DMY);
        }
        if (value instanceof Double d) {
            BigDecimal b = BigDecimal.valueOf(d);
            if (kind == InputKind.PERCENT || kind == InputKind.PROGRESS) {
                return b.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
            }
            return b.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return value.toString();
    }

    /** What peg reads back: a text as AutoCorrect leaves it (the typed apostrophe becomes the typographic one). */
    private static String meant(Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString().replace('\'', '\u2019');
    }
}
