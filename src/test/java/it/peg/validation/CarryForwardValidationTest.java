package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Indicator;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.Severity;
import it.peg.xlsx.MetadataSheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validator in carry-forward mode (generate --from): stale accepted, foreign refused, dropped values told. */
class CarryForwardValidationTest {
    private static final Plan PLAN = TestPlan.plan();
    private static final LocalDate EARLY = LocalDate.of(2018, 1, 10);

    private static ValidationResult carry(Plan plan, Wb wb) {
        return SubmissionValidator.forCarryForward(EARLY).validate(plan, wb.build());
    }

    @Test
    void staleWorkbookIsAcceptedForCarryingAndItsChangedPlanCellsAreNotReported() {
        Wb w = Wb.of(PLAN, "S01").meta(MetadataSheet.KEY_FINGERPRINT, "0123456789abcdef0123")
                .text("PIANO_TGT_I_NUM", "1.000").number("IN_I_NUM_1231", 1300);
        ValidationResult r = carry(PLAN, w);
        assertEquals(List.of(), r.findings());
        assertEquals(Optional.of(new NumberValue(BigDecimal.valueOf(1300.0))),
                r.submission().orElseThrow().indicator("I.NUM", TestPlan.DEC).orElseThrow().value());
        // the ordinary validator still refuses the same file
        assertEquals(FindingCode.SCHEDA_NON_AGGIORNATA.code(), new SubmissionValidator(EARLY).validate(PLAN, w.build()).findings().get(0).code());
    }

    @Test
    void foreignAndUnknownServiceAreStillRefused() {
        ValidationResult foreign = carry(PLAN, Wb.of(PLAN, "S01").meta(MetadataSheet.KEY_YEAR, "2017"));
        assertEquals(FindingCode.SCHEDA_ALTRO_PIANO.code(), foreign.findings().get(0).code());
        assertTrue(foreign.submission().isEmpty());
        ValidationResult unknown = carry(PLAN, Wb.of(PLAN, "S01").meta(MetadataSheet.KEY_SERVICE, "S99"));
        assertEquals(FindingCode.SERVIZIO_SCONOSCIUTO.code(), unknown.findings().get(0).code());
        assertTrue(unknown.submission().isEmpty());
    }

    @Test
    void removedIndicatorValueIsReportedAndNewIndicatorIsSimplyEmpty() {
        Indicator gone = PLAN.indicator("I.GG").orElseThrow();
        Indicator scale = PLAN.indicator("I.SCALA").orElseThrow();
        Indicator added = new Indicator("I.NUOVO", scale.objectiveCode(), "Nuovo", scale.type(), scale.dimension(),
                scale.target(), scale.weight(), scale.unit(), scale.min(), scale.max(), scale.polarity(),
                scale.cumulative(), scale.intermediateTargets(), scale.intermediateWeights(), 0);
        List<Indicator> indicators = new ArrayList<>(PLAN.indicators());
        indicators.remove(gone);
        indicators.add(added);
        Plan newPlan = new Plan(PLAN.settings(), PLAN.services(), PLAN.objectives(), indicators, PLAN.phases(),
                PLAN.dataYears(), PLAN.dataRows());
        Wb w = Wb.of(PLAN, "S01").number("IN_I_GG_1231", -10).text("CAUSA_I_GG_0930", "ritardi").number("IN_I_NUM_0930", 950);
        ValidationResult r = carry(newPlan, w);
        List<Finding> dropped = r.findings().stream().filter(f -> f.code().equals(FindingCode.VALORE_NON_RIPORTATO.code())).toList();
        assertEquals(2, dropped.size(), () -> r.findings().toString());
        assertTrue(dropped.stream().allMatch(f -> f.severity() == Severity.AVVISO));
        assertTrue(dropped.stream().anyMatch(f -> f.message().contains("IN_I_GG_1231") && f.cell().equals(w.cellOf("IN_I_GG_1231"))));
        assertEquals(dropped.size(), r.findings().size(), () -> r.findings().toString());
        assertTrue(r.submission().orElseThrow().indicator("I.NUOVO", TestPlan.DEC).orElseThrow().value().isEmpty());
        assertEquals(Optional.of(new NumberValue(BigDecimal.valueOf(950.0))),
                r.submission().orElseThrow().indicator("I.NUM", TestPlan.SEP).orElseThrow().value());
    }
}
