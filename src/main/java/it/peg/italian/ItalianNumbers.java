package it.peg.italian;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of numbers as Italian users type them: {@code ,} is the decimal mark and {@code .}
 * groups thousands ({@code 1.200}, {@code -1.234,5}, {@code € 1.234,56}, {@code 75%}). Text that is
 * not Italian but clear enough ({@code 3.5}) is accepted with an interpretation note, so that the
 * caller can tell the user how it was read.
 */
public final class ItalianNumbers {
    private static final Pattern ITALIAN_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d*)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern PLAIN = Pattern.compile("\\d*(,\\d*)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d*\\.\\d+|\\d+\\.");
    private static final Pattern PERCENT_TAIL = Pattern.compile("%{1,2}$");
    private static final Pattern EURO_WORD = Pattern.compile("(?i)^eur(o)?\\b|\\beur(o)?$");
    /** A comma after one to three digits, then three: {@code 1,200}, English thousands or Italian decimals. */
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("[1-9]\\d{0,2},\\d{3}");

    private ItalianNumbers() {
    }

    public static Optional<ParsedNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (digitsOnly(text)) {
            // what the patterns below give for a plain run of digits (a number cell's text, a plan's 1200), without
            // them: there is nothing to strip, no sign, no grouping, no note
            return Optional.of(new ParsedNumber(Decimals.normal(new BigDecimal(text)), false, Optional.empty()));
        }
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        boolean percent = false;
        Matcher pm = PERCENT_TAIL.matcher(t);
        if (pm.find()) {
            percent = true;
            t = t.substring(0, pm.start()).strip();
        }
        t = Texts.withoutSpaces(EURO_WORD.matcher(t.replace("€", "")).replaceAll(""));
        boolean negative = false;
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '\u2212' || t.charAt(0) == '\u2013' || t.charAt(0) == '+')) {
            negative = t.charAt(0) != '+';
            t = t.substring(1);
        }
        if (t.isEmpty() || t.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        Optional<String> note = Optional.empty();
        String canonical;
        if (ITALIAN_GROUPED.matcher(t).matches() && !t.startsWith("0.")) {
            canonical = t.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(t).matches()) {
            canonical = t.replace(',', '.');
            if (COMMA_THOUSANDS.matcher(t).matches()) {
                note = Optional.of("'" + text.strip() + "' letto come " + Decimals.italian(new BigDecimal(canonical))
                        + " (in italiano la virgola separa i decimali; per le migliaia usare il punto, es. 1.200)");
            }
        } else if (DOT_DECIMAL.matcher(t).matches()) {
            canonical = t;
            note = Optional.of("'" + text.strip() + "' letto come " + Decimals.italian(new BigDecimal(canonical))
                    + " (il punto è stato inteso come virgola decimale; in italiano si scrive "
                    + Decimals.italian(new BigDecimal(canonical)) + ")");
        } else if (ENGLISH_GROUPED.matcher(t).matches()) {
            canonical = t.replace(",", "");
            note = Optional.of("'" + text.strip() + "' letto come " + Decimals.italian(new BigDecimal(canonical))
                    + " (scrittura inglese: in italiano si scrive con il punto per le migliaia e la virgola per i decimali)");
        } else {
            return Optional.empty();
        }
        if (canonical.endsWith(".")) {
            canonical = canonical.substring(0, canonical.length() - 1);
        }
        if (canonical.startsWith(".")) {
            canonical = "0" + canonical;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(canonical);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (negative) {
            value = value.negate();
        }
        if (percent) {
            value = value.movePointLeft(2);
        }
        return Optional.of(new ParsedNumber(Decimals.normal(value), percent, note));
    }

    private static boolean digitsOnly(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
