package it.peg.target;

import it.peg.domain.Comparison;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.NumericTarget;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.YesNoTarget;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Target} text of a plan as the source documents write it (SPEC section 3, "Target
 * expressions"): numbers, percentages, ratios, comparators in symbols or Italian words, deadlines,
 * SI/NO; anything else is a qualitative target. Every reading that is not literal carries an
 * Italian interpretation that {@code check} shows to the controllo di gestione.
 */
public final class TargetParser {
    /** The interpretation of every qualitative target. */
    public static final String QUALITATIVE_NOTE = "target qualitativo: l'ufficio indicherà la % di avanzamento";
    public static final String ACCEPTED_FORMS = "forme accettate: numero (24000, 1.200, 0,5), percentuale (75%), "
            + "rapporto (1200/3), confronto (>=5, almeno 5, <=30, non oltre 30), scadenza (31/12/2018, 30 Giugno 2018, "
            + "Settembre 2018, entro il 30/06/2018), SI/NO; ogni altro testo è un target qualitativo";

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern YES = Pattern.compile("si'?");
    private static final Pattern NO = Pattern.compile("no");
    private static final Pattern RATIO = Pattern.compile("([^/]+)/([^/]+)");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(.*?\\d%{0,2})\\s+([a-z][a-z'. ]*)");
    private static final Pattern ARTICLE = Pattern.compile("^(il|lo|la|l'|le|i|al|del|dello|della)\\s*");

    private record Comparator(Pattern pattern, Comparison comparison, boolean literal, boolean strict) {
    }

    private static final List<Comparator> COMPARATORS = new ArrayList<>();

    static {
        symbol(">\\s*=|=\\s*>|≥", Comparison.AT_LEAST);
        symbol("<\\s*=|=\\s*<|≤", Comparison.AT_MOST);
        symbol("==?", Comparison.EQUAL);
        COMPARATORS.add(new Comparator(Pattern.compile("^>\\s*"), Comparison.AT_LEAST, false, true));
        COMPARATORS.add(new Comparator(Pattern.compile("^<\\s*"), Comparison.AT_MOST, false, true));
        words(Comparison.AT_LEAST, false, "maggiore o uguale (?:a|di)", "superiore o uguale (?:a|di)",
                "uguale o (?:superiore|maggiore) (?:a|di)", "pari o superiore a", "non inferiore (?:a|di)",
                "non meno di", "almeno", "minimo", "min");
        words(Comparison.AT_MOST, false, "inferiore o uguale (?:a|di)", "minore o uguale (?:a|di)",
                "uguale o (?:inferiore|minore) (?:a|di)", "pari o inferiore a", "non superiore (?:a|di)",
                "non oltre", "non piu'? di", "al massimo", "massimo", "max", "entro");
        words(Comparison.EQUAL, false, "pari a", "uguale a", "esattamente");
        words(Comparison.AT_LEAST, true, "maggiore di", "superiore a", "piu'? di", "oltre");
        words(Comparison.AT_MOST, true, "minore di", "inferiore a", "meno di");
    }

    private static void symbol(String regex, Comparison comparison) {
        COMPARATORS.add(new Comparator(Pattern.compile("^(?:" + regex + ")\\s*"), comparison, true, false));
    }

    private static void words(Comparison comparison, boolean strict, String... phrases) {
        for (String phrase : phrases) {
            COMPARATORS.add(new Comparator(Pattern.compile("^" + phrase.replace(" ", "\\s+") + "\\b\\.?\\s*"),
                    comparison, false, strict));
        }
    }

    private TargetParser() {
    }

    public static ParsedTarget parse(String text, int planYear) {
        String original = text == null ? "" : Texts.singleSpaces(text.replace('\u00a0', ' ').strip());
        String t = normalise(original);
        if (t.isEmpty()) {
            return error(original, "Target mancante: scrivere il valore atteso (" + ACCEPTED_FORMS + ").");
        }
        if (YES.matcher(t).matches()) {
            return ok(original, new YesNoTarget(true), List.of());
        }
        if (NO.matcher(t).matches()) {
            return ok(original, new YesNoTarget(false), List.of());
        }
        String rest = t;
        Optional<Comparator> comparator = Optional.empty();
        for (Comparator c : COMPARATORS) {
            Matcher m = c.pattern().matcher(rest);
            if (m.find() && m.end() < rest.length()) {
                comparator = Optional.of(c);
                rest = rest.substring(m.end()).strip();
                break;
            }
        }
        if (comparator.isPresent()) {
            rest = ARTICLE.matcher(rest).replaceFirst("");
        }
        List<String> notes = new ArrayList<>();
        Optional<ParsedTarget> deadline = deadline(original, rest, planYear, comparator, notes);
        if (deadline.isPresent()) {
            return deadline.get();
        }
        Matcher ratio = RATIO.matcher(rest);
        if (ratio.matches()) {
            Optional<ParsedNumber> num = ItalianNumbers.parse(ratio.group(1));
            Optional<ParsedNumber> den = ItalianNumbers.parse(ratio.group(2));
            if (num.isPresent() && den.isPresent() && !num.get().percent() && !den.get().percent()) {
                if (den.get().value().signum() == 0) {
                    return error(original, "Rapporto con denominatore zero: '" + original
                            + "' non si può calcolare. Scrivere un denominatore diverso da zero (es. 1200/3).");
                }
                num.get().interpretation().ifPresent(notes::add);
                den.get().interpretation().ifPresent(notes::add);
                comparator.ifPresent(c -> notes.add("il confronto '" + c.comparison().symbol()
                        + "' è ignorato: un rapporto si confronta con il valore numeratore/denominatore"));
                return ok(original, new RatioTarget(num.get().value(), den.get().value()), notes);
            }
        }
        Optional<ParsedNumber> number = ItalianNumbers.parse(rest);
        if (number.isEmpty()) {
            Matcher withUnit = NUMBER_WITH_UNIT.matcher(rest);
            if (withUnit.matches()) {
                number = ItalianNumbers.parse(withUnit.group(1));
                if (number.isPresent()) {
                    notes.add("l'unità '" + withUnit.group(2).strip() + "' è ignorata (indicarla nella colonna Unità di misura)");
                }
            }
        }
        if (number.isPresent()) {
            ParsedNumber n = number.get();
            Comparison comparison = comparator.map(Comparator::comparison).orElse(Comparison.UNSPECIFIED);
            n.interpretation().ifPresent(notes::add);
            comparator.filter(Comparator::strict).ifPresent(c -> notes.add("il confronto stretto è trattato come '"
                    + (c.comparison() == Comparison.AT_LEAST ? "almeno" : "al massimo") + "'"));
            boolean literal = comparator.map(Comparator::literal).orElse(true);
            if (!literal || !notes.isEmpty()) {
                String reading = comparison.symbol() + (comparison == Comparison.UNSPECIFIED ? "" : " ")
                        + (n.percent() ? Decimals.italian(n.value().movePointRight(2)) + "%" : Decimals.italian(n.value()));
                notes.add(0, "'" + original + "' letto come " + reading);
            }
            return ok(original, new NumericTarget(n.value(), comparison, n.percent()), notes);
        }
        if (ItalianDates.looksLikeDate(rest)) {
            return error(original, "Data impossibile: '" + original
                    + "' non esiste nel calendario. Correggere la data (es. 31/12/" + planYear + ").");
        }
        return new ParsedTarget(new TargetSpec(original, new QualitativeTarget(original), Optional.of(QUALITATIVE_NOTE)),
                Optional.empty());
    }

    /** A deadline: a date, possibly after "entro" / "non oltre"; a bare {@code dd/mm} only when it is a month's end. */
    private static Optional<ParsedTarget> deadline(String original, String rest, int planYear,
                                                   Optional<Comparator> comparator, List<String> notes) {
        Optional<ParsedDate> date = Optional.empty();
        Matcher ratioLike = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})").matcher(rest);
        if (ratioLike.matches()) {
            // Firenze writes ratios as 8/8, 7/1: only a month's end (31/12, 30/06) is read as a deadline
            int day = Integer.parseInt(ratioLike.group(1));
            int month = Integer.parseInt(ratioLike.group(2));
            if (month >= 1 && month <= 12 && day == YearMonth.of(planYear, month).lengthOfMonth()) {
                date = ItalianDates.parse(rest, planYear).map(d -> new ParsedDate(d.date(), Optional.of(
                        "'" + original + "' letto come scadenza " + d.date().format(FULL)
                                + " (fine mese dell'anno del piano; se era un rapporto, scriverne il valore come numero)")));
            }
        } else {
            date = ItalianDates.parse(rest, planYear);
        }
        if (date.isEmpty()) {
            return Optional.empty();
        }
        LocalDate d = date.get().date();
        boolean literal = comparator.isEmpty() && date.get().interpretation().isEmpty();
        if (comparator.isPresent() && comparator.get().comparison() != Comparison.AT_MOST) {
            notes.add("'" + original + "' letto come scadenza " + d.format(FULL)
                    + " (il confronto è ignorato: l'ufficio indicherà la data di completamento)");
        } else if (!literal) {
            // a note that already says "scadenza" (a month's end read from 31/12) must not say it twice
            notes.add(date.get().interpretation().map(n -> (n.contains(" letto come scadenza ") ? n
                            : n.replaceFirst(" letto come ", " letto come scadenza "))
                            .replaceFirst("^'[^']*'", "'" + Matcher.quoteReplacement(original) + "'"))
                    .orElse("'" + original + "' letto come scadenza " + d.format(FULL)));
        }
        return Optional.of(ok(original, new DeadlineTarget(d), notes));
    }

    private static ParsedTarget ok(String original, Target target, List<String> notes) {
        Optional<String> note = notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
        return new ParsedTarget(new TargetSpec(original, target, note), Optional.empty());
    }

    private static ParsedTarget error(String original, String message) {
        return new ParsedTarget(new TargetSpec(original, new QualitativeTarget(original), Optional.empty()),
                Optional.of(message));
    }

    private static String normalise(String text) {
        String t = text.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('´', '\'')
                .replace('\u2212', '-');
        t = Texts.withoutAccents(t);
        return t.toLowerCase(Locale.ROOT).strip();
    }
}
