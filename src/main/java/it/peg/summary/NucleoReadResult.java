package it.peg.summary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
 * @param verifica  the verifica the summary's Obiettivi rows belong to (its {@code Verifica} column); empty for a
 *                  summary written before that column, or without rows
 */
public record NucleoReadResult(Map<String, NucleoOverride> overrides, List<Finding> findings,
                               Optional<LocalDate> verifica) {
    public NucleoReadResult(Map<String, NucleoOverride> overrides, List<Finding> findings) {
        this(overrides, findings, Optional.empty());
    }

    public NucleoReadResult {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        findings = List.copyOf(findings);
        Objects.requireNonNull(verifica, "verifica");
    }

    public static NucleoReadResult empty() {
        return new NucleoReadResult(Map.of(), List.of());
    }

    /**
     * The Nucleo's judgements as they apply to a summary of {@code wanted}: none when this summary is of another
     * verifica (they belong to that one). A summary that does not say its verifica (written before the column) is
     * taken as it is.
     */
    public NucleoReadResult forVerifica(LocalDate wanted) {
        if (verifica.isEmpty() || verifica.get().equals(wanted)) {
            return this;
        }
        return new NucleoReadResult(Map.of(), findings, verifica);
    }

    /** The summary is of another verifica and holds Nucleo judgements, that a summary of {@code wanted} would lose. */
    public boolean holdsJudgementsOfAnother(LocalDate wanted) {
        return verifica.isPresent() && !verifica.get().equals(wanted) && !overrides.isEmpty();
    }
}
