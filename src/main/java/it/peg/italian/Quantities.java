package it.peg.italian;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a plan target writes it, with what Italian plans put around it: a count prefix ({@code n. 12},
 * {@code nr. 12}), a currency ({@code € 1.500}, {@code 1.500 euro}), a magnitude ({@code 10 mila},
 * {@code 1,5 milioni}, {@code 1,5 mln}) and a unit glued or spaced ({@code 30gg}, {@code 30 giorni},
 * {@code 95%}, {@code 95 per cento}, {@code 4 ore}). The text it is given is already lower case and without
 * accents ({@link TargetParser}).
 */
final class Quantities {
    /** A number read with its unit; {@code value} is a fraction when {@code percent}. */
    record Quantity(BigDecimal value, boolean percent, String unit, List<String> notes) {
        Quantity {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            notes = List.copyOf(notes);
        }
    }

    private static final Pattern COUNT_PREFIX = Pattern.compile("^(?:n|nr|num|numero)\\s*[.°º:]?\\s*(?=[-+]?\\d)");
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(?:€|euro|eur)\\s*(?=[-+]?\\d)");
    private static final Pattern QUANTITY = Pattern.compile("^([-+]?\\d(?:[\\d.,]*\\d)?)\\s*"
            + "(?:(mila|mille|milioni|milione|mln|mio|miliardi|miliardo|mld)(?![a-z])\\.?)?\\s*(?:di\\s+)?"
            + "(?:(%%?|per\\s*cento|gg\\.?\\s+lavorativi|giorni\\s+lavorativi|giorni\\s+naturali(?:\\s+e\\s+consecutivi)?"
            + "|gg|giorni|giorno|ore|ora|h|minuti|min|mesi|mese|settimane|euro|eur|€)(?![a-z])\\.?)?\\s*(.*)$");

    private Quantities() {
    }

    static Optional<Quantity> parse(String text) {
        String s = text.strip();
        List<String> notes = new ArrayList<>();
        String unit = "";
        Matcher count = COUNT_PREFIX.matcher(s);
        if (count.find()) {
            notes.add("'" + s.substring(0, count.end()).strip() + "' = numero");
            s = s.substring(count.end());
        }
        Matcher currency = CURRENCY_PREFIX.matcher(s);
        if (currency.find()) {
            unit = "euro";
            s = s.substring(currency.end());
        }
        Matcher m = QUANTITY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String tail = m.group(4).strip();
        if (tail.chars().anyMatch(Character::isDigit) || tail.startsWith("/")) {
            return Optional.empty();
        }
        Optional<ParsedNumber> number = ItalianNumbers.parse(m.group(1));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        number.get().interpretation().ifPresent(notes::add);
        BigDecimal value = number.get().value();
        String magnitude = m.group(2);
        if (magnitude != null) {
            BigDecimal multiplied = Decimals.normal(value.multiply(multiplier(magnitude)));
            notes.add("'" + m.group(1) + " " + magnitude + "' = " + Decimals.italian(multiplied));
            value = multiplied;
        }
        String written = m.group(3) == null ? "" : m.group(3).replaceAll("\\s+", " ");
        boolean percent = written.startsWith("%") || written.startsWith("per");
        if (percent) {
            value = value.movePointLeft(2);
            if (written.startsWith("per")) {
                notes.add("'" + written + "' = %");
            }
            unit = "%";
        } else if (!written.isEmpty()) {
            unit = canonicalUnit(written);
            notes.add("unità: " + unit);
        }
        if (!tail.isEmpty()) {
            if (!tail.matches("[a-z][a-z'. ]*")) {
                return Optional.empty();
            }
            if (unit.isEmpty()) {
                unit = tail;
            }
            notes.add("l'unità '" + tail + "' è ignorata (indicarla nella colonna Unità di misura)");
        }
        return Optional.of(new Quantity(Decimals.normal(value), percent, unit, notes));
    }

    private static BigDecimal multiplier(String magnitude) {
        return switch (magnitude) {
            case "mila", "mille" -> BigDecimal.valueOf(1_000);
            case "miliardi", "miliardo", "mld" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.valueOf(1_000_000);
        };
    }

    /** {@code gg}, {@code giorni lavorativi} → giorni; {@code h} → ore; {@code €} → euro. */
    static String canonicalUnit(String written) {
        String w = written.strip();
        if (w.startsWith("gg") || w.startsWith("giorn")) {
            return "giorni";
        }
        if (w.equals("ore") || w.equals("ora") || w.equals("h")) {
            return "ore";
        }
        if (w.startsWith("min")) {
            return "minuti";
        }
        if (w.startsWith("mes")) {
            return "mesi";
        }
        if (w.equals("€") || w.startsWith("eur")) {
            return "euro";
        }
        return w;
    }
}
