package it.peg.domain;

import it.peg.bench.SyntheticPlan;
import org.junit.jupiter.api.Test;

import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fingerprints kept with a cached plan and given back to the decoded plan ({@link PlanFingerprint#restoreInServiceOrder}). */
class PlanFingerprintRestoreTest {
    private static Plan equalCopy(Plan p) {
        return new Plan(p.settings(), p.services(), p.objectives(), p.indicators(), p.phases(), p.dataYears(), p.dataRows());
    }

    @Test
    void everyServicesFingerprintIsTheOneComputedForIt() {
        Plan plan = SyntheticPlan.build(40, 3);
        SortedMap<String, String> all = PlanFingerprint.ofEveryService(plan);
        assertEquals(plan.services().size(), all.size());
        Plan fresh = equalCopy(plan);
        fresh.services().forEach(s -> assertEquals(PlanFingerprint.compute(fresh, s.code()), all.get(s.code()), s.code()));
    }

    @Test
    void keysRestoredInServiceOrderAreTakenWhenThereIsOnePerService() {
        Plan plan = SyntheticPlan.build(40, 3);
        Plan decoded = equalCopy(plan);
        java.util.List<String> fingerprints = plan.services().stream().map(s -> PlanFingerprint.of(plan, s.code())).toList();
        java.util.List<String> keys = plan.services().stream().map(s -> "k" + s.code()).toList();
        assertTrue(PlanFingerprint.restoreInServiceOrder(decoded, fingerprints, keys));
        for (int i = 0; i < plan.services().size(); i++) {
            String code = plan.services().get(i).code();
            assertEquals(fingerprints.get(i), PlanFingerprint.of(decoded, code));
            assertEquals("k" + code, PlanFingerprint.contentKeyOf(decoded, code), "taken as given, the i-th for the i-th");
        }

        Plan other = equalCopy(plan);
        java.util.List<String> oneShort = keys.subList(1, keys.size());
        assertFalse(PlanFingerprint.restoreInServiceOrder(other, fingerprints, oneShort));
        assertFalse(PlanFingerprint.restoreInServiceOrder(other, fingerprints.subList(1, fingerprints.size()), keys));
        Plan fresh = equalCopy(plan);
        other.services().forEach(s -> assertEquals(PlanFingerprint.computeContentKey(fresh, s.code()),
                PlanFingerprint.contentKeyOf(other, s.code())));
    }
}
