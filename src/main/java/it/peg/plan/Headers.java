package it.peg.plan;

import it.peg.italian.Texts;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Header matching: case-, accent-, apostrophe- and spacing-insensitive. */
final class Headers {
    private Headers() {
    }

    static String normalise(String text) {
        String t = Texts.withoutAccents(text.replace('\u00a0', ' '));
        t = t.toLowerCase(Locale.ROOT).replace('’', '\'').replace('`', '\'');
        t = Texts.singleSpaces(AROUND_PUNCTUATION.matcher(COLON_STAR.matcher(t).replaceAll(" ")).replaceAll("$1"));
        return t.strip();
    }

    // compiled once: normalise runs for many cells of a plan (yes/no, aggregation, layout look-ups), and
    // String.replaceAll compiled its pattern on every call (a tenth of reading a 2,000-service plan)
    private static final java.util.regex.Pattern COLON_STAR = java.util.regex.Pattern.compile("[:*]");
    private static final java.util.regex.Pattern AROUND_PUNCTUATION = java.util.regex.Pattern.compile("\\s*([/%()'.])\\s*");

    /** The column of {@code type} whose header or alias is {@code text}. */
    static <E extends Enum<E> & Column> Optional<E> find(Class<E> type, String text) {
        String n = normalise(text);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (E c : type.getEnumConstants()) {
            if (normalise(c.header()).equals(n) || c.aliases().stream().anyMatch(a -> normalise(a).equals(n))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Column index by column, first occurrence wins. */
    static <E extends Enum<E> & Column> Map<E, Integer> map(Class<E> type, Map<Integer, String> headerRow) {
        Map<E, Integer> result = new EnumMap<>(type);
        headerRow.forEach((index, text) -> find(type, text).ifPresent(c -> result.putIfAbsent(c, index)));
        return result;
    }
}
