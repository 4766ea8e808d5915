package it.peg.validation;

import it.peg.domain.DataReport;
import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.NumberValue;
import it.peg.domain.Objective;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.PhaseReport;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.readback.ReadResult;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.testutil.LoRig;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test support for typing into generated schede: a source plan, its scheda as {@code peg generate} writes it from
 * the shipped template, and what peg reads back from a returned file, by input name, in one comparable form:
 * numbers plain ({@code 1234.5}, a percentage as its fraction), dates ISO, {@code SI}/{@code NO}, texts as they are.
 */
public final class TypedReadBack {
    private TypedReadBack() {
    }

    public static Plan plan(String name) {
        return PlanReader.read(Path.of("src/test/resources/plans", name + ".xlsx")).plan().orElseThrow();
    }

    /** The scheda of a service as generated from the shipped template (workbook-templates/scheda.xlsx). */
    public static Path scheda(Plan plan, String service, Path file) throws IOException {
        return scheda(plan, service, "", file);
    }

    /** The scheda of a service from a shipped template: "" the default, else firenze, serravalle or trezzo. */
    public static Path scheda(Plan plan, String service, String template, Path file) throws IOException {
        Path folder = template.isEmpty() ? Path.of("workbook-templates") : Path.of("workbook-templates", template);
        Files.write(file, new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.of(folder)))
                .generate(plan, plan.service(service).orElseThrow()));
        return file;
    }

    /** Reads and validates a returned file early in the year (nothing due: blank cells give no finding). */
    public static ValidationResult validate(Plan plan, Path file) {
        ReadResult read = new XlsxReturnedWorkbookReader().read(file);
        assertTrue(read.workbook().isPresent(), () -> "unreadable: " + read.findings());
        assertEquals(List.of(), read.findings().stream().filter(Finding::isError).toList());
        return new SubmissionValidator(LocalDate.of(plan.settings().year(), 1, 10)).validate(plan, read.workbook().get());
    }

    /** What typing a scheda gave: the rig's account of each cell, and peg's validation of the typed file. */
    public record Filled(LoRig.Typed typed, ValidationResult result) {
    }

    /**
     * Types {@code keys} (input name to keystrokes) into {@code blank} in LibreOffice with real key events (the
     * lo-rig's keys mode), saved as {@code out}; then checks that peg reads back each typed input as {@code meant}
     * (input name to the comparable form) and no other input filled. A failure shows the rig's report of every cell.
     */
    public static Filled typeAndReadBack(Plan plan, Path blank, Path out, Map<String, String> keys,
                                         Map<String, String> meant) throws Exception {
        LoRig.Typed t = LoRig.typeAll(blank, out, keys);
        ValidationResult r = validate(plan, out);
        Map<String, String> read = values(plan, r.submission().orElseThrow());
        Map<String, String> got = new LinkedHashMap<>();
        meant.keySet().forEach(n -> got.put(n, read.get(n)));
        assertEquals(meant, got, t::report);
        assertEquals(meant.keySet(), read.keySet(), "only the typed cells are filled");
        return new Filled(t, r);
    }

    /** No finding but the missing causes of values off their target (the typing tests type few causes). */
    public static void assertNoFindingButMissingCauses(ValidationResult r) {
        assertEquals(List.of(), r.findings().stream()
                .filter(f -> !f.code().equals(FindingCode.CAUSA_MANCANTE.code())).toList());
    }

    /** Every filled input of the submission by its defined name, in the comparable form. */
    public static Map<String, String> values(Plan plan, Submission s) {
        Map<String, String> m = new LinkedHashMap<>();
        int year = plan.settings().year();
        for (Objective o : plan.objectivesOf(s.serviceCode())) {
            for (Verifica v : plan.settings().verifiche()) {
                for (Indicator i : plan.indicatorsOf(o.code())) {
                    IndicatorReport r = s.indicator(i.code(), v.date()).orElseThrow();
                    r.value().ifPresent(value -> {
                        if (value instanceof RatioValue ratio) {
                            m.put(InputNames.numerator(i.code(), v), plain(ratio.numerator()));
                            m.put(InputNames.denominator(i.code(), v), plain(ratio.denominator()));
                        } else {
                            m.put(InputNames.value(i.code(), v), form(value));
                        }
                    });
                    if (!r.cause().isEmpty()) {
                        m.put(InputNames.cause(i.code(), v), r.cause());
                    }
                    assertTrue(i.inputKind() != InputKind.RATIO || r.value().isEmpty() || r.value().get() instanceof RatioValue);
                }
                if (!v.isFinal()) {
                    ObjectiveReport r = s.objective(o.code(), v.date()).orElseThrow();
                    r.reachable().ifPresent(b -> m.put(InputNames.reachable(o.code(), v), b ? "SI" : "NO"));
                    if (!r.notes().isEmpty()) {
                        m.put(InputNames.notes(o.code(), v), r.notes());
                    }
                }
            }
            List<String> keys = InputNames.phaseKeys(plan.phasesOf(o.code()));
            for (PhaseReport p : s.phases()) {
                if (p.objectiveCode().equals(o.code())) {
                    Verifica v = plan.settings().verifiche().stream().filter(x -> x.date().equals(p.verifica())).findFirst()
                            .orElseThrow();
                    assertTrue(keys.contains(p.phaseKey()));
                    p.state().ifPresent(st -> m.put(InputNames.phase(o.code(), p.phaseKey(), v), st.label()));
                }
            }
        }
        for (DataReport d : s.data()) {
            d.value().ifPresent(value -> m.put(InputNames.data(d.code(), year), plain(value)));
        }
        return m;
    }

    private static String form(ReportedValue value) {
        if (value instanceof NumberValue n) {
            return plain(n.value());
        }
        if (value instanceof ProgressValue p) {
            return plain(p.fraction());
        }
        if (value instanceof DateValue d) {
            return d.date().toString();
        }
        if (value instanceof YesNoValue y) {
            return y.yes() ? "SI" : "NO";
        }
        throw new IllegalArgumentException(value.toString());
    }

    static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
