package it.peg.consolidate;

import it.peg.domain.CarriedValues;
import it.peg.domain.DataReport;
import it.peg.domain.DateValue;
import it.peg.domain.FindingCode;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.PhaseReport;
import it.peg.domain.PhaseState;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.generate.TestPlans;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CarryForwardTest {
    private static final Plan PLAN = TestPlans.full();
    private static final LocalDate JUN = LocalDate.of(2018, 6, 30);
    private static final LocalDate SEP = LocalDate.of(2018, 9, 30);
    private static final LocalDate DEC = LocalDate.of(2018, 12, 31);

    private static IndicatorReport ind(String code, LocalDate v, ReportedValue value, String cause) {
        return new IndicatorReport(code, v, Optional.of(value), cause, "x");
    }

    private static Submission submission(String file) {
        return new Submission(file, TestPlans.FULL, List.of(
                ind("SS.01.a", JUN, new NumberValue(new BigDecimal("80")), "personale ridotto"),
                ind("SS.01.b", SEP, new NumberValue(new BigDecimal("0.55")), ""),
                ind("SS.01.c", JUN, new RatioValue(new BigDecimal("900"), new BigDecimal("3")), ""),
                ind("SS.01.d", SEP, new DateValue(LocalDate.of(2018, 9, 12)), ""),
                ind("SS.01.e", DEC, new YesNoValue(false), "in approvazione"),
                ind("SS.01.f", JUN, new ProgressValue(new BigDecimal("0.4")), ""),
                new IndicatorReport("SS-02/a", JUN, Optional.empty(), "", "x", true),
                ind("NON.PIU", JUN, new NumberValue(BigDecimal.ONE), "")),
                List.of(new ObjectiveReport("SS.01", JUN, Optional.of(false), "gara deserta"),
                        new ObjectiveReport("SS-02", SEP, Optional.empty(), "")),
                List.of(new PhaseReport("SS.01", "B_2", JUN, Optional.of(PhaseState.IN_CORSO)),
                        new PhaseReport("SS.01", "A", SEP, Optional.empty())),
                List.of(new DataReport("D1", 2018, Optional.of(new BigDecimal("150")), "x"),
                        new DataReport("D2", 2018, Optional.empty(), "")));
    }

    private static CarriedValues.Number num(String n) {
        return new CarriedValues.Number(new BigDecimal(n));
    }

    private static CarriedValues.Text text(String t) {
        return new CarriedValues.Text(t);
    }

    @Test
    void everyKindOfValueGoesToItsContractName() {
        CarriedValues c = CarryForward.carried(PLAN, submission("SS.xlsx"), LocalDate.of(2018, 10, 10));
        assertEquals("SS.xlsx", c.sourceFile());
        assertEquals(Optional.of(num("80")), c.value("IN_SS_01_A_0630"));
        assertEquals(Optional.of(text("personale ridotto")), c.value("CAUSA_SS_01_A_0630"));
        assertEquals(Optional.of(num("0.55")), c.value("IN_SS_01_B_0930"));
        assertEquals(Optional.of(num("900")), c.value("IN_SS_01_C_0630_NUM"));
        assertEquals(Optional.of(num("3")), c.value("IN_SS_01_C_0630_DEN"));
        assertEquals(Optional.of(new CarriedValues.Day(LocalDate.of(2018, 9, 12))), c.value("IN_SS_01_D_0930"));
        assertEquals(Optional.of(text("NO")), c.value("IN_SS_01_E_1231"));
        assertEquals(Optional.of(text("in approvazione")), c.value("CAUSA_SS_01_E_1231"));
        assertEquals(Optional.of(num("0.4")), c.value("IN_SS_01_F_0630"));
        assertEquals(Optional.of(text("NO")), c.value("RAGGIUNGIBILE_SS_01_0630"));
        assertEquals(Optional.of(text("gara deserta")), c.value("NOTE_SS_01_0630"));
        assertEquals(Optional.of(text("In corso")), c.value("FASE_SS_01_B_2_0630"));
        assertEquals(Optional.of(num("150")), c.value("DATO_D1_2018"));
        // blank, rejected and unknown reports carry nothing
        assertEquals(13, c.values().size(), c.values()::toString);
        assertFalse(c.values().keySet().stream().anyMatch(k -> k.contains("NON_PIU") || k.contains("SS_02")), c.values()::toString);
    }

    @Test
    void onlyTheVerificheBeforeTheCurrentOneAreLocked() {
        CarriedValues c = CarryForward.carried(PLAN, submission("SS.xlsx"), LocalDate.of(2018, 10, 10));
        assertEquals(Set.of("0630"), c.lockedVerifiche());
        for (String name : List.of("IN_SS_01_A_0630", "CAUSA_SS_01_A_0630", "IN_SS_01_C_0630_NUM", "IN_SS_01_C_0630_DEN",
                "IN_SS_02_A_0630", "FASE_SS_01_B_2_0630", "FASE_SS_01_C_0630", "RAGGIUNGIBILE_SS_02_0630", "NOTE_SS_01_0630")) {
            assertTrue(c.locked(name), name);
        }
        for (String name : List.of("IN_SS_01_A_0930", "IN_SS_01_C_0630", "IN_SS_01_E_1231", "DATO_D1_2018",
                "RAGGIUNGIBILE_SS_01_0930")) {
            assertFalse(c.locked(name), name);
        }
        assertTrue(c.lockedNames().stream().allMatch(n -> n.endsWith("_0630") || n.endsWith("_0630_NUM")
                || n.endsWith("_0630_DEN")), c.lockedNames()::toString);
    }

    @Test
    void indicatorsAndObjectivesNewToTheReturnedWorkbookStayEditable() {
        Submission old = submission("SS.xlsx");
        Submission without = new Submission(old.fileName(), old.serviceCode(),
                old.indicators().stream().filter(r -> !r.indicatorCode().startsWith("SS-02")).toList(),
                old.objectives().stream().filter(r -> !r.objectiveCode().startsWith("SS-02")).toList(), old.phases(),
                old.data());
        CarriedValues c = CarryForward.carried(PLAN, without, LocalDate.of(2018, 10, 10));
        assertTrue(c.locked("IN_SS_01_A_0630"));
        assertFalse(c.locked("IN_SS_02_A_0630"));
        assertFalse(c.locked("CAUSA_SS_02_A_0630"));
        assertFalse(c.locked("RAGGIUNGIBILE_SS_02_0630"));
    }

    @Test
    void lockedVerificheFollowAt() {
        assertEquals(List.of(), codes(LocalDate.of(2018, 1, 5)));
        assertEquals(List.of(), codes(JUN));
        assertEquals(List.of(), codes(LocalDate.of(2018, 7, 15)), "30/06 is being delivered: still editable");
        assertEquals(List.of("0630"), codes(SEP));
        assertEquals(List.of("0630", "0930"), codes(LocalDate.of(2019, 1, 20)));
    }

    private static List<String> codes(LocalDate at) {
        return CarryForward.locked(PLAN, at).stream().map(Verifica::code).toList();
    }

    @Test
    void newestFilePerServiceCountsAndDuplicatesAreTold() {
        FileAssessment older = assessment("SS vecchia.xlsx", Instant.parse("2018-07-10T08:00:00Z"));
        FileAssessment newer = assessment("SS.xlsx", Instant.parse("2018-07-12T08:00:00Z"));
        CarryForward.Outcome o = CarryForward.collect(PLAN, List.of(newer, older), SEP);
        assertEquals(Set.of(TestPlans.FULL), o.carried().keySet());
        assertEquals("SS.xlsx", o.of(TestPlans.FULL).sourceFile());
        assertEquals(CarriedValues.none(), o.of(TestPlans.EMPTY));
        assertEquals(2, o.findings().stream().filter(f -> f.code().equals(FindingCode.SCHEDA_DUPLICATA.code())).count());
    }

    private static FileAssessment assessment(String name, Instant received) {
        return new FileAssessment(new InputFile(Path.of(name), name, received), name, 1, Optional.of(TestPlans.FULL),
                Optional.of(submission(name)), List.of());
    }
}
