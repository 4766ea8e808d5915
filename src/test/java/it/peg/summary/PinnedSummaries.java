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
 * The results whose summaries and Schede per la valutazione ({@code valutazione-*.xlsx}) the POI writers (before
 * both were written as text, commit 7aac659) wrote into {@code src/test/resources/it/peg/summary/pinned/}: {@link
 * SummaryPinnedTest} checks the writers still give them. {@link #main} rewrites the files with the writers of the
 * day (only after a deliberate change of the workbooks). Re-pinned deliberately by h23-mergeforms for the Schede
 * only: their texts are inline strings (each sheet written to the zip as it is made, so that merge can write them
 * at 10,000 services in a 256 MB heap), the same cells, styles, merges and heights as before (checked with openpyxl).
 * Re-pinned deliberately by h26-write for the summaries' Indicatori part only: its cells are written without their
 * reference {@code r} ({@code SheetRows.implicitColumns}: every cell of its rows follows the previous one), which
 * halves the part's deflated size and deflating time; the only difference from the files before is each
 * {@code <c r="..." s=} become {@code <c s=} in {@code xl/worksheets/sheet4.xml} (checked part by part), and openpyxl
 * and LibreOffice read the same cells, values, styles and row heights from both (docs/performance.md, "h26-write").
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
        cases.put("odd-codes.xlsx", oddCodes(SummaryFixture.result()));
        return cases;
    }

    /**
     * The fixture with services whose codes make sheet names Excel quotes or POI changes: one like a cell reference, a
     * boolean, a digit first, XML's special characters, an apostrophe, two that clash once cleaned, one too long.
     */
    static ConsolidationResult oddCodes(ConsolidationResult r) {
        Plan p = r.plan();
        it.peg.domain.Service s = p.services().get(0);
        List<String> codes = List.of("ZZ100", "TRUE", "1AB", "A&B<C>\"", "S'01", "S_01", "R1C1", "Serv.x_1",
                "Un codice di servizio davvero molto lungo");
        List<it.peg.domain.Service> services = new java.util.ArrayList<>(p.services());
        for (int i = 0; i < codes.size(); i++) {
            services.add(new it.peg.domain.Service(codes.get(i), s.direction(), s.director(), s.sector(),
                    s.sectorResponsible(), s.name() + " & co. <" + i + ">", s.manager(), s.responsible(),
                    s.politicalReferent(), s.classification(), s.staff(), s.functions(), s.row() + 100 + i));
        }
        Plan plan = new Plan(p.settings(), services, p.objectives(), p.indicators(), p.phases(), p.dataYears(),
                p.dataRows());
        return new ConsolidationResult(plan, r.scores(), r.submissions(), r.deliveries(), r.registry(), r.findings());
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
            Files.write(DIR.resolve("valutazione-" + e.getKey()), ValutazioneWorkbookWriter.bytes(e.getValue()));
            System.out.println("wrote " + DIR.resolve(e.getKey()));
        }
    }
}
