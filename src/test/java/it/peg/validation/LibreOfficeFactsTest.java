package it.peg.validation;

import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.readback.CellKind;
import it.peg.readback.RawCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The table of /work/shared/LIBREOFFICE-FACTS.md (what Calc stores when an Italian user types), plus the
 * text an Excel user or a paste leaves: each stored form, in the input cell of an indicator of the right
 * kind, gives exactly this value, or exactly this finding.
 */
class LibreOfficeFactsTest {
    private static final Plan PLAN = TestPlan.plan();
    private static final Verifica AT = TestPlan.V1231;

    private static RawCell num(double n, String format, boolean date) {
        return new RawCell("x", "A1", CellKind.NUMBER, "", Optional.of(n), format, date, Optional.empty());
    }

    private static RawCell text(String t) {
        return new RawCell("x", "A1", CellKind.TEXT, t, Optional.empty(), "General", false, Optional.empty());
    }

    private static RawCell bool(boolean b) {
        return new RawCell("x", "A1", CellKind.BOOLEAN, b ? "TRUE" : "FALSE", Optional.empty(), "General", false, Optional.empty());
    }

    private static NumberValue n(String v) {
        return new NumberValue(new BigDecimal(v));
    }

    private static final DateValue SEP30 = new DateValue(LocalDate.of(2018, 9, 30));

