package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.scoring.ScoreReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services' input keys and the Nucleo columns' read-back take the Nucleo's overrides from {@link
 * ScoreReport#overrides()}, not from every objective's score: a result whose report holds no objective's score (as a
 * night scoring only the changed services would hold few) gives the keys and the read-back of the whole one.
 */
class OverridesWithoutObjectiveScoresTest {
    /** The result with its report's objective scores left out, its overrides kept. */
    private static ConsolidationResult withoutObjectiveScores(ConsolidationResult r) {
        ScoreReport s = r.scores();
        ScoreReport scores = new ScoreReport(s.verifica(), s.indicators(), List.of(), s.services(), s.overall(),
                s.overallEsito(), s.distribution(), s.dataTrends(), s.overrides());
        return new ConsolidationResult(r.plan(), scores, r.submissions(), r.deliveries(), r.registry(), r.findings());
    }

    @Test
    void theKeysAreThoseOfTheWholeResult() {
        ConsolidationResult whole = SummaryFixture.result();
        assertFalse(whole.scores().overrides().isEmpty(), "the fixture has an override to key");
        Map<String, byte[]> expected = ServiceInputKeys.of(whole).orElseThrow();
        Map<String, byte[]> keys = ServiceInputKeys.of(withoutObjectiveScores(whole)).orElseThrow();
        assertEquals(expected.keySet(), keys.keySet());
        expected.forEach((code, key) -> assertArrayEquals(key, keys.get(code), code));
    }

    @Test
    void theKeysTellTheOverrideApart() {
        // the test above can fail: without the override, the overridden objective's service has another key
        ConsolidationResult whole = SummaryFixture.result();
        ScoreReport s = whole.scores();
        ScoreReport none = new ScoreReport(s.verifica(), s.indicators(), s.objectives(), s.services(), s.overall(),
                s.overallEsito(), s.distribution(), s.dataTrends(), Map.of());
        Map<String, byte[]> expected = Map.copyOf(ServiceInputKeys.of(whole).orElseThrow());
        Map<String, byte[]> keys = ServiceInputKeys.of(new ConsolidationResult(whole.plan(), none, whole.submissions(),
                whole.deliveries(), whole.registry(), whole.findings())).orElseThrow();
        assertTrue(expected.keySet().stream().anyMatch(code -> !java.util.Arrays.equals(expected.get(code),
                keys.get(code))));
    }

    @Test
    void theReadBackIsThatOfTheWholeResult() {
        ConsolidationResult whole = SummaryFixture.result();
        NucleoReadResult expected = NucleoColumnsReader.readBackOf(whole).orElseThrow();
        assertEquals(1, expected.overrides().size());
        assertEquals(expected, NucleoColumnsReader.readBackOf(withoutObjectiveScores(whole)).orElseThrow());
    }
}
