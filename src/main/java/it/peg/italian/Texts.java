package it.peg.italian;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The two text foldings every reader of what people type needs: accents dropped and runs of white space
 * collapsed. One copy, its patterns compiled once: they run for many cells of every plan and returned file,
 * and {@code String.replaceAll} compiled its pattern on every call.
 */
public final class Texts {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** The text without combining marks ({@code Attività} → {@code Attivita}): NFD, marks removed. */
    public static String withoutAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Every run of white space as one space. */
    public static String singleSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ");
    }

    /** No white space at all ({@code 1 200} → {@code 1200}). */
    public static String withoutSpaces(String text) {
        return SPACES.matcher(text).replaceAll("");
    }
}
