package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.RatioValue;
import it.peg.domain.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A year, a date serial or a date-formatted number where a count goes, and 0,85% against a target of tens of
 * percent: what LibreOffice's AutoInput and automatic % leave for keystrokes that meant something else. Each is a
 * finding naming the cell, the value found and the likely intended one.
 */
class PlausibilityTest {
    private static final Plan PLAN = TestPlan.plan();
    private static final LocalDate EARLY = LocalDate.of(2018, 1, 10);

    /** The findings but the gap's missing cause, which every value short of its target also gets. */
    private static List<Finding> findings(Wb wb) {
        return withoutCause(new SubmissionValidator(EARLY).validate(PLAN, wb.build()).findings());
    }

    private static List<Finding> withoutCause(List<Finding> findings) {
        return findings.stream().filter(f -> !f.code().equals(FindingCode.CAUSA_MANCANTE.code())).toList();
    }

    private static Finding only(Wb wb) {
        List<Finding> f = findings(wb);
        assertEquals(1, f.size(), f::toString);
        return f.get(0);
    }

    private static void assertFinding(Finding f, Severity severity, String code, String cell, String subject,
                                      String value, String expected, String message) {
        assertEquals(List.of(severity, code, Wb.SHEET, cell, subject, value, expected, message),
                List.of(f.severity(), f.code(), f.sheet(), f.cell(), f.subject(), f.value(), f.expected(), f.message()));
    }

    @Test
    void aDateFormattedNumberNearThePlanYearIsRefusedWithTheDayAsTheLikelyNumber() {
        Wb w = Wb.of(PLAN, "S01").date("IN_I_NUM_1231", 43465);
        String cell = w.cellOf("IN_I_NUM_1231");
        var r = new SubmissionValidator(EARLY).validate(PLAN, w.build());
        assertEquals(1, r.findings().size(), r.findings()::toString);
        assertFinding(r.findings().get(0), Severity.ERRORE, FindingCode.NUMERO_IN_FORMATO_DATA.code(), cell, "I.NUM", "31/12/2018",
                "un numero (forse 31)", "La cella Scheda!" + cell + " mostra la data 31/12/2018, ma qui va un numero (letto"
                        + " così sarebbe 43.465, il numero di serie della data): forse intendevi 31? Il valore scritto è stato"
                        + " completato o letto come data. Riscrivere il numero; se la cella mostra ancora una data, annullare"
                        + " con Ctrl+Z e riscriverlo.");
        assertEquals(Optional.empty(), r.submission().orElseThrow().indicator("I.NUM", TestPlan.DEC).orElseThrow().value());
    }

    @Test
    void aSmallNumberInACellLeftWithADateFormatIsTheNumberWithAWarning() {
        Wb w = Wb.of(PLAN, "S01").date("IN_I_RAT_1231_DEN", 31);
        String cell = w.cellOf("IN_I_RAT_1231_DEN");
        w.number("IN_I_RAT_1231_NUM", 1300);
        var r = new SubmissionValidator(EARLY).validate(PLAN, w.build());
        assertEquals(1, withoutCause(r.findings()).size(), r.findings()::toString);
        assertFinding(withoutCause(r.findings()).get(0), Severity.AVVISO, FindingCode.NUMERO_IN_FORMATO_DATA.code(), cell, "I.RAT", "31/01/1900", "31",
                "La cella Scheda!" + cell + " è formattata come data e mostra 31/01/1900: letto il numero 31. Se il numero"
                        + " non è quello giusto, riscriverlo.");
        assertEquals(Optional.of(new RatioValue(new BigDecimal("1300.0"), new BigDecimal("31.0"))),
                r.submission().orElseThrow().indicator("I.RAT", TestPlan.DEC).orElseThrow().value());
    }

    @Test
    void aDateFormattedDataRowValueIsRefusedToo() {
        Wb w = Wb.of(PLAN, "S01").date("DATO_D1_2018", 43373);
        Finding f = only(w);
        assertEquals(List.of(Severity.ERRORE, FindingCode.NUMERO_IN_FORMATO_DATA.code(), "D1", "30/09/2018", "un numero (forse 30)"),
                List.of(f.severity(), f.code(), f.subject(), f.value(), f.expected()));
    }

