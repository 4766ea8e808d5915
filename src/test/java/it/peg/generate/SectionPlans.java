package it.peg.generate;

import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.testutil.SourceForms;

import java.util.ArrayList;
import java.util.List;

/**
 * Trezzo's 2022 plan (its template prints the indicators under headings by dimension) grown to several pages: its first
 * objective copied {@code copies} times, each copy with {@code extra} more indicators of efficiency. Across the
 * variants, page breaks fall at every kind of row of the indicator tables, a section heading's among them.
 */
final class SectionPlans {
    private SectionPlans() {
    }

    static Plan trezzo(int copies, int extra) {
        Plan p = SourceForms.plan("trezzo-2022");
        Objective first = p.objectives().get(0);
        List<Indicator> its = p.indicators().stream().filter(i -> i.objectiveCode().equals(first.code())).toList();
        List<Objective> objectives = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 1; k <= copies; k++) {
            String code = "OB" + k;
            Objective o = first;
            objectives.add(new Objective(code, o.serviceCode(), o.title(), o.description(), o.type(), o.linkedTo(),
                    o.missionProgram(), o.weight(), o.start(), o.startText(), o.end(), o.endText(), o.multiYear(),
                    o.humanResources(), o.financialResources(), o.revenue(), o.expense(), o.otherServices(),
                    o.responsible(), o.aggregation(), o.row() + k));
            List<Indicator> copy = new ArrayList<>(its);
            for (int e = 0; e < extra; e++) {
                copy.add(its.get(0));
            }
            for (int n = 0; n < copy.size(); n++) {
                Indicator i = copy.get(n);
                indicators.add(new Indicator(code + "_I" + (n + 1), code, i.description(), i.type(), i.dimension(),
                        i.target(), i.weight(), i.unit(), i.min(), i.max(), i.polarity(), i.cumulative(),
                        i.intermediateTargets(), i.intermediateWeights(), i.row() + 100 * k + n));
            }
        }
        return new Plan(p.settings(), p.services(), objectives, indicators, p.phases(), p.dataYears(), p.dataRows());
    }
}
