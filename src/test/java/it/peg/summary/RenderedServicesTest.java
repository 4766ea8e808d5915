package it.peg.summary;

import it.peg.bench.SyntheticPlan;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.domain.DataRow;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a sheet keys its runs by what their rows print, making a run's key makes its rows: {@link RenderedServices}
 * then counts every service those rows read the scoring of, and the partial result still renders the full one's
 * bytes. Over plans of 40 synthetic services with nothing delivered (every service scored as missing).
 */
class RenderedServicesTest {
    @TempDir
    Path dir;

    private static ConsolidationResult night(Plan plan, Map<String, NucleoOverride> overrides) {
        Verifica verifica = plan.settings().finalVerifica();
        return Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica)
                .combine(plan, verifica, List.of(), overrides);
    }

    /** An override of the first objective of the plan's {@code place}-th service. */
    private static Map<String, NucleoOverride> overrideOf(Plan plan, int place) {
        String objective = plan.objectivesOf(plan.services().get(place).code()).get(0).code();
        return Map.of(objective, new NucleoOverride(objective, Optional.of(new BigDecimal("0.5")), "Rivisto"));
    }

    private static Plan withDataRows(Plan plan, List<DataRow> rows) {
        return new Plan(plan.settings(), plan.services(), plan.objectives(), plan.indicators(), plan.phases(),
                plan.dataYears(), rows);
    }

    /** Renders last night from {@code plan}, tonight with an override; returns the services tonight must score. */
    private Set<String> renderedTheSame(Plan plan, int overridden) throws IOException {
        EarlierOutputs earlier = EarlierOutputs.of(night(plan, Map.of()), dir);
        ConsolidationResult tonight = night(plan, overrideOf(plan, overridden));
        Set<String> scored = RenderedServices.of(tonight.partialTo(Set.of()), earlier.indexes());
        List<byte[]> full = earlier.outputs(tonight);
        List<byte[]> partial = earlier.outputs(tonight.partialTo(scored));
        for (int i = 0; i < full.size(); i++) {
            assertArrayEquals(full.get(i), partial.get(i), "output " + i);
        }
        return scored;
    }

    @Test
    void dataRowsSharingACodeAreKeyedByWhatTheyPrintSoEveryServiceWithDataIsScored() throws IOException {
        Plan synthetic = SyntheticPlan.build(40, 7L);
        List<DataRow> rows = new ArrayList<>(synthetic.dataRows());
        assertTrue(rows.size() >= 4, "the synthetic plan changed shape: " + rows.size() + " Dati rows");
        DataRow second = rows.get(1);
        rows.set(1, new DataRow(rows.get(0).code(), second.serviceCode(), second.description(), second.values(),
                second.row()));
        Plan plan = withDataRows(synthetic, rows);
        Set<String> scored = renderedTheSame(plan, 30);
        Set<String> withData = new LinkedHashSet<>();
        rows.forEach(r -> withData.add(r.serviceCode()));
        assertTrue(scored.containsAll(withData), scored + " lacks one of " + withData);
        // with unique codes, only the override's runs
        Plan unique = SyntheticPlan.build(40, 7L);
        Set<String> alone = renderedTheSame(unique, 30);
        assertTrue(alone.contains(unique.services().get(30).code()));
        assertTrue(!alone.containsAll(withData), "the Dati rows keyed by their inputs: " + alone);
    }

    @Test
    void aPlanRepeatingAnObjectiveCodeHasNoInputKeysSoEveryServiceIsScored() throws IOException {
        Plan synthetic = SyntheticPlan.build(40, 7L);
        List<Objective> objectives = new ArrayList<>(synthetic.objectives());
        Objective last = objectives.get(objectives.size() - 1);
        objectives.add(last); // the plan reader refuses this; the writers key by printed rows
        Plan plan = new Plan(synthetic.settings(), synthetic.services(), objectives, synthetic.indicators(),
                synthetic.phases(), synthetic.dataYears(), synthetic.dataRows());
        Set<String> every = new LinkedHashSet<>();
        plan.services().stream().map(Service::code).forEach(every::add);
        assertEquals(every, renderedTheSame(plan, 5));
    }

    @Test
    void theKeysAreWorkedOutOnceForAResultAndThePartialOneMadeFromIt() {
        Plan plan = SyntheticPlan.build(40, 7L);
        ConsolidationResult whole = night(plan, Map.of());
        Optional<Map<String, byte[]>> keys = ServiceInputKeys.of(whole.partialTo(Set.of()));
        assertTrue(keys.isPresent());
        assertTrue(keys == ServiceInputKeys.of(whole.partialTo(Set.of("S01"))), "the same keys, not made again");
        assertTrue(keys == ServiceInputKeys.of(whole));
        ConsolidationResult overridden = night(plan, overrideOf(plan, 3));
        assertTrue(keys != ServiceInputKeys.of(overridden), "other overrides, other keys");
        assertTrue(!java.util.Arrays.equals(keys.get().get("S04"), ServiceInputKeys.of(overridden).get().get("S04")));
        assertTrue(java.util.Arrays.equals(keys.get().get("S05"), ServiceInputKeys.of(overridden).get().get("S05")));
    }

    @Test
    void nothingChangedNothingScored() throws IOException {
        Plan plan = SyntheticPlan.build(40, 7L);
        EarlierOutputs earlier = EarlierOutputs.of(night(plan, Map.of()), dir);
        assertEquals(Set.of(), RenderedServices.of(night(plan, Map.of()).partialTo(Set.of()), earlier.indexes()));
    }

    @Test
    void anIndexOfAnotherSheetOrPartIsNoIndex() throws IOException {
        Plan plan = SyntheticPlan.build(40, 7L);
        EarlierOutputs earlier = EarlierOutputs.of(night(plan, Map.of()), dir);
        ConsolidationResult tonight = night(plan, Map.of()).partialTo(Set.of());
        Set<String> every = new LinkedHashSet<>();
        plan.services().stream().map(Service::code).forEach(every::add);
        // the CSV's index given as the forms', the forms' as the CSV's: neither holds the other's keys
        RenderedServices.Earlier given = earlier.indexes();
        assertEquals(every, RenderedServices.of(tonight, new RenderedServices.Earlier(given.summaryFile(),
                given.summary(), given.forms(), given.csv())));
    }

    @Test
    void anEarlierFileThatIsNotTheOneIndexedIsNoIndex() throws IOException {
        Plan plan = SyntheticPlan.build(40, 7L);
        EarlierOutputs earlier = EarlierOutputs.of(night(plan, Map.of()), dir);
        ConsolidationResult tonight = night(plan, Map.of()).partialTo(Set.of());
        Set<String> every = new LinkedHashSet<>();
        plan.services().stream().map(Service::code).forEach(every::add);
        // the CSV a byte longer (its runs are then all rendered): every service's Indicatori rows
        java.nio.file.Files.write(dir.resolve("riepilogo.csv"), new byte[] {'\n'},
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(every, RenderedServices.of(tonight, earlier.indexes()));
        // the summary saved again by another program (here: the Schede in its place): no part of it as indexed
        EarlierOutputs again = EarlierOutputs.of(night(plan, Map.of()), dir);
        java.nio.file.Files.copy(dir.resolve("schede-valutazione.xlsx"), dir.resolve("riepilogo.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(every, RenderedServices.of(tonight, again.indexes()));
        // the Schede gone too: every form
        java.nio.file.Files.delete(dir.resolve("schede-valutazione.xlsx"));
        assertEquals(every, RenderedServices.of(tonight, again.indexes()));
    }
}
