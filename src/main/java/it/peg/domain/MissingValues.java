package it.peg.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The plan's rule for a value a delivered scheda leaves empty at a verifica where it is due ({@code Impostazioni},
 * {@code Valori mancanti}; docs/scoring-rules.md).
 */
public enum MissingValues {
    /** The default: the indicator is left out, the objective is scored over what was reported, coverage says how much. */
    NOT_VALUED("non valutati"),
    /** The indicator counts with achievement 0%. */
    ZERO("zero");

    private final String italian;

    MissingValues(String italian) {
        this.italian = italian;
    }

    /** The text written in the plan. */
    public String italian() {
        return italian;
    }

    /** The rule a plan's text names (case and spacing ignored; {@code non valutato}, {@code 0} too). */
    public static Optional<MissingValues> fromText(String text) {
        String t = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "non valutati", "non valutato", "non valutate", "non valutata" -> Optional.of(NOT_VALUED);
            case "zero", "0", "0%" -> Optional.of(ZERO);
            default -> Optional.empty();
        };
    }
}
