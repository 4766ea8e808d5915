package it.peg.merge.cache;

import it.peg.plan.PlanReadResult;
import it.peg.bench.SyntheticPlan;
import it.peg.domain.Finding;
import it.peg.domain.Plan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordCodecTest {
    record Texts(List<String> texts) {
    }

    record Numbers(List<BigDecimal> numbers) {
    }

    record Days(List<LocalDate> days) {
    }

    @Test
    void everyKindOfValueAndAWholePlanRoundTrip() throws IOException {
        AssessmentCache.Entry a = AssessmentCacheTest.everyKind();
        assertEquals(a, RecordCodec.decode(AssessmentCache.Entry.class, RecordCodec.encode(a)));
        PlanReadResult load = new PlanReadResult(Optional.of(SyntheticPlan.build(50, 11)), List.of(Finding.warning("PROVA", "è un avviso")));
        assertEquals(load, RecordCodec.decode(PlanReadResult.class, RecordCodec.encode(load)));
    }

    /** The Impostazioni Logo is part of the cached plan: a plan with one reads back with it. */
    @Test
    void aPlanWithALogoRoundTrips() throws IOException {
        it.peg.domain.Plan p = SyntheticPlan.build(3, 11);
        it.peg.domain.Settings s = p.settings();
        it.peg.domain.Plan withLogo = new it.peg.domain.Plan(new it.peg.domain.Settings(s.ente(), s.year(),
                s.verifiche(), s.minimumThreshold(), s.cap(), s.deadlineToleranceDays(), s.bands(),
                Optional.of("/srv/peg/stemma è.png")), p.services(), p.objectives(), p.indicators(), p.phases(),
                p.dataYears(), p.dataRows());
        PlanReadResult load = new PlanReadResult(Optional.of(withLogo), List.of());
        assertEquals(load, RecordCodec.decode(PlanReadResult.class, RecordCodec.encode(load)));
    }

    @Test
    void textsThatShareTheirLengthAndEndsButDifferInTheMiddleStayApart() throws IOException {
        // the recent texts are found by their length and ends: these all land in the same slot
        List<String> texts = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (char c = 'A'; c <= 'Z'; c++) {
                texts.add("INDICATORE-" + c + "-DEL-SERVIZIO");
                texts.add("Scheda!" + c + "12");
            }
        }
        texts.addAll(List.of("", "è perché già", "😀 emoji", "x".repeat(300), "y".repeat(301), "é".repeat(200), ""));
        Texts decoded = RecordCodec.decode(Texts.class, RecordCodec.encode(new Texts(texts)));
        assertEquals(texts, decoded.texts());
        assertSame(decoded.texts().get(0), decoded.texts().get(52), "a repeated short text is one object");
        assertSame(decoded.texts().get(0), RecordCodec.decode(Texts.class, RecordCodec.encode(new Texts(texts))).texts().get(0),
                "and one object across entries too");
    }

    /**
     * An entry decoded alone (a night's state, its figures) gives the same values, each repeated text and number still
     * one object within it (the entry's own table), but none shared with other entries' or interned: interning the
     * unique texts of a night state at 10,000 services was half of decoding it.
     */
    @Test
    void anEntryDecodedAloneGivesEqualValuesItsOwn() throws IOException {
        String unit = "unità-decodificata-da-sola";
        List<String> texts = List.of(unit, "ab".repeat(40), unit, "", "x".repeat(301));
        byte[] encoded = RecordCodec.encode(new Texts(texts));
        Texts alone = RecordCodec.decodeAlone(Texts.class, encoded, 0, encoded.length);
        assertEquals(texts, alone.texts());
        assertSame(alone.texts().get(0), alone.texts().get(2), "a repeated text is one object within the entry");
        org.junit.jupiter.api.Assertions.assertNotSame(unit.intern(), alone.texts().get(0), "not interned");
        assertSame(unit.intern(), RecordCodec.decode(Texts.class, encoded).texts().get(0), "shared: interned");

        AssessmentCache.Entry every = AssessmentCacheTest.everyKind();
        byte[] entry = RecordCodec.encode(every);
        AssessmentCache.Entry decoded = RecordCodec.decodeAlone(AssessmentCache.Entry.class, entry, 0, entry.length);
        assertEquals(every, decoded);
        List<BigDecimal> numbers = List.of(new BigDecimal("2.50"), new BigDecimal("2.5"), new BigDecimal("2.50"));
        byte[] n = RecordCodec.encode(new Numbers(numbers));
        List<BigDecimal> back = RecordCodec.decodeAlone(Numbers.class, n, 0, n.length).numbers();
        assertEquals(numbers, back);
        assertNotEquals(back.get(0), back.get(1), "scale is kept");
        assertSame(back.get(0), back.get(2));
        assertThrows(IOException.class, () -> RecordCodec.decodeAlone(Numbers.class, n, 0, n.length - 1), "torn");
    }

    @Test
    void numbersKeepTheirScaleAndDatesTheirDay() throws IOException {
        List<BigDecimal> numbers = List.of(new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("1.0"),
                new BigDecimal("-0.5E+3"), new BigDecimal("1".repeat(400)));
        List<BigDecimal> decoded = RecordCodec.decode(Numbers.class, RecordCodec.encode(new Numbers(numbers))).numbers();
        assertEquals(numbers, decoded);
        assertNotEquals(decoded.get(0), decoded.get(1), "scale is kept");
        assertSame(decoded.get(0), decoded.get(2));

        // days 2^15 apart share a slot of the recent dates: each must still come back as itself
        LocalDate d = LocalDate.of(2024, 6, 30);
        List<LocalDate> days = List.of(d, d.plusDays(1 << 15), d, d.minusDays(1 << 15), d.plusDays(1 << 15),
                LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
        assertEquals(days, RecordCodec.decode(Days.class, RecordCodec.encode(new Days(days))).days());
    }

    @Test
    void aTruncatedOrOverlongEntryIsAnError() throws IOException {
        byte[] bytes = RecordCodec.encode(AssessmentCacheTest.everyKind());
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] torn = Arrays.copyOf(bytes, cut);
            assertThrows(IOException.class, () -> RecordCodec.decode(AssessmentCache.Entry.class, torn), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> RecordCodec.decode(AssessmentCache.Entry.class, longer));
        Plan plan = SyntheticPlan.build(3, 1);
        byte[] planBytes = RecordCodec.encode(plan);
        assertEquals(plan, RecordCodec.decode(Plan.class, wrapped(planBytes), 5, planBytes.length));
    }

    enum Colour { RED, GREEN }

    sealed interface Shape permits Circle, Square {
    }

    record Circle(int radius) implements Shape {
    }

    record Square(long side) implements Shape {
    }

    record Mixed(Colour colour, Shape shape, String text, BigDecimal number, long when) {
    }

    @Test
    void aRepeatedTextOrNumberIsStoredOnceAnEntry() throws IOException {
        String code = "OBIETTIVO-DEL-SERVIZIO-CON-UN-CODICE-LUNGO-0001";
        byte[] once = RecordCodec.encode(new Texts(List.of(code)));
        byte[] thousand = RecordCodec.encode(new Texts(java.util.Collections.nCopies(1000, code)));
        // the text once, then a one-byte reference per copy (and two bytes for the count)
        assertEquals(once.length + 999 + 1, thousand.length);
        List<BigDecimal> numbers = java.util.Collections.nCopies(500, new BigDecimal("12345.678"));
        assertEquals(RecordCodec.encode(new Numbers(List.of(numbers.get(0)))).length + 499 + 1,
                RecordCodec.encode(new Numbers(numbers)).length);
    }

    record Reports(List<Optional<it.peg.domain.ReportedValue>> values, Optional<BigDecimal> weight) {
    }

    /** A night held 900,000 Optionals and 200,000 reported values at 10,000 files: equal ones decode to one copy. */
    @Test
    void equalReportedValuesAndTheirOptionalsDecodeToOneCopyAcrossEntries() throws IOException {
        Reports r = new Reports(List.of(Optional.of(new it.peg.domain.NumberValue(new BigDecimal("12.50"))),
                Optional.of(new it.peg.domain.NumberValue(new BigDecimal("12.5"))), Optional.empty(),
                Optional.of(new it.peg.domain.RatioValue(new BigDecimal("3"), new BigDecimal("4")))),
                Optional.of(new BigDecimal("0.25")));
        Reports one = RecordCodec.decode(Reports.class, RecordCodec.encode(r));
        Reports other = RecordCodec.decode(Reports.class, RecordCodec.encode(r));
        assertEquals(r, one);
        for (int i = 0; i < r.values().size(); i++) {
            assertSame(one.values().get(i), other.values().get(i), "value " + i);
        }
        assertSame(one.weight(), other.weight());
        assertNotEquals(one.values().get(0), one.values().get(1), "12.50 and 12.5 stay apart, as their numbers do");
    }

    @Test
    void enumsSealedRecordsAndSignedNumbersRoundTrip() throws IOException {
        List<Mixed> values = List.of(
                new Mixed(Colour.RED, new Circle(-1), "", new BigDecimal("-0.00"), Long.MIN_VALUE),
                new Mixed(Colour.GREEN, new Square(Long.MAX_VALUE), "è", BigDecimal.ONE, -1),
                new Mixed(Colour.GREEN, new Circle(Integer.MIN_VALUE), "è", new BigDecimal("1E+400"), 0),
                new Mixed(Colour.RED, new Square(-300), "x".repeat(5000), BigDecimal.ONE, 1L << 40));
        for (Mixed m : values) {
            assertEquals(m, RecordCodec.decode(Mixed.class, RecordCodec.encode(m)));
        }
    }

    @Test
    void aForgedOrdinalIndexReferenceOrLengthIsAnErrorNotAWrongValue() throws IOException {
        // Mixed: colour ordinal, shape index, the shape's number, then the text (0 = new, its length, bytes)
        byte[] good = RecordCodec.encode(new Mixed(Colour.GREEN, new Circle(3), "ab", BigDecimal.TEN, 7));
        assertEquals(new Mixed(Colour.GREEN, new Circle(3), "ab", BigDecimal.TEN, 7), RecordCodec.decode(Mixed.class, good));
        byte[] ordinal = good.clone();
        ordinal[0] = 2; // Colour has two constants
        assertThrows(IOException.class, () -> RecordCodec.decode(Mixed.class, ordinal));
        byte[] index = good.clone();
        index[1] = 2; // Shape permits two records
        assertThrows(IOException.class, () -> RecordCodec.decode(Mixed.class, index));
        byte[] reference = good.clone();
        reference[3] = 1; // a reference to a text before the first one
        assertThrows(IOException.class, () -> RecordCodec.decode(Mixed.class, reference));
        byte[] length = good.clone();
        length[4] = 100; // longer than the entry
        assertThrows(IOException.class, () -> RecordCodec.decode(Mixed.class, length));
        byte[] overlong = new byte[12];
        Arrays.fill(overlong, (byte) 0xFF); // a count that never ends
        assertThrows(IOException.class, () -> RecordCodec.decode(Texts.class, overlong));
        byte[] huge = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F}; // 2^32 - 1 texts
        assertThrows(IOException.class, () -> RecordCodec.decode(Texts.class, huge));
    }

    record Whole(long value) {
    }

    record TextSet(java.util.SortedSet<String> texts) {
    }

    record TextMap(java.util.SortedMap<String, Integer> map) {
    }

    @Test
    void aNumberInAnythingButItsShortestFormIsAnError() throws IOException {
        // Long.MAX_VALUE zigzagged is 2^64 - 2: ten bytes, the tenth carrying bit 63 alone
        byte[] max = RecordCodec.encode(new Whole(Long.MAX_VALUE));
        assertEquals(10, max.length);
        assertEquals(new Whole(Long.MAX_VALUE), RecordCodec.decode(Whole.class, max));
        byte[] wider = max.clone();
        wider[9] = 0x7F; // bits past the 64th
        assertThrows(IOException.class, () -> RecordCodec.decode(Whole.class, wider));
        byte[] padded = {(byte) 0x82, 0x00}; // 2 with a byte of padding
        assertThrows(IOException.class, () -> RecordCodec.decode(Whole.class, padded));
        assertEquals(new Whole(1), RecordCodec.decode(Whole.class, new byte[]{0x02}));
        assertEquals(new Whole(0), RecordCodec.decode(Whole.class, new byte[]{0x00}));
    }

    @Test
    void aSetOrMapThatRepeatsAKeyIsAnErrorNotASmallerOne() throws IOException {
        byte[] set = RecordCodec.encode(new TextSet(new java.util.TreeSet<>(List.of("a", "b"))));
        // two texts: a new "a", then "b" replaced by a reference to "a"
        byte[] repeated = {2, 0, 1, 'a', 1};
        assertEquals(new TextSet(new java.util.TreeSet<>(List.of("a", "b"))), RecordCodec.decode(TextSet.class, set));
        assertThrows(IOException.class, () -> RecordCodec.decode(TextSet.class, repeated));
        byte[] map = {2, 0, 1, 'a', 2, 1, 4}; // "a" -> 1, "a" -> 2
        assertThrows(IOException.class, () -> RecordCodec.decode(TextMap.class, map));
    }

    enum Before { ERRORE, AVVISO }

    enum After { AVVISO, ERRORE }

    record WithBefore(Before severity) {
    }

    record WithAfter(After severity) {
    }

    record WithAfterToo(After severity) {
    }

    @Test
    void theSchemaNamesEveryConstantComponentAndPermittedRecord() {
        // the same layout of other values: an entry of one is never read as the other
        assertNotEquals(RecordCodec.schemaOf(WithBefore.class), RecordCodec.schemaOf(WithAfter.class));
        assertNotEquals(RecordCodec.schemaOf(WithAfter.class), RecordCodec.schemaOf(WithAfterToo.class));
        assertNotEquals(RecordCodec.schemaOf(Mixed.class), RecordCodec.schemaOf(Texts.class));
        assertEquals(RecordCodec.schemaOf(AssessmentCache.Entry.class), RecordCodec.schemaOf(AssessmentCache.Entry.class));
        assertEquals(16, RecordCodec.schemaOf(PlanReadResult.class).length());
    }

    private static byte[] wrapped(byte[] b) {
        byte[] out = new byte[b.length + 9];
        System.arraycopy(b, 0, out, 5, b.length);
        return out;
    }
}
