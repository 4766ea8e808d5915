package it.peg.consolidate;

import it.peg.domain.DataRow;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.scoring.DataTrend;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.ServiceScoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The check of a {@link PartialConsolidation} against the full {@link Consolidator#combine} of the same night. */
public final class PartialCombineAssertions {
    private PartialCombineAssertions() {
    }

    /** Everything read whole equal; the changed services' scoring as the full scoring has it. */
    public static void assertSame(ConsolidationResult full, PartialConsolidation p, String at) {
        assertEquals(full.scores().services(), p.services(), at + " services");
        assertEquals(full.scores().overall(), p.overall(), at + " overall");
        assertEquals(full.scores().overallEsito(), p.overallEsito(), at + " esito");
        assertEquals(full.scores().distribution(), p.distribution(), at + " distribution");
        assertEquals(full.scores().dataTrendYears(), p.dataTrendYears(), at + " data years");
        assertEquals(full.scores().overrides(), p.overrides(), at + " overrides");
        assertEquals(full.deliveries(), p.deliveries(), at + " deliveries");
        assertEquals(full.registry(), p.registry(), at + " registry");
        assertEquals(full.findings(), p.findings(), at + " findings");
        Plan plan = full.plan();
        for (Map.Entry<String, PartialConsolidation.ChangedService> e : p.changed().entrySet()) {
            String code = e.getKey();
            List<ObjectiveScore> objectives = new ArrayList<>();
            List<List<IndicatorScore>> indicators = new ArrayList<>();
            for (Objective o : plan.objectivesOf(code)) {
                objectives.add(full.scores().objective(o.code()).orElseThrow());
                indicators.add(plan.indicatorsOf(o.code()).stream()
                        .map(i -> full.scores().indicator(i.code()).orElseThrow()).toList());
            }
            assertEquals(new ServiceScoring(full.scores().service(code).orElseThrow(), objectives, indicators),
                    e.getValue().scoring(), at + " scoring of " + code);
            Set<String> rows = new java.util.HashSet<>(plan.dataRowsOf(code).stream().map(DataRow::code).toList());
            List<DataTrend> trends = full.scores().dataTrends().stream().filter(t -> rows.contains(t.code())).toList();
            assertEquals(trends, e.getValue().dataTrends(), at + " trends of " + code);
            assertEquals(full.submissions().stream().filter(x -> x.serviceCode().equals(code)).findFirst(),
                    e.getValue().submission(), at + " submission of " + code);
        }
    }

}
