package it.peg.summary;

import it.peg.domain.Finding;
import it.peg.scoring.NucleoOverride;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link NucleoColumnsReader} found in an existing summary.
 *
 * @param overrides the Nucleo's judgements by objective code, in sheet order (rows with both columns blank are absent)
 * @param findings  values that could not be read, and why (never thrown)
 */
public record NucleoReadResult(Map<String, NucleoOverride> overrides, List<Finding> findings) {
    public NucleoReadResult {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        findings = List.copyOf(findings);
    }

    public static NucleoReadResult empty() {
        return new NucleoReadResult(Map.of(), List.of());
    }
}
