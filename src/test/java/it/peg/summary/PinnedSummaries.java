package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.domain.Plan;
import it.peg.domain.Settings;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.testutil.DemoPlan;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results whose summaries the POI writer (before the summary was written as text, commit 7aac659) wrote into
 * {@code src/test/resources/it/peg/summary/pinned/}: {@link SummaryPinnedTest} checks the writer still gives them.
 * {@link #main} rewrites the files with the writer of the day (only after a deliberate change of the summary).
 */
final class PinnedSummaries {
    static final Path DIR = Path.of("src", "test", "resources", "it", "peg", "summary", "pinned");

    private PinnedSummaries() {
    }

    /** The results, by file name. */
    static Map<String, ConsolidationResult> cases(Path scratch) throws Exception {
        Map<String, ConsolidationResult> cases = new LinkedHashMap<>();
        cases.put("fixture.xlsx", SummaryFixture.result());
        cases.put("empty-lists.xlsx", SummaryFixture.emptyListsResult());
        cases.put("emblem.xlsx", withLogo(SummaryFixture.result()));
        cases.put("nothing-delivered.xlsx", SummaryWriteHarness.planOnly(14));
        Plan demo = DemoPlan.read(scratch);
        cases.put("demo-plan.xlsx", Consolidator.forVerifica(new XlsxReturnedWorkbookReader(),
                demo.settings().verifiche().get(0)).combine(demo, demo.settings().verifiche().get(0), List.of(), Map.of()));
        Plan p = SummaryFixture.plan();
        Plan bare = new Plan(p.settings(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        cases.put("empty-plan.xlsx", Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), SummaryFixture.V0930)
                .combine(bare, SummaryFixture.V0930, List.of(), Map.of()));
        return cases;
    }

    static ConsolidationResult withLogo(ConsolidationResult r) {
        Plan p = r.plan();
        Settings s = p.settings();
        Plan plan = new Plan(new Settings(s.ente(), s.year(), s.verifiche(), s.minimumThreshold(), s.cap(),
                s.deadlineToleranceDays(), s.bands(), Optional.of(SummaryEmblemTest.LOGO.toString())), p.services(),
                p.objectives(), p.indicators(), p.phases(), p.dataYears(), p.dataRows());
        return new ConsolidationResult(plan, r.scores(), r.submissions(), r.deliveries(), r.registry(), r.findings());
    }

    static byte[] write(ConsolidationResult r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(r, out);
        return out.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("peg-pinned");
        Files.createDirectories(DIR);
        for (Map.Entry<String, ConsolidationResult> e : cases(scratch).entrySet()) {
            Files.write(DIR.resolve(e.getKey()), write(e.getValue()));
            System.out.println("wrote " + DIR.resolve(e.getKey()));
        }
    }
}
