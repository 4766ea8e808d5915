package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runs worked out once for both writers of a result ({@code IndicatorRows.Spans}). */
class IndicatorRowsSpansTest {
    @Test
    void aResultWhoseRunsCouldNotBeWorkedOutLeavesNoEmptyMemoForTheOneBefore() {
        ConsolidationResult a = SummaryFixture.result();
        int rows = IndicatorRows.of(a).size();
        assertTrue(rows > 0);
        // working out another result's runs fails (here on a missing argument; at 10,000 services it could be
        // the memory): the rows of the first must still all be there, not none
        assertThrows(NullPointerException.class, () -> IndicatorRows.Spans.of(SummaryFixture.emptyListsResult(), null));
        assertEquals(rows, IndicatorRows.of(a).size());
    }

    @Test
    void eachResultHasItsOwnRuns() {
        ConsolidationResult a = SummaryFixture.result();
        ConsolidationResult empty = SummaryFixture.emptyListsResult();
        assertEquals(IndicatorRows.of(a), IndicatorRows.of(a));
        // the same plan and scores, no files: other keys for the same rows, whichever was asked first
        java.util.List<String> keysA = new java.util.ArrayList<>();
        java.util.List<String> keysEmpty = new java.util.ArrayList<>();
        try {
            IndicatorRows.forEachRun(a, (run, r) -> keysA.add(run.key()));
            IndicatorRows.forEachRun(empty, (run, r) -> keysEmpty.add(run.key()));
            java.util.List<String> again = new java.util.ArrayList<>();
            IndicatorRows.forEachRun(a, (run, r) -> again.add(run.key()));
            assertEquals(keysA, again);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(keysA.size(), keysEmpty.size());
        assertTrue(!keysA.equals(keysEmpty), "keys name the files");
    }
}
