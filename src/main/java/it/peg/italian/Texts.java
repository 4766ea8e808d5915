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
        // plain ASCII has nothing to decompose and no marks: most texts (codes, units, numbers), returned as they
        // are without the normaliser and the pattern, which were most of validating a returned file's cells
        if (ascii(text)) {
            return text;
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Every run of white space as one space. */
    public static String singleSpaces(String text) {
        if (noRunToCollapse(text)) {
            return text;
        }
        return SPACES.matcher(text).replaceAll(" ");
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** No white space ({@code \s}: space, tab, new line, vertical tab, form feed, return) but single spaces. */
    private static boolean noRunToCollapse(String text) {
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return true;
    }

    /** No white space at all ({@code 1 200} → {@code 1200}). */
    public static String withoutSpaces(String text) {
        return SPACES.matcher(text).replaceAll("");
    }
}
