package it.peg.scoring;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An indicator's Italian explanation ({@link IndicatorScore#explanation}), made the first time it is read. Scoring
 * needs the numbers, not the text: only the rows that are rendered show it, and a night that copies an unchanged
 * service's rows never reads it (formatting every number and date of 2,000 services' indicators was about a third of
 * scoring them ahead on a 1% night). The text is a pure function of values the supplier holds, so two threads reading
 * it at once at worst both make the same text; it is kept once made, and the supplier dropped. Equal when the texts
 * are equal.
 */
public final class Explanation {
    /** Dropped once the text is made: at 10,000 services a night holds 90,000 explanations through its outputs. */
    private volatile Supplier<String> make;
    private volatile String text;

    private Explanation(Supplier<String> make, String text) {
        this.make = make;
        this.text = text;
    }

    /** A text already made. */
    public static Explanation of(String text) {
        return new Explanation(null, Objects.requireNonNull(text, "text"));
    }

    /** A text made by {@code make} when first read; {@code make} must be pure (it may run more than once). */
    static Explanation later(Supplier<String> make) {
        return new Explanation(Objects.requireNonNull(make, "make"), null);
    }

    public String text() {
        String t = text;
        if (t != null) {
            return t;
        }
        Supplier<String> m = make;
        if (m == null) {
            // made by another thread meanwhile: it wrote the text before it dropped the supplier
            return text;
        }
        t = Objects.requireNonNull(m.get(), "explanation");
        text = t;
        make = null;
        return t;
    }

    /** Whether the text is made already (tests: the explanation of a row copied from last night's output never is). */
    public boolean isMade() {
        return text != null;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Explanation e && text().equals(e.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