    /** indicator, what the file stores, expected value (or null), expected finding codes. */
    static Stream<Arguments> table() {
        return Stream.of(
                // typed `1.200` in a #,##0 or General cell: number 1200
                arguments("I.GG", num(1200, "#,##0", false), n("1200"), List.of()),
                arguments("I.GG", text("1.200"), n("1200"), List.of()),
                // `1,200` in General: number 1.2 (Calc); as text, read the Italian way with a warning
                arguments("I.GG", num(1.2, "General", false), n("1.2"), List.of()),
                arguments("I.GG", text("1,200"), n("1.2"), List.of(FindingCode.VALORE_INTERPRETATO.code())),
                arguments("I.GG", num(3.5, "#,##0.00", false), n("3.5"), List.of()),
                arguments("I.GG", text("3,5"), n("3.5"), List.of()),
                // `3.5` in General: Calc keeps the text
                arguments("I.GG", text("3.5"), n("3.5"), List.of(FindingCode.VALORE_INTERPRETATO.code())),
                arguments("I.GG", num(12, "0", false), n("12"), List.of()),
                arguments("I.GG", text("  12 "), n("12"), List.of()),
                arguments("I.GG", num(-1234.5, "#,##0.00", false), n("-1234.5"), List.of()),
                arguments("I.GG", text("-1.234,5"), n("-1234.5"), List.of()),
                arguments("I.GG", num(1234.56, "#,##0.00", false), n("1234.56"), List.of()),
                arguments("I.GG", text("€ 1.234,56"), n("1234.56"), List.of()),
                // `75%` in a 0% cell: text 75%% (the pre-filled % doubled)
                arguments("I.PCT", text("75%%"), n("0.75"), List.of()),
                arguments("I.PCT", text("75%"), n("0.75"), List.of()),
                arguments("I.PCT", text("75 %"), n("0.75"), List.of()),
                arguments("I.PCT", num(0.75, "0.0%", false), n("0.75"), List.of()),
                arguments("I.PCT", text("0,8"), n("0.8"), List.of()),
                arguments("I.PCT", num(75, "General", false), null, List.of(FindingCode.PERCENTUALE_FUORI_INTERVALLO.code())),
                // a scheda's percent cell ([<=1]0.0%;0.0"%", LibreOffice saves the literal as \%): `88` and `93,5`
                // typed are points, `88%` the fraction, each shown as peg reads it (trial of issue 17)
                arguments("I.PCT", num(88, "[<=1]0.0%;0.0\"%\"", false), n("0.88"), List.of()),
                arguments("I.PCT", num(93.5, "[<=1]0.0%;0.0\\%", false), n("0.935"), List.of()),
                arguments("I.PCT", num(0.88, "[<=1]0.0%;0.0\\%", false), n("0.88"), List.of()),
                arguments("I.PCT", num(1, "[<=1]0.0%;0.0\\%", false), n("1"), List.of()),
                arguments("I.QUAL", num(80, "[<=1]0.0%;0.0\\%", false), new ProgressValue(new BigDecimal("0.8")), List.of()),
                arguments("I.QUAL", text("100%%"), new ProgressValue(new BigDecimal("1.00")), List.of()),
                arguments("I.QUAL", num(0.5, "0%", false), new ProgressValue(new BigDecimal("0.5")), List.of()),
                // `30/09/2018`, `30/9/18`: date serial 43373
                arguments("I.DATA", num(43373, "dd/mm/yyyy", true), SEP30, List.of()),
                arguments("I.DATA", text("30/09/2018"), SEP30, List.of()),
                arguments("I.DATA", text("30/9/18"), SEP30, List.of()),
                arguments("I.DATA", text("30.09.2018"), SEP30, List.of()),
                arguments("I.DATA", num(43373, "General", false), SEP30, List.of(FindingCode.VALORE_INTERPRETATO.code())),
                arguments("I.DATA", text("31/02/2018"), null, List.of(FindingCode.DATA_INESISTENTE.code())),
                arguments("I.DATA", text("fatto"), null, List.of(FindingCode.DATA_NON_VALIDA.code())),
                arguments("I.DATA", bool(true), null, List.of(FindingCode.DATA_NON_VALIDA.code())),
                // `VERO` in General: a boolean cell; `SI` stays text
                arguments("I.SINO", bool(true), new YesNoValue(true), List.of()),
                arguments("I.SINO", bool(false), new YesNoValue(false), List.of()),
                arguments("I.SINO", text("SI"), new YesNoValue(true), List.of()),
                arguments("I.SINO", text("Sì"), new YesNoValue(true), List.of()),
                arguments("I.SINO", text(" si "), new YesNoValue(true), List.of()),
                arguments("I.SINO", text("VERO"), new YesNoValue(true), List.of()),
                arguments("I.SINO", text("FALSO"), new YesNoValue(false), List.of()),
                arguments("I.SINO", text("No"), new YesNoValue(false), List.of()),
                // `Si` with `Sicilia` above: AutoInput stores Sicilia
                arguments("I.SINO", text("Sicilia"), null, List.of(FindingCode.SI_NO_NON_VALIDO.code())),
                arguments("I.SINO", text("forse"), null, List.of(FindingCode.SI_NO_NON_VALIDO.code())),
                // `n.d.`: text
                arguments("I.GG", text("n.d."), null, List.of(FindingCode.VALORE_NON_NUMERICO.code())),
                arguments("I.GG", text("circa 10"), null, List.of(FindingCode.VALORE_NON_NUMERICO.code())),
                // `12:30`: a time, 0.520833 in a time format, is no number of days worth keeping silently
                arguments("I.DATA", num(0.520833, "hh:mm", true), null, List.of(FindingCode.DATA_NON_VALIDA.code())),
                // `=SOMMA(B3;B7)`: the cached value counts
                arguments("I.GG", new RawCell("x", "A1", CellKind.NUMBER, "", Optional.of(-9.0), "General", false,
                        Optional.of("SUM(B3,B7)")), n("-9"), List.of()),
                arguments("I.GG", new RawCell("x", "A1", CellKind.ERROR, "#DIV/0!", Optional.empty(), "General", false,
                        Optional.of("B3/0")), null, List.of(FindingCode.ERRORE_FORMULA.code())));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @MethodSource("table")
    void storedFormGivesValueOrFinding(String indicator, RawCell stored, ReportedValue expected, List<String> codes) {
        String name = it.peg.domain.InputNames.value(indicator, AT);
        // a cause is written so that the gap check stays out of this table (it has its own tests)
        Wb wb = Wb.of(PLAN, "S01").raw(name, stored).text(it.peg.domain.InputNames.cause(indicator, AT), "causa");
        ValidationResult r = new SubmissionValidator(LocalDate.of(2018, 1, 10)).validate(PLAN, wb.build());
        assertEquals(codes, r.findings().stream().map(Finding::code).toList(), () -> r.findings().toString());
        Optional<ReportedValue> value = r.submission().orElseThrow().indicator(indicator, AT.date()).orElseThrow().value();
        if (expected == null) {
            assertTrue(value.isEmpty(), () -> "value " + value);
        } else {
            assertTrue(value.isPresent(), "no value");
            assertEquals(normal(expected), normal(value.get()));
        }
    }

    /** Compares numbers by value, not scale (1200 and 1200.0 are the same reading). */
    private static Object normal(ReportedValue v) {
        if (v instanceof NumberValue nv) {
            return nv.value().stripTrailingZeros();
        }
        if (v instanceof ProgressValue p) {
            return "progress " + p.fraction().stripTrailingZeros();
        }
        return v;
    }
}
