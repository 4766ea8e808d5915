package it.peg.scoring;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An indicator's Italian explanation ({@link IndicatorScore#explanation}), made the first time it is read. Scoring
 * needs the numbers, not the text: only the rows that are rendered show it, and a night that copies an unchanged
 * service's rows never reads it (formatting every number and date of 2,000 services' indicators was about a third of
 * scoring them ahead on a 1% night). The text is a pure function of values the supplier holds, so two threads reading
 * it at once at worst both make the same text; it is kept once made, and the supplier dropped. Equal when the texts
 * are equal.
 *
 * <p>A text made is kept as its UTF-8 bytes and read into a {@code String} each time it is asked for (the summary and
 * the CSV: twice): a first night at 10,000 services holds 90,000 made texts through its outputs, and a text with an
 * arrow or a comparison sign ({@code →}, {@code ≥}) is a UTF-16 {@code String}, two bytes a character (issue 21: the
 * first night's heap). A text UTF-8 cannot give back as it was (a lone surrogate) is kept as it is.
 */
public final class Explanation {
    /** Dropped once the text is made: at 10,000 services a night holds 90,000 explanations through its outputs. */
    private volatile Supplier<String> make;
    /** The text once made: its UTF-8 bytes, or the {@code String} itself when those would not give it back. */
    private volatile Object text;

    private Explanation(Supplier<String> make, String text) {
        this.make = make;
        this.text = text == null ? null : kept(text);
    }

    private static Object kept(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return text;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Object kept) {
        return kept instanceof byte[] utf8 ? new String(utf8, StandardCharsets.UTF_8) : (String) kept;
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
        Object t = text;
        if (t != null) {
            return read(t);
        }
        Supplier<String> m = make;
        if (m == null) {
            // made by another thread meanwhile: it wrote the text before it dropped the supplier
            return read(text);
        }
        String made = Objects.requireNonNull(m.get(), "explanation");
        text = kept(made);
        make = null;
        return made;
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
