package it.peg.merge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When merge writes the Schede per la valutazione beside the summary and the CSV, and when only after the summary is
 * staged: a comune's plan in the nightly job's heap always beside; 10,000 services in 256 MB (where beside cost 12
 * full collections in a 1% night, docs/performance.md "h23-mergeforms") and in the 384 MB docs/performance.md suggests for
 * that size, after.
 */
class OutputStepTest {
    private static final long MB = 1L << 20;

    @Test
    void theFormsAreWrittenBesideTheSummaryWhenTheHeapHasRoomForBoth() {
        assertTrue(OutputStep.formsBeside(64 * MB, 200), "a large comune's plan in a small heap");
        assertTrue(OutputStep.formsBeside(256 * MB, 2_000));
        assertFalse(OutputStep.formsBeside(256 * MB, 10_000));
        assertFalse(OutputStep.formsBeside(384 * MB, 10_000));
        assertTrue(OutputStep.formsBeside(512 * MB, 10_000));
    }
}
