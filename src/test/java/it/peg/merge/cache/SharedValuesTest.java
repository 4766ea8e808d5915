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
