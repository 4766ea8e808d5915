package it.peg.italian;

import it.peg.domain.Comparison;
import it.peg.domain.NumericTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a target is a bare number, whether the indicator is plainly one where lower is better: a time, a delay,
 * a cost or a count of errors or complaints. "Plainly" means the unit ({@code giorni}, {@code ore}, {@code euro}
 * with spesa/costo in the description) or a word of the description ({@code tempo}, {@code ritardo},
 * {@code tempestività}, {@code reclami}...). Words that make a time or an amount a service given ({@code apertura},
 * {@code formazione}, {@code riscossione}...) keep the default, higher is better.
 */
public final class Polarities {
    private static final Pattern TIME_UNIT = Pattern.compile("\\b(giorni|giorno|gg|ore|ora|minuti|mesi|settimane)\\b");
    private static final Pattern EURO_UNIT = Pattern.compile("(\\beuro\\b|\\beur\\b|€)");
    private static final Pattern COST_WORD = Pattern.compile("\\b(spesa|spese|costo|costi)\\b");
    private static final Pattern LOWER_WORD = Pattern.compile("\\b(tempo|tempi|tempistica|tempistiche|giorni|durata|ritardo"
            + "|ritardi|attesa|attese|tempestivita|costo|costi|spesa|reclami|reclamo|errori|errore|contestazioni"
            + "|ricorsi|disservizi|infortuni|incidenti|sanzioni|giacenza|arretrato)\\b");
    private static final Pattern SERVICE_WORD = Pattern.compile("\\b(apertura|aperture|formazione|erogat\\w*|riscoss\\w*"
            + "|entrat\\w*|rispar\\w*|copertura|capacita|realizzazione|investiment\\w*|finanziament\\w*|contribut\\w*)\\b");

    /** A share of cases ("% evase entro 10 giorni"): its description's time words say how cases are counted. */
    private static final Pattern PERCENT_UNIT = Pattern.compile("%|\\bpercent\\w*|\\bper cento\\b");
    /** "entro 10 giorni", "in 30 gg": a time limit inside the description of a count, not a time being measured. */
    private static final Pattern TIME_LIMIT = Pattern.compile("\\b(entro|in|oltre|dopo)\\s+(i\\s+)?\\d+\\s*(giorni|giorno|gg|ore|mesi)\\b");

    private Polarities() {
    }

    /** A number or ratio written without a comparator: its polarity is not in the wording. */
    public static boolean bareNumber(Target target) {
        return target instanceof NumericTarget n && n.comparison() == Comparison.UNSPECIFIED
                || target instanceof RatioTarget;
    }

    /**
     * Why lower is better for this indicator, in Italian ("un tempo: unità 'giorni'"), or empty when it is not
     * plain.
     *
     * @param description the indicator's description
     * @param unit        the Unità di misura column
     * @param targetUnit  the unit written in the target ({@code 30 giorni}), "" when none
     */
    public static Optional<String> lowerIsBetter(String description, String unit, String targetUnit) {
        String d = fold(description);
        if (SERVICE_WORD.matcher(d).find()) {
            return Optional.empty();
        }
        String u = fold(unit + " " + targetUnit);
        if (PERCENT_UNIT.matcher(u).find()) {
            return Optional.empty(); // a percentage of cases: higher or lower depends on what is counted, not plain
        }
        Matcher time = TIME_UNIT.matcher(u);
        if (time.find()) {
            return Optional.of("un tempo (unità '" + time.group(1) + "')");
        }
        Matcher cost = COST_WORD.matcher(d);
        if (EURO_UNIT.matcher(u).find() && cost.find()) {
            return Optional.of("un costo (unità euro e '" + cost.group(1) + "' nella descrizione)");
        }
        Matcher word = LOWER_WORD.matcher(TIME_LIMIT.matcher(d).replaceAll(m -> " ".repeat(m.group().length())));
        if (word.find()) {
            return Optional.of("di quelli in cui più basso è meglio ('" + asWritten(description, d, word) + "' nella descrizione)");
        }
        return Optional.empty();
    }

    /** The matched word with its accents ("tempestività"): folding keeps the offsets of a composed (NFC) text. */
    private static String asWritten(String original, String folded, Matcher m) {
        String nfc = java.text.Normalizer.normalize(original, java.text.Normalizer.Form.NFC);
        return nfc.length() == folded.length() ? nfc.substring(m.start(1), m.end(1)).toLowerCase(Locale.ROOT) : m.group(1);
    }

    private static String fold(String text) {
        return Texts.withoutAccents(text).toLowerCase(Locale.ROOT);
    }
}
