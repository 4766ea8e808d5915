package it.peg.merge;

import it.peg.domain.Finding;
import it.peg.scoring.NucleoOverride;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Nucleo's judgements read back from a summary (by objective code), the findings, and the verifica the summary's
 * rows belong to (empty for a summary written before its Obiettivi sheet said so).
 */
public record NucleoLoad(Map<String, NucleoOverride> overrides, List<Finding> findings,
                         java.util.Optional<java.time.LocalDate> verifica) {
    public NucleoLoad(Map<String, NucleoOverride> overrides, List<Finding> findings) {
        this(overrides, findings, java.util.Optional.empty());
    }

    /** Of a summary of another verifica than {@code wanted}: its judgements belong to that one. */
    boolean ofAnother(java.time.LocalDate wanted) {
        return verifica.isPresent() && !verifica.get().equals(wanted);
    }

    public NucleoLoad {
        java.util.Objects.requireNonNull(verifica, "verifica");
        overrides = java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
        findings = List.copyOf(findings);
    }

    public static NucleoLoad none() {
        return new NucleoLoad(Map.of(), List.of());
    }
}
