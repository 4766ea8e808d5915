package it.peg.testutil;

import it.peg.domain.Indicator;
import it.peg.domain.Plan;
import it.peg.domain.TargetSpec;
import it.peg.italian.TargetParser;
import it.peg.plan.PlanReader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The four transcribed source documents, each with the template of its comune (issue 19), and Trezzo's form with its
 * verifica intermedia filled in: the form has a Target and a % ponder per verifica, left empty in the 2022 document.
 */
public final class SourceForms {
    /** Plan fixture → the shipped template modelled on its comune's form. */
    public static final Map<String, String> TEMPLATE_OF = Map.of("firenze-2017", "firenze", "firenze-2021", "firenze",
            "serravalle-2018", "serravalle", "trezzo-2022", "trezzo");

    /** Trezzo's intermediate targets and weights at 30/06/2022, by indicator: target text, % ponder. */
    public static final Map<String, String[]> TREZZO_0630 = Map.of(
            "ASS_SOC_1_I1", new String[] {"=>8", "30"},
            "ASS_SOC_1_I2", new String[] {"=>10", "30"},
            "ASS_SOC_1_I3", new String[] {"=4", "40"},
            "ASS_SOC_2_I1", new String[] {">=2", "70"},
            "ASS_SOC_2_I2", new String[] {">=4", "30"});

    private SourceForms() {
    }

    public static Plan plan(String name) {
        return PlanReader.read(Path.of("src/test/resources/plans", name + ".xlsx")).plan().orElseThrow();
    }

    /** Trezzo 2022 with {@link #TREZZO_0630} in its empty Target 30/06 and Peso 30/06 columns. */
    public static Plan trezzoWithVerificaIntermedia() {
        Plan p = plan("trezzo-2022");
        LocalDate june = LocalDate.of(2022, 6, 30);
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            String[] at = TREZZO_0630.get(i.code());
            if (at == null) {
                indicators.add(i);
                continue;
            }
            TargetSpec target = TargetParser.parse(at[0], 2022).spec();
            TreeMap<LocalDate, TargetSpec> targets = new TreeMap<>(Map.of(june, target));
            TreeMap<LocalDate, BigDecimal> weights = new TreeMap<>(Map.of(june, new BigDecimal(at[1])));
            indicators.add(new Indicator(i.code(), i.objectiveCode(), i.description(), i.type(), i.dimension(),
                    i.target(), i.weight(), i.unit(), i.min(), i.max(), i.polarity(), i.cumulative(), targets, weights,
                    i.row()));
        }
        return new Plan(p.settings(), p.services(), p.objectives(), indicators, p.phases(), p.dataYears(), p.dataRows());
    }
}
