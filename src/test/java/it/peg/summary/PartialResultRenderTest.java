package it.peg.summary;

import it.peg.bench.DirectFiller;
import it.peg.bench.SyntheticPlan;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.FileStatus;
import it.peg.consolidate.InputFile;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookFileNames;
import it.peg.generate.WorkbookTemplate;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NotScoredException;
import it.peg.scoring.NucleoOverride;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proportional night's writer side: a night's three outputs (summary, CSV, Schede per la valutazione), written
 * copying from last night's, are the same bytes from the full result and from that result made partial to exactly
 * the services {@link RenderedServices} names, which it works out from a result holding no service's scoring. Over
 * real schede (generated, filled as offices fill them, assessed) of a 40-service synthetic plan: 16 services a Servizi
 * run, 3 objectives a service (an Obiettivi run holds parts of 6 services), Dati rows for about one service in four.
 * Last night had every service delivered; tonight changes some services in the ways a night meets.
 */
class PartialResultRenderTest {
    private static final int SERVICES = 40;
    private static final long SEED = 20261205L;

    @TempDir
    static Path dir;

    private static Plan plan;
    private static Verifica verifica;
    private static Consolidator consolidator;
    private static ServiceWorkbookGenerator generator;
    /** Last night's file of each service, by code. */
    private static final Map<String, FileAssessment> firstNight = new LinkedHashMap<>();
    private static EarlierOutputs earlier;

