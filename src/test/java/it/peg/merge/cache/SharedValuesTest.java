package it.peg.merge.cache;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tables that share decoded values are let go once a night's entries are decoded
 * ({@link AssessmentCache#forgetSharedValues}): emptied, the values decoded before still equal, a decoding after
 * them as right as before (it only shares less).
 */
class SharedValuesTest {
    /** Reported values are shared by kind and what they hold: equal ones are one object, others stay apart. */
    @Test
    void equalReportedValuesAreOneObjectAndOthersStayApart() {
        java.util.function.Function<String, java.math.BigDecimal> n = java.math.BigDecimal::new;
        it.peg.domain.ReportedValue half = SharedValues.reported(new it.peg.domain.NumberValue(n.apply("0.5")));
        org.junit.jupiter.api.Assertions.assertSame(half,
                SharedValues.reported(new it.peg.domain.NumberValue(n.apply("0.5"))));
        java.util.List<it.peg.domain.ReportedValue> apart = java.util.List.of(half,
                new it.peg.domain.NumberValue(n.apply("0.50")), new it.peg.domain.ProgressValue(n.apply("0.5")),
                new it.peg.domain.RatioValue(n.apply("1"), n.apply("2")),
                new it.peg.domain.RatioValue(n.apply("2"), n.apply("4")),
                new it.peg.domain.DateValue(java.time.LocalDate.of(2024, 12, 31)),
                new it.peg.domain.YesNoValue(true), new it.peg.domain.YesNoValue(false));
        java.util.List<it.peg.domain.ReportedValue> shared = apart.stream().map(SharedValues::reported).toList();
        org.junit.jupiter.api.Assertions.assertEquals(apart, shared, "each shared as an equal value");
        org.junit.jupiter.api.Assertions.assertEquals(apart.size(), new java.util.HashSet<>(shared).size(),
                "none taken for another (scale, kind and ratio's terms kept)");
        for (it.peg.domain.ReportedValue v : apart) {
            org.junit.jupiter.api.Assertions.assertSame(SharedValues.reported(v), SharedValues.reported(v));
            // the present Optional of each is shared with it, found the same way
            org.junit.jupiter.api.Assertions.assertSame(SharedValues.optionalOf(SharedValues.reported(v)),
                    SharedValues.optionalOf(SharedValues.reported(v)));
        }
    }

    @Test
    void forgettingTheTablesEmptiesThemAndDecodingStillGivesEqualValues() throws IOException {
        AssessmentCache.Entry entry = AssessmentCacheTest.everyKind();
        byte[] bytes = RecordCodec.encode(entry);
        AssessmentCache.Entry before = RecordCodec.decode(AssessmentCache.Entry.class, bytes);
        AssessmentCache.Entry shared = RecordCodec.decode(AssessmentCache.Entry.class, bytes);
        assertTrue(SharedValues.held() > 0, "a decoding fills the tables");
        String held = SharedValues.NUMBERS.of("12.50").toPlainString();

        AssessmentCache.forgetSharedValues();

        assertEquals(0, SharedValues.held());
        AssessmentCache.Entry after = RecordCodec.decode(AssessmentCache.Entry.class, bytes);
        assertEquals(entry, after);
        assertEquals(before, shared);
        assertEquals(before, after);
        assertEquals(held, SharedValues.NUMBERS.of("12.50").toPlainString());
        assertNotSame(before, after);
    }
}
