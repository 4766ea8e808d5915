package it.peg.merge.cache;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.Comparison;
import it.peg.domain.DataRow;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.MissingValues;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoTarget;
import it.peg.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanCodecTest {
    /**
     * The layout is written by hand for the plan's records as they are: when one of them changes shape (a component
     * added, renamed, retyped; an enum constant or a target kind added), this fails until {@link PlanCodec} writes
     * and reads the new shape and its {@link PlanCodec#LAYOUT} carries the new digest, so that entries of the earlier
     * layout are misses.
     */
    @Test
    void theLayoutNamesTheShapeOfThePlansRecordsItWasWrittenFor() {
        assertTrue(PlanCodec.LAYOUT.endsWith("+" + RecordCodec.schemaOf(Plan.class)),
                "the plan's records changed shape: change PlanCodec for them, then its LAYOUT to end with +"
                        + RecordCodec.schemaOf(Plan.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plans/firenze-2017.xlsx", "/plans/firenze-2021.xlsx", "/plans/serravalle-2018.xlsx",
            "/plans/serravalle-2018-tre-verifiche.xlsx", "/plans/trezzo-2022.xlsx", "/plans/trezzo-2022-trimestrale.xlsx",
            "/plans/valdelsa-2025.xlsx", "/plans/montalto-2026.xlsx", "/plans/targets-2026.xlsx",
            "/it/peg/demo/piano-esempio.xlsx"})
    void aPlanReadFromItsWorkbookDecodesEqual(String resource, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("piano.xlsx");
        try (InputStream in = PlanCodecTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        Plan read = PlanReader.read(file).plan().orElseThrow();
        assertEquals(read, roundTrip(read), resource);
    }

    @Test
    void aSyntheticPlanDecodesEqual() throws IOException {
        Plan plan = SyntheticPlan.build(60, 7);
        assertEquals(plan, roundTrip(plan));
    }

    /** Every component of every record of a plan, each optional one present and absent, every target kind. */
    @Test
    void everyValueOfEveryRecordDecodesEqual() throws IOException {
        Plan plan = everyShape();
        Plan decoded = roundTrip(plan);
        assertEquals(plan, decoded);
        assertEquals(plan.settings(), decoded.settings());
        for (int i = 0; i < plan.indicators().size(); i++) {
            Indicator x = plan.indicators().get(i);
            Indicator y = decoded.indicators().get(i);
            assertEquals(x.intermediateTargets(), y.intermediateTargets(), x.code());
            assertEquals(x.intermediateWeights(), y.intermediateWeights(), x.code());
            assertEquals(x.target().target().getClass(), y.target().target().getClass(), x.code());
        }
        // a number keeps its scale (1.0 and 1.00 are not equal BigDecimals)
        assertEquals("1.00", decoded.indicators().get(0).weight().orElseThrow().toString());
        assertEquals("1.0", decoded.indicators().get(1).weight().orElseThrow().toString());
    }

    /** Equal values of a decoded plan are one object: its texts (interned, as the assessments' are) and its targets. */
    @Test
    void equalValuesAreDecodedOnce() throws IOException {
        Plan decoded = roundTrip(everyShape());
        Indicator first = decoded.indicators().get(0);
        Indicator third = decoded.indicators().get(2);
        assertEquals(first.target(), third.target());
        assertSame(first.target(), third.target(), "equal targets: one TargetSpec");
        assertSame(first.unit(), third.unit());
        assertSame(first.code().intern(), first.code(), "interned: one copy shared with the decoded assessments");
        assertSame(decoded.objectives().get(0).code(), first.objectiveCode());
    }

    /** A torn payload is an error, never a shorter plan; so is a payload with bytes after the plan. */
    @Test
    void aTruncatedOrLongerPayloadIsAnError() {
        byte[] data = PlanCodec.encode(everyShape());
        for (int length = 0; length < data.length; length++) {
            int n = length;
            assertThrows(IOException.class, () -> PlanCodec.decode(data, 0, n), "first " + n + " bytes");
        }
        byte[] longer = java.util.Arrays.copyOf(data, data.length + 1);
        assertThrows(IOException.class, () -> PlanCodec.decode(longer, 0, longer.length));
    }

    /** A reference out of its table, or a value a record refuses, is an error too (the entry is a miss). */
    @Test
    void aDamagedPayloadIsAnErrorOrAnEqualPlanNeverAnExceptionOfAnotherKind() {
        Plan plan = everyShape();
        byte[] data = PlanCodec.encode(plan);
        java.util.Random random = new java.util.Random(21);
        for (int round = 0; round < 2_000; round++) {
            byte[] damaged = data.clone();
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            try {
                PlanCodec.decode(damaged, 0, damaged.length);
            } catch (IOException e) {
                // expected for most: the cache calls it a miss (its checksum already refuses a damaged entry)
            }
        }
    }

    private static Plan roundTrip(Plan plan) throws IOException {
        byte[] data = PlanCodec.encode(plan);
        byte[] framed = new byte[data.length + 7];
        System.arraycopy(data, 0, framed, 3, data.length); // decoded where it lies, among other bytes
        return PlanCodec.decode(framed, 3, data.length);
    }

    private static Plan everyShape() {
        LocalDate june = LocalDate.of(2026, 6, 30);
        LocalDate december = LocalDate.of(2026, 12, 31);
        Settings settings = new Settings("Comune di Città", 2026,
                List.of(new Verifica(june, Optional.of(LocalDate.of(2026, 7, 15)), false),
                        new Verifica(december, Optional.empty(), true)),
                new BigDecimal("0.2"), new BigDecimal("1.20"), 30,
                List.of(new Band(new BigDecimal("0"), "Non adeguato"), new Band(new BigDecimal("0.6"), "Adeguato")),
                Optional.of("/srv/peg/stemma.png"), MissingValues.ZERO, Optional.of("modello-città"));
        List<Service> services = List.of(
                new Service("S1", "Direzione è", "Dir", "Settore", "Resp", "Servizio uno", "Dirigente", "Responsabile",
                        "Assessore", "DIREZIONALE", "3", "funzioni ".repeat(60), 4),
                new Service("S2", "", "", "", "", "", "", "", "", "", "", "", 0));
        List<Objective> objectives = List.of(
                new Objective("S1.O1", "S1", "Titolo", "Descrizione lunga ".repeat(30), "sviluppo", "DUP 1.2",
                        "12 / 1203", Optional.of(new BigDecimal("40")), Optional.of(LocalDate.of(2026, 1, 1)),
                        "01/01/2026", Optional.empty(), "-----", true, "2 persone", "10.000 euro",
                        Optional.of(new BigDecimal("1500.50")), Optional.of(new BigDecimal("-3")), "S2", "Rossi",
                        Aggregation.ALL, 7),
                new Objective("S2.O1", "S2", "", "", "", "", "", Optional.empty(), Optional.empty(), "",
                        Optional.of(december), "Dicembre 2026", false, "", "", Optional.empty(), Optional.empty(), "",
                        Aggregation.WEIGHTED_MEAN, 0));
        TargetSpec atLeast = new TargetSpec(">= 10", new NumericTarget(new BigDecimal("10"), Comparison.AT_LEAST, false),
                Optional.empty());
        SortedMap<LocalDate, TargetSpec> intermediate = new TreeMap<>();
        intermediate.put(june, new TargetSpec("5", NumericTarget.of("5"), Optional.empty()));
        SortedMap<LocalDate, BigDecimal> weights = new TreeMap<>();
        weights.put(june, new BigDecimal("0.5"));
        List<Indicator> indicators = List.of(
                new Indicator("S1.O1.I1", "S1.O1", "Pratiche", "PERFORMANCE", "EFFICACIA", atLeast,
                        Optional.of(new BigDecimal("1.00")), "numero", Optional.of(BigDecimal.ZERO),
                        Optional.of(new BigDecimal("100")), Polarity.INCREASING, true, intermediate, weights, 12),
                new Indicator("S1.O1.I2", "S1.O1", "Quota", "", "", new TargetSpec("tra 70% e 80%",
                        NumericTarget.range(new BigDecimal("0.7"), new BigDecimal("0.8"), true),
                        Optional.of("'70-80%' letto come tra 70% e 80%")), Optional.of(new BigDecimal("1.0")), "%",
                        Optional.empty(), Optional.empty(), Polarity.DECREASING, false, new TreeMap<>(), new TreeMap<>(), 13),
                new Indicator("S1.O1.I3", "S1.O1", "Altre", "", "", atLeast, Optional.empty(), "numero",
                        Optional.empty(), Optional.empty(), Polarity.INCREASING, false, new TreeMap<>(), new TreeMap<>(), 14),
                new Indicator("S2.O1.I1", "S2.O1", "Rapporto", "", "", new TargetSpec("1200/3",
                        new RatioTarget(new BigDecimal("1200"), new BigDecimal("3")), Optional.empty()), Optional.empty(),
                        "", Optional.empty(), Optional.empty(), Polarity.INCREASING, false, new TreeMap<>(), new TreeMap<>(), 0),
                new Indicator("S2.O1.I2", "S2.O1", "Scadenza", "", "", new TargetSpec("Settembre 2026",
                        new DeadlineTarget(LocalDate.of(2026, 9, 30)), Optional.of("Settembre 2026 letto come scadenza 30/09/2026")),
                        Optional.empty(), "data", Optional.empty(), Optional.empty(), Polarity.DECREASING, false,
                        new TreeMap<>(), new TreeMap<>(), 0),
                new Indicator("S2.O1.I3", "S2.O1", "Fatto", "", "", new TargetSpec("SI", new YesNoTarget(true),
                        Optional.empty()), Optional.empty(), "", Optional.empty(), Optional.empty(), Polarity.INCREASING,
                        false, new TreeMap<>(), new TreeMap<>(), 0),
                new Indicator("S2.O1.I4", "S2.O1", "Non fatto", "", "", new TargetSpec("NO", new YesNoTarget(false),
                        Optional.empty()), Optional.empty(), "", Optional.empty(), Optional.empty(), Polarity.INCREASING,
                        false, new TreeMap<>(), new TreeMap<>(), 0),
                new Indicator("S2.O1.I5", "S2.O1", "Qualità", "", "", new TargetSpec("Migliorare il servizio",
                        new QualitativeTarget("Migliorare il servizio"), Optional.empty()), Optional.empty(), "",
                        Optional.empty(), Optional.empty(), Polarity.INCREASING, false, new TreeMap<>(), new TreeMap<>(), 0));
        List<Phase> phases = List.of(new Phase("S1.O1", "A", "Analisi", List.of(1, 2, 3), "GEN-MAR", 20),
                new Phase("S1.O1", "B", "", List.of(), "", 0));
        SortedMap<Integer, BigDecimal> values = new TreeMap<>();
        values.put(2024, new BigDecimal("120"));
        values.put(2025, new BigDecimal("130.5"));
        List<DataRow> rows = List.of(new DataRow("S1.D1", "S1", "Pratiche gestite", values, 30),
                new DataRow("S2.D1", "S2", "", new TreeMap<>(), 0));
        return new Plan(settings, services, objectives, indicators, phases, List.of(2024, 2025, 2026), rows);
    }
}