    @Test
    void aYearWhereTheTargetIsDaysIsReportedWithTheDigitsLikelyTyped() {
        Wb w = Wb.of(PLAN, "S01").number("IN_I_GG_1231", 2018);
        String cell = w.cellOf("IN_I_GG_1231");
        assertFinding(only(w), Severity.AVVISO, FindingCode.VALORE_COME_ANNO_O_DATA.code(), cell, "I.GG", "2.018",
                "un valore dell'ordine di 7", "Il valore 2.018 nella cella Scheda!" + cell + " sembra un anno, non un valore"
                        + " dell'indicatore I.GG (target non oltre -7): forse intendevi 2 o 20? Il completamento automatico di"
                        + " LibreOffice completa le cifre scritte con i testi della stessa colonna. Controllare e riscrivere il"
                        + " valore; se è giusto, ignorare questo avviso.");
    }

    @Test
    void aDateSerialInARatioNumeratorIsReportedWithTheDay() {
        Wb w = Wb.of(PLAN, "S01").number("IN_I_RAT_1231_NUM", 43465).number("IN_I_RAT_1231_DEN", 3);
        String cell = w.cellOf("IN_I_RAT_1231_NUM");
        assertFinding(only(w), Severity.AVVISO, FindingCode.VALORE_COME_ANNO_O_DATA.code(), cell, "I.RAT", "43.465",
                "un valore dell'ordine di 1.200", "Il valore 43.465 nella cella Scheda!" + cell + " è la data 31/12/2018"
                        + " come numero di serie, non un valore dell'indicatore I.RAT (target 1200/3): forse intendevi 31? Il"
                        + " valore scritto è stato completato o letto come data. Controllare e riscrivere il valore; se è"
                        + " giusto, ignorare questo avviso.");
    }

    @Test
    void thePreviousVerificaSetsTheMagnitudeToo() {
        Wb w = Wb.of(PLAN, "S01").number("IN_I_RAT_0930_NUM", 40).number("IN_I_RAT_0930_DEN", 2)
                .number("IN_I_RAT_1231_NUM", 45).number("IN_I_RAT_1231_DEN", 2018);
        Finding f = only(w);
        assertEquals(List.of(FindingCode.VALORE_COME_ANNO_O_DATA.code(), w.cellOf("IN_I_RAT_1231_DEN"), "2.018", "un valore dell'ordine di 3"),
                List.of(f.code(), f.cell(), f.value(), f.expected()));
        assertEquals(true, f.message().contains("(target 1200/3; valore al 30/09: 2)"), f.message());
    }

    @Test
    void aYearNearTheTargetsMagnitudeIsNoFinding() {
        Wb w = Wb.of(PLAN, "S01").number("IN_I_NUM_1231", 2018).number("IN_I_RAT_1231_NUM", 2018)
                .number("IN_I_RAT_1231_DEN", 2);
        assertEquals(List.of(), findings(w));
        assertEquals(Optional.of(new NumberValue(new BigDecimal("2018.0"))), new SubmissionValidator(EARLY)
                .validate(PLAN, w.build()).submission().orElseThrow().indicator("I.NUM", TestPlan.DEC).orElseThrow().value());
    }

    @Test
    void aPercentUnderOneAgainstATargetOfTensOfPercentAsksWhether85WasMeant() {
        Wb w = Wb.of(PLAN, "S01").percentCell("IN_I_PCT_1231", 0.0085);
        String cell = w.cellOf("IN_I_PCT_1231");
        assertFinding(only(w), Severity.AVVISO, FindingCode.PERCENTUALE_SOTTO_UNO.code(), cell, "I.PCT", "0,85%", "85%",
                "La percentuale 0,85% nella cella Scheda!" + cell + " è molto lontana dal target >=75%: forse intendevi 85%?"
                        + " In una cella percentuale 0,85 si legge 0,85%: per 85% scrivere 85 oppure 85%.");
    }

    @Test
    void aPercentOfOneOrMoreIsNoFinding() {
        assertEquals(List.of(), findings(Wb.of(PLAN, "S01").percentCell("IN_I_PCT_1231", 0.01)));
    }
}
