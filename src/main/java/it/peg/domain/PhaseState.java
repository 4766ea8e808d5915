package it.peg.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** State of a phase at a verifica, as chosen by the office from the list. */
public enum PhaseState {
    DA_AVVIARE("Da avviare"),
    IN_CORSO("In corso"),
    COMPLETATA("Completata");

    /** Runs of whitespace, compiled once: {@code String.replaceAll} compiled it again for every phase of every file. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String label;

    PhaseState(String label) {
        this.label = label;
    }

    /** The Italian text shown in the workbook's list. */
    public String label() {
        return label;
    }

    /** Case-, accent- and space-insensitive lookup of the Italian label. */
    public static Optional<PhaseState> fromLabel(String text) {
        String norm = SPACES.matcher(text.trim()).replaceAll(" ");
        for (PhaseState s : values()) {
            if (s.label.equalsIgnoreCase(norm)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