    @BeforeAll
    static void lastNight() throws IOException {
        plan = SyntheticPlan.build(SERVICES, SEED);
        verifica = plan.settings().finalVerifica();
        consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), verifica);
        generator = new ServiceWorkbookGenerator(WorkbookTemplate.bundled());
        for (Service s : plan.services()) {
            firstNight.put(s.code(), filled(s, "", SEED, 3));
        }
        earlier = EarlierOutputs.of(night(List.of(), Map.of()), dir);
    }

    /** Service {@code s}'s scheda filled by an office of {@code seed}, received {@code daysEarly} before it is due. */
    private static FileAssessment filled(Service s, String suffix, long seed, int daysEarly) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        OfficeSimulator office = new OfficeSimulator(plan, seed);
        for (Verifica v : plan.settings().verifiche()) {
            values.putAll(office.values(s.code(), v));
        }
        return assessed(s, suffix, DirectFiller.fill(generator.generate(plan, s), values).bytes(), daysEarly);
    }

    private static FileAssessment assessed(Service s, String suffix, byte[] bytes, int daysEarly) throws IOException {
        String name = WorkbookFileNames.of(s).replace(".xlsx", suffix + ".xlsx");
        Path file = dir.resolve("consegne").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Instant received = verifica.due().orElse(verifica.date()).minusDays(daysEarly)
                .atStartOfDay(Consolidator.ZONE).toInstant();
        return consolidator.assessAll(plan, List.of(new InputFile(file, name, received)), 1, done -> {
        }).get(0);
    }

    /** Last night's files, those of {@code gone} services left out, with {@code resent} files added. */
    private static ConsolidationResult night(List<FileAssessment> resent, Map<String, NucleoOverride> overrides,
                                             String... gone) {
        List<FileAssessment> files = new ArrayList<>();
        Set<String> without = Set.of(gone);
        firstNight.forEach((code, a) -> {
            if (!without.contains(code)) {
                files.add(a);
            }
        });
        files.addAll(resent);
        return consolidator.combine(plan, verifica, files, overrides);
    }

    private static Service service(int place) {
        return plan.services().get(place);
    }

    /** Tonight's inputs and the services whose inputs changed. */
    private record Tonight(String name, ConsolidationResult result, Set<String> changed) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The services at {@code places} (0-based) re-sent with other values, received a day later than last night's. */
    private static Tonight resent(String name, int... places) throws IOException {
        List<FileAssessment> resent = new ArrayList<>();
        Set<String> changed = new LinkedHashSet<>();
        for (int place : places) {
            Service s = service(place);
            resent.add(filled(s, "-bis", SEED + 1000 + place, 2));
            changed.add(s.code());
        }
        return new Tonight(name, night(resent, Map.of()), changed);
    }

    static Stream<Tonight> nights() throws IOException {
        List<Tonight> nights = new ArrayList<>();
        nights.add(new Tonight("nothing changed", night(List.of(), Map.of()), Set.of()));
        nights.add(resent("the first service of a run", 0));
        nights.add(resent("the middle of a run", 8));
        nights.add(resent("the end of a run", 15));
        nights.add(resent("either side of a runs' boundary", 15, 16));
        nights.add(resent("several in one run", 2, 4, 10));
        nights.add(resent("the first of the last run and the plan's last", 32, SERVICES - 1));
        Service gone = service(19);
        nights.add(new Tonight("a service's file gone: no delivery", night(List.of(), Map.of(), gone.code()),
                Set.of(gone.code())));
        Service blank = service(24);
        // the blank scheda alone: sent after the filled one it would not count (a blank scheda undoes no delivery)
        nights.add(new Tonight("a blank scheda in place of the filled one",
                night(List.of(assessed(blank, "-vuota", generator.generate(plan, blank), 2)), Map.of(), blank.code()),
                Set.of(blank.code())));
        nights.add(new Tonight("a blank scheda re-sent after the filled one",
                night(List.of(assessed(blank, "-vuota", generator.generate(plan, blank), 2)), Map.of()),
                Set.of(blank.code())));
        Service other = service(29);
        // the scheda of the same service generated from another plan: the reader refuses it
        Plan otherPlan = SyntheticPlan.build(SERVICES, SEED + 1);
        FileAssessment refused = assessed(other, "-altro-piano",
                generator.generate(otherPlan, otherPlan.services().get(29)), 2);
        nights.add(new Tonight("a rejected file", night(List.of(refused), Map.of()), Set.of(other.code())));
        String objective = plan.objectivesOf(service(11).code()).get(1).code();
        nights.add(new Tonight("a Nucleo's override added", night(List.of(), Map.of(objective,
                new NucleoOverride(objective, Optional.of(new BigDecimal("0.85")), "Rivisto dal Nucleo"))),
                Set.of(service(11).code())));
        return nights.stream();
    }

    private static Set<String> rendered(ConsolidationResult result) {
        // worked out from a result that holds no service's scoring: what the night has before it scores
        return RenderedServices.of(result.partialTo(Set.of()), earlier.indexes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nights")
    void thePartialResultRendersTheSameBytesAsTheFullOne(Tonight tonight) throws IOException {
        Set<String> scored = rendered(tonight.result());
        assertTrue(scored.containsAll(tonight.changed()), scored + " lacks one of " + tonight.changed());
        assertTrue(scored.size() < SERVICES / 2, "a few runs, not the whole plan: " + scored);
        assertEquals(scored, RenderedServices.of(tonight.result(), earlier.indexes()),
                "the same from the full result");
        List<byte[]> full = earlier.outputs(tonight.result());
        List<byte[]> partial = earlier.outputs(tonight.result().partialTo(scored));
        assertArrayEquals(full.get(0), partial.get(0), "riepilogo.xlsx");
        assertArrayEquals(full.get(1), partial.get(1), "riepilogo.csv");
        assertArrayEquals(full.get(2), partial.get(2), "schede-valutazione.xlsx");
        // the Nucleo columns' read-back of the summary written (what the next night compares) asks no scoring
        assertEquals(NucleoColumnsReader.readBackOf(tonight.result()),
                NucleoColumnsReader.readBackOf(tonight.result().partialTo(Set.of())));
        // and the copying writers' bytes are a full render's
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(tonight.result(), whole);
        assertArrayEquals(whole.toByteArray(), full.get(0), "riepilogo.xlsx rendered whole");
        assertArrayEquals(ValutazioneWorkbookWriter.bytes(tonight.result()), full.get(2),
                "schede-valutazione.xlsx rendered whole");
    }

    @Test
    void theNightsAreWhatTheyAreMeantToBe() throws IOException {
        Map<String, Tonight> byName = new HashMap<>();
        nights().forEach(n -> byName.put(n.name(), n));
        assertEquals(DeliveryState.MISSING, deliveryOf(byName.get("a service's file gone: no delivery"), 19));
        assertEquals(DeliveryState.EMPTY, deliveryOf(byName.get("a blank scheda in place of the filled one"), 24));
        assertEquals(DeliveryState.COMPLETE, deliveryOf(byName.get("a blank scheda re-sent after the filled one"), 24));
        Tonight rejected = byName.get("a rejected file");
        assertEquals(FileStatus.REJECTED, rejected.result().registry().stream()
                .filter(r -> r.fileName().contains("-altro-piano")).findFirst().orElseThrow().status());
        assertTrue(byName.get("a Nucleo's override added").result().scores().overrides().size() == 1);
        assertEquals(Set.of(), rendered(byName.get("nothing changed").result()), "nothing to score");
    }

    private static DeliveryState deliveryOf(Tonight tonight, int place) {
        return tonight.result().deliveries().get(place).state();
    }

    @Test
    void aPartialResultLackingAServiceARenderedRunNeedsFailsNamingIt() throws IOException {
        Tonight tonight = resent("several in one run", 2, 4, 10);
        Set<String> scored = new LinkedHashSet<>(rendered(tonight.result()));
        String missing = service(4).code();
        scored.remove(missing);
        ConsolidationResult lacking = tonight.result().partialTo(scored);
        String held = scored.size() + " services, not of " + missing;
        NotScoredException summary = assertThrows(NotScoredException.class,
                () -> earlier.summary(lacking, new ByteArrayOutputStream()));
        assertEquals("peg's bug: rendering needs the score of objective " + missing + ".1 of service " + missing
                + ", but the result holds the full scoring of " + held,
                summary.getMessage());
        assertEquals(missing, summary.serviceCode());
        NotScoredException csv = assertThrows(NotScoredException.class,
                () -> earlier.csv(lacking, new ByteArrayOutputStream()));
        assertEquals("peg's bug: rendering needs the scoring for the Indicatori rows of service " + missing
                + ", but the result holds the full scoring of " + held, csv.getMessage());
        NotScoredException forms = assertThrows(NotScoredException.class,
                () -> earlier.forms(lacking, new ByteArrayOutputStream()));
        assertEquals("peg's bug: rendering needs the scoring for the Scheda per la valutazione of service " + missing
                + ", but the result holds the full scoring of " + held, forms.getMessage());
    }

    @Test
    void withoutEarlierOutputsEveryServiceIsScored() {
        Set<String> all = new LinkedHashSet<>();
        plan.services().forEach(s -> all.add(s.code()));
        assertEquals(all, RenderedServices.of(night(List.of(), Map.of()).partialTo(Set.of()),
                RenderedServices.Earlier.none()));
    }
}
