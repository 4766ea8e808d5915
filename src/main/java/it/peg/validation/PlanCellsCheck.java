package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.italian.ItalianText;
import it.peg.italian.Texts;
import it.peg.domain.Findings;
import it.peg.domain.Indicator;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.readback.CellKind;
import it.peg.readback.RawCell;
import it.peg.italian.ParsedNumber;
import it.peg.readback.RawWorkbook;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Tamper detection: the locked cells that show the plan's targets and weights must still say what
 * the plan says. A difference means someone unprotected the sheet and edited it; peg scores against
 * the plan anyway, but the office must know its copy is wrong.
 */
final class PlanCellsCheck {
    /** How far a weight in the scheda may be from the plan's (a constant: it was parsed for every weight cell). */
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");
    private final Plan plan;
    private final RawWorkbook wb;
    private final Findings findings;
    private final CellReader reader;

    PlanCellsCheck(Plan plan, RawWorkbook wb, Findings findings, CellReader reader) {
        this.plan = plan;
        this.wb = wb;
        this.findings = findings;
        this.reader = reader;
    }

    void check(String serviceCode, Names names) {
        for (Objective o : plan.objectivesOf(serviceCode)) {
            Optional<RawCell> objectiveWeight = names.cell(InputNames.planObjectiveWeight(o.code()), o.code());
            if (objectiveWeight.isPresent()) {
                checkNumber(objectiveWeight.get(), o.weight(), o.code(), "il peso dell'obiettivo");
            }
            for (Indicator i : plan.indicatorsOf(o.code())) {
                Optional<RawCell> target = names.cell(InputNames.planTarget(i.code()), i.code());
                if (target.isPresent()) {
                    checkTarget(target.get(), i);
                }
                Optional<RawCell> weight = names.cell(InputNames.planIndicatorWeight(i.code()), i.code());
                if (weight.isPresent()) {
                    checkNumber(weight.get(), i.weight(), i.code(), "il peso dell'indicatore");
                }
            }
        }
    }

    private void checkTarget(RawCell c, Indicator i) {
        String planText = i.target().text();
        boolean same;
        if (c.kind() == CellKind.NUMBER) {
            same = ItalianText.parseNumber(planText)
                    .map(p -> p.value().compareTo(BigDecimal.valueOf(c.number().orElseThrow())) == 0
                            || p.percent() && p.value().movePointRight(2).compareTo(BigDecimal.valueOf(c.number().get())) == 0)
                    .orElse(false);
        } else {
            same = normalise(reader.text(c)).equals(normalise(planText));
        }
        if (!same) {
            changed(c, i.code(), reader.display(c), planText, "il target");
        }
    }

    private void checkNumber(RawCell c, Optional<BigDecimal> planned, String subject, String what) {
        Optional<BigDecimal> found;
        if (c.isBlank()) {
            found = Optional.empty();
        } else if (c.kind() == CellKind.NUMBER) {
            found = Optional.of(BigDecimal.valueOf(c.number().orElseThrow()));
        } else {
            found = ItalianText.parseNumber(reader.text(c)).map(ParsedNumber::value);
            if (found.isEmpty()) {
                changed(c, subject, reader.display(c), planned.map(ItalianText::format).orElse("vuoto"), what);
                return;
            }
        }
        boolean same = found.isPresent() == planned.isPresent()
                && (found.isEmpty() || found.get().subtract(planned.get()).abs().compareTo(TOLERANCE) <= 0);
        if (!same) {
            changed(c, subject, reader.display(c), planned.map(ItalianText::format).orElse("vuoto"), what);
        }
    }

    private void changed(RawCell c, String subject, String found, String expected, String what) {
        findings.add(Spot.of(wb.fileName(), c, subject).error(FindingCode.PIANO_MODIFICATO, found, expected,
                "Il foglio è stato sbloccato e modificato: " + what + " della scheda non corrisponde al piano (" + expected
                        + "). peg usa comunque il valore del piano; per modificare il piano rivolgersi al controllo di"
                        + " gestione, e compilare solo le celle di input della scheda originale."));
    }


    private static String normalise(String s) {
        return Texts.singleSpaces(s.trim());
    }
}
