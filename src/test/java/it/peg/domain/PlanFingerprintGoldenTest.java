package it.peg.domain;

import it.peg.bench.SyntheticPlan;
import it.peg.plan.PlanReader;
import it.peg.testutil.DemoPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every generated workbook carries its service's fingerprint, and a returned workbook whose fingerprint differs
 * is stale: however the fingerprint is computed, its value for a given plan must never change, or every
 * workbook in the offices' hands would be refused. The values pinned here were computed by the first
 * (reflective, uncached) implementation; each is the SHA-256 of the plan's {@code code=fingerprint} lines.
 */
class PlanFingerprintGoldenTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"firenze-2017", "firenze-2021", "serravalle-2018", "trezzo-2022"})
    void sourceDocumentPlansKeepTheirFingerprints(String name) {
        Plan plan = PlanReader.read(Path.of("src/test/resources/plans", name + ".xlsx")).plan().orElseThrow();
        assertEquals(GOLDEN.get(name), digest(plan), name);
    }

    @Test
    void demoPlanKeepsItsFingerprints() throws IOException {
        assertEquals(GOLDEN.get("demo"), digest(DemoPlan.read(dir)));
    }

    @Test
    void syntheticPlanKeepsItsFingerprints() {
        // every target kind, phases and data rows, seeded
        assertEquals(GOLDEN.get("synthetic"), digest(SyntheticPlan.build(200, 7)));
    }

    private static final java.util.Map<String, String> GOLDEN = java.util.Map.of(
            "firenze-2017", "40e801f3133e191b00d7ae01348f18236718715cdbea8600d9494fd1cfc77270",
            "firenze-2021", "982d552c2d86be3bfcd712d9696f8aaa228f8a49503bc4a040a8b9c25ccdd709",
            "serravalle-2018", "2a276d93869b9d3ed196e63b143e452909e0951e8ae6a93ecb006e9eb12c2351",
            "trezzo-2022", "2a111f45f40d67700c029ac2fb341253010d6cb20a45e430ac41dce8bba6af2d",
            "demo", "3c1d90d1d61a84281f4d604821a0afcabf4097aee481507b5b45d0bea15256dc",
            "synthetic", "77946a8901e5853e17dd56bc53023a27d13197fb1044a01d6d9ca21fd4876259");

    static String digest(Plan plan) {
        StringBuilder sb = new StringBuilder();
        plan.services().forEach(s -> sb.append(s.code()).append('=').append(PlanFingerprint.of(plan, s.code())).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
