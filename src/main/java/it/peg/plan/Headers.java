package it.peg.plan;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Header matching: case-, accent-, apostrophe- and spacing-insensitive. */
final class Headers {
    private Headers() {
    }

    static String normalise(String text) {
        String t = Normalizer.normalize(text.replace('\u00a0', ' '), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replace('’', '\'').replace('`', '\'');
        t = t.replaceAll("[:*]", " ").replaceAll("\\s*([/%()'.])\\s*", "$1").replaceAll("\\s+", " ");
        return t.strip();
    }

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
