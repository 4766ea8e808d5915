package it.peg.summary;

import it.peg.bench.SyntheticPlan;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.domain.Indicator;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Verifica;
import it.peg.io.SegmentIndex;
import it.peg.readback.XlsxReturnedWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The outputs written while copying from an earlier output are those a full render of tonight's inputs gives,
 * whatever changed in the plan since (here: the order of a service's indicators, which the service's plan
 * fingerprint does not see when each objective keeps its own order).
 */
class CopiedRowsInvariantTest {
    @TempDir
    Path tmp;

    private static ConsolidationResult resultOf(Plan plan) {
        Verifica verifica = plan.settings().finalVerifica();
        return Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica)
                .combine(plan, verifica, List.of(), Map.of());
    }

    /** The same plan with the 3rd and 4th indicator of the first service swapped (two objectives interleaved). */
    private static Plan interleaved(Plan plan) {
        List<Indicator> indicators = new ArrayList<>(plan.indicators());
        Indicator third = indicators.get(2);
        Indicator fourth = indicators.get(3);
        if (third.objectiveCode().equals(fourth.objectiveCode())) {
            throw new IllegalStateException("the synthetic plan changed shape: " + third + " " + fourth);
        }
        indicators.set(2, fourth);
        indicators.set(3, third);
        return new Plan(plan.settings(), plan.services(), plan.objectives(), indicators, plan.phases(),
                plan.dataYears(), plan.dataRows());
    }

    @Test
    void theSyntheticReorderIsOneTheFingerprintDoesNotSee() {
        Plan plan = SyntheticPlan.build(3, 11L);
        String service = plan.services().get(0).code();
        assertEquals(PlanFingerprint.of(plan, service), PlanFingerprint.of(interleaved(plan), service));
    }

    @Test
    void aCsvCopiedFromAnEarlierPlanIsTheFullCsvOfTonightsPlan() throws IOException {
        Plan before = SyntheticPlan.build(3, 11L);
        Path earlier = tmp.resolve("indicatori.csv");
        SegmentIndex index;
        try (OutputStream out = Files.newOutputStream(earlier)) {
            index = CsvExporter.write(resultOf(before), out, Optional.empty());
        }
        ConsolidationResult tonight = resultOf(interleaved(before));
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        CsvExporter.write(tonight, copied, Optional.of(new SegmentIndex.Earlier(earlier, index)));
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        CsvExporter.write(tonight, full, Optional.empty());
        assertEquals(full.toString(java.nio.charset.StandardCharsets.UTF_8),
                copied.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aSummaryCopiedFromAnEarlierPlanIsTheFullSummaryOfTonightsPlan() throws IOException {
        Plan before = SyntheticPlan.build(3, 11L);
        Path earlier = tmp.resolve("riepilogo.xlsx");
        SegmentIndex index;
        try (OutputStream out = Files.newOutputStream(earlier)) {
            index = SummaryWorkbookWriter.write(resultOf(before), out, Optional.empty(), Optional.of(tmp));
        }
        ConsolidationResult tonight = resultOf(interleaved(before));
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(tonight, copied, Optional.of(new SegmentIndex.Earlier(earlier, index)),
                Optional.of(tmp));
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(tonight, full, Optional.empty(), Optional.of(tmp));
        assertArrayEquals(full.toByteArray(), copied.toByteArray());
    }
}
