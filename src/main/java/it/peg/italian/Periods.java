package it.peg.italian;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods that plans write as deadlines: the end of the year ({@code entro l'anno}, {@code fine anno},
 * {@code entro il 2026}), of a part of it ({@code I semestre 2026}, {@code primo trimestre}, {@code entro il
 * secondo quadrimestre}) or of a month ({@code entro fine giugno}). The text is lower case without accents, and
 * without the comparator ({@code entro}, {@code fino a}) and its article, which {@code afterComparator} reports.
 */
final class Periods {
    private static final String YEAR = "(?:\\s+(?:del\\s+|dell'anno\\s+)?((?:19|20)\\d{2}))?";
    private static final Pattern YEAR_END = Pattern.compile("(?:(?:la\\s+)?fine\\s+(?:dell'|del\\s+|d')?)?"
            + "(?:anno|esercizio)(?:\\s+(?:in\\s+corso|corrente|solare|di\\s+riferimento))?" + YEAR);
    private static final Pattern END_OF_YEAR_NUMBER = Pattern.compile("(?:(?:la\\s+)?fine\\s+(?:del\\s+)?)?((?:19|20)\\d{2})");
    private static final Pattern PART = Pattern.compile("(?:(?:la\\s+)?fine\\s+(?:del\\s+|dell')?)?(i|ii|iii|iv|1|2|3|4|"
            + "1°|2°|3°|4°|1o|2o|3o|4o|primo|secondo|terzo|quarto)\\s+(semestre|trimestre|quadrimestre|bimestre)" + YEAR);
    private static final Pattern MONTH_END = Pattern.compile("(?:la\\s+)?fine\\s+(?:di\\s+|del\\s+mese\\s+di\\s+)?([a-z]{3,9}"
            + "(?:\\s+\\d{4})?)");

    private Periods() {
    }

    /** The last day of the period, with why (e.g. "fine del I semestre"); empty when the text is no period. */
    static Optional<ParsedDate> deadline(String text, int planYear, boolean afterComparator) {
        String t = text.strip();
        Matcher m = YEAR_END.matcher(t);
        // a bare "anno" is no deadline; "entro l'anno" and "fine anno" are
        if (m.matches() && (afterComparator || t.contains("fine"))) {
            int year = m.group(1) == null ? planYear : Integer.parseInt(m.group(1));
            return Optional.of(new ParsedDate(LocalDate.of(year, 12, 31), Optional.of("fine dell'anno"
                    + (m.group(1) == null ? " del piano" : ""))));
        }
        m = END_OF_YEAR_NUMBER.matcher(t);
        if (m.matches() && (afterComparator || t.contains("fine"))) {
            return Optional.of(new ParsedDate(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31),
                    Optional.of("fine dell'anno")));
        }
        m = PART.matcher(t);
        if (m.matches()) {
            int size = switch (m.group(2)) {
                case "semestre" -> 6;
                case "trimestre" -> 3;
                case "quadrimestre" -> 4;
                default -> 2;
            };
            int n = ordinal(m.group(1));
            if (n * size > 12) {
                return Optional.empty();
            }
            int year = m.group(3) == null ? planYear : Integer.parseInt(m.group(3));
            LocalDate end = YearMonth.of(year, n * size).atEndOfMonth();
            return Optional.of(new ParsedDate(end, Optional.of("fine del " + roman(n) + " " + m.group(2)
                    + (m.group(3) == null ? " dell'anno del piano" : ""))));
        }
        m = MONTH_END.matcher(t);
        if (m.matches() && ItalianDates.month(m.group(1).split(" ")[0]) != 0) {
            return ItalianDates.parse(m.group(1), planYear)
                    .map(d -> new ParsedDate(d.date(), Optional.of("fine del mese")));
        }
        return Optional.empty();
    }

    private static int ordinal(String word) {
        return switch (word) {
            case "i", "1", "1°", "1o", "primo" -> 1;
            case "ii", "2", "2°", "2o", "secondo" -> 2;
            case "iii", "3", "3°", "3o", "terzo" -> 3;
            default -> 4;
        };
    }

    private static String roman(int n) {
        return new String[] {"", "I", "II", "III", "IV"}[n];
    }
}
