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

    /** One of the two segmented writers, as the night calls it. */
    @FunctionalInterface
    private interface SegmentedOutput {
        SegmentIndex write(ConsolidationResult result, OutputStream out, Optional<SegmentIndex.Earlier> earlier)
                throws IOException;
    }

    /**
     * Writes last night's output from {@code before}, then tonight's from the interleaved plan twice: copying from
     * last night's, and in full. Returns {copied, full}.
     */
    private byte[][] copiedAndFull(String name, SegmentedOutput output) throws IOException {
        Plan before = SyntheticPlan.build(3, 11L);
        Path earlier = tmp.resolve(name);
        SegmentIndex index;
        try (OutputStream out = Files.newOutputStream(earlier)) {
            index = output.write(resultOf(before), out, Optional.empty());
        }
        ConsolidationResult tonight = resultOf(interleaved(before));
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        output.write(tonight, copied, Optional.of(new SegmentIndex.Earlier(earlier, index)));
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        output.write(tonight, full, Optional.empty());
        return new byte[][] {copied.toByteArray(), full.toByteArray()};
    }

    @Test
    void aCsvCopiedFromAnEarlierPlanIsTheFullCsvOfTonightsPlan() throws IOException {
        byte[][] csv = copiedAndFull("indicatori.csv", CsvExporter::write);
        assertEquals(new String(csv[1], java.nio.charset.StandardCharsets.UTF_8),
                new String(csv[0], java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aSummaryCopiedFromAnEarlierPlanIsTheFullSummaryOfTonightsPlan() throws IOException {
        byte[][] xlsx = copiedAndFull("riepilogo.xlsx",
                (result, out, earlier) -> SummaryWorkbookWriter.write(result, out, earlier, Optional.of(tmp)));
        assertArrayEquals(xlsx[1], xlsx[0]);
    }
}
