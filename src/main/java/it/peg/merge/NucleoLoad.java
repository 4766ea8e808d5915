package it.peg.merge;

import it.peg.domain.Finding;
import it.peg.scoring.NucleoOverride;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Nucleo's judgements read back from the current summary (by objective code), and the findings. */
public record NucleoLoad(Map<String, NucleoOverride> overrides, List<Finding> findings) {
    public NucleoLoad {
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
        findings = List.copyOf(findings);
    }

    public static NucleoLoad none() {
        return new NucleoLoad(Map.of(), List.of());
    }
}
