package it.peg.italian;

import it.peg.domain.Comparison;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.NumericTarget;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.YesNoTarget;

import java.math.BigDecimal;
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
    public static final String ACCEPTED_FORMS = "forme accettate: numero (24000, 1.200, 0,5, 1,5 milioni, n. 12, 30 gg), "
            + "percentuale (75%, 95 per cento), rapporto (1200/3, 1500 su 2000), confronto (>=5, almeno 5, <=30, "
            + "non superiore al 5%), intervallo (tra 5 e 10), scadenza (31/12/2018, Settembre 2018, entro il 30/06/2018, "
            + "entro l'anno, I semestre 2018), variazione sul valore di partenza (+5%, riduzione del 10% rispetto al 2017), "
            + "SI/NO; ogni altro testo è un target qualitativo";

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern YES = Pattern.compile("si'?");
    private static final Pattern NO = Pattern.compile("no");
    private static final Pattern RATIO = Pattern.compile("([^/]+)/([^/]+)");
    private static final Pattern RATIO_WORDS = Pattern.compile("(.*?\\d)\\s+su\\s+(.*\\d.*)");
    private static final Pattern ARTICLE = Pattern.compile("^(?:(?:il|lo|la|le|al|allo|alla|del|dello|della)\\s+|(?:l|all|dell)'\\s*)");
    private static final Pattern DEADLINE_WORD = Pattern.compile("entro|fino|sino|non\\s+oltre");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("(.*?\\S)\\s*\\(([^()]+)\\)\\.?");
    private static final String NUMBER = "(\\d(?:[\\d.,]*\\d)?)";
    private static final String PERCENT = "(%|\\s*per\\s*cento)";
    private static final Pattern RELATIVE_SIGNED = Pattern.compile("([+-])\\s*" + NUMBER + "\\s*" + PERCENT + "?(.*)");
    private static final Pattern RELATIVE_WORDS = Pattern.compile("(?:un[a']?\\s*)?(incremento|aumento|crescita|riduzione"
            + "|diminuzione|calo|decremento|contenimento|abbattimento|taglio)\\s+(?:del|di|dell'|pari\\s+al?)?\\s*"
            + "(?:almeno\\s+(?:il\\s+|l')?)?" + NUMBER + "\\s*" + PERCENT + "?(.*)");
    private static final Pattern MAINTAIN = Pattern.compile("mantenimento(?:\\s+(?:del|dello|della|dei|degli)\\s+"
            + "(?:livell[oi]|valor[ei]|standard|dat[oi])(?:\\s+raggiunt[oi])?)?(\\s+.*)?");
    private static final Pattern REFERENCE = Pattern.compile("(?:(?:rispetto\\s+(?:al|all'|alla|allo|ai|agli|a)|sul(?:l')?|su|vs\\.?"
            + "|dal)\\s*)?(.+)");
    private static final Pattern RANGE_BETWEEN = Pattern.compile("(?:compres[oaie]\\s+)?(?:tra|fra)\\s+(?:il\\s+|l')?(.+?)"
            + "\\s+e\\s+(?:il\\s+|l')?(.+)");
    private static final Pattern RANGE_FROM_TO = Pattern.compile("da(?:l)?\\s+(?:un\\s+minimo\\s+di\\s+)?(.+?)\\s+a(?:d|l)?"
            + "\\s+(?:un\\s+massimo\\s+di\\s+)?(.+)");

    private record Comparator(Pattern pattern, Comparison comparison, boolean literal, boolean strict) {
    }

    private static final List<Comparator> COMPARATORS = new ArrayList<>();

    /** The prepositions that follow a comparator word: {@code superiore ad}, {@code non superiore al}, {@code pari all'}. */
    private static final String PREP = "(?:ad|al|alla|allo|alle|agli|ai|all'|a|di|del|della|dello|dei|degli|dell')";

    static {
        symbol(">\\s*=|=\\s*>|≥", Comparison.AT_LEAST);
        symbol("<\\s*=|=\\s*<|≤", Comparison.AT_MOST);
        symbol("==?", Comparison.EQUAL);
        COMPARATORS.add(new Comparator(Pattern.compile("^>\\s*"), Comparison.AT_LEAST, false, true));
        COMPARATORS.add(new Comparator(Pattern.compile("^<\\s*"), Comparison.AT_MOST, false, true));
        words(Comparison.AT_LEAST, false, "maggiore o uguale P", "superiore o uguale P",
                "uguale o (?:superiore|maggiore) P", "pari o (?:superiore|maggiore) P", "non inferiore P",
                "non minore P", "non meno P", "almeno", "come minimo", "minimo", "min");
        words(Comparison.AT_MOST, false, "inferiore o uguale P", "minore o uguale P",
                "uguale o (?:inferiore|minore) P", "pari o (?:inferiore|minore) P", "non superiore P",
                "non maggiore P", "non oltre", "non piu'? P", "al massimo", "come massimo", "massimo", "max",
                "entro", "fino P", "sino P");
        words(Comparison.EQUAL, false, "pari P", "uguale P", "esattamente");
        words(Comparison.AT_LEAST, true, "maggiore P", "superiore P", "piu'? P", "oltre", "sopra");
        words(Comparison.AT_MOST, true, "minore P", "inferiore P", "meno P", "sotto");
    }

    private static void symbol(String regex, Comparison comparison) {
        COMPARATORS.add(new Comparator(Pattern.compile("^(?:" + regex + ")\\s*"), comparison, true, false));
    }

    private static void words(Comparison comparison, boolean strict, String... phrases) {
        for (String phrase : phrases) {
            String regex = phrase.replace(" P", " " + PREP).replace(" ", "\\s+");
            // a letter may not follow (min is not minore); an apostrophe may end the phrase (all'80%)
            COMPARATORS.add(new Comparator(Pattern.compile("^" + regex + "(?![a-z])\\.?\\s*"),
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
        ParsedTarget whole = parseNormalised(original, t, planYear);
        Matcher comment = TRAILING_COMMENT.matcher(t);
        if (whole.isValid() && whole.spec().target() instanceof QualitativeTarget && whole.relative().isEmpty()
                && comment.matches()) {
            // "95% (media annua)": the words in brackets are a comment; what stands before them is the target
            String head = original.substring(0, Math.min(original.length(), comment.end(1))).strip();
            ParsedTarget inner = parseNormalised(head, comment.group(1), planYear);
            if (inner.isValid() && !(inner.spec().target() instanceof QualitativeTarget && inner.relative().isEmpty())) {
                String note = "il testo tra parentesi '(" + comment.group(2).strip() + ")' è un commento e non conta"
                        + inner.spec().interpretation().map(i -> "; " + i).orElse("");
                return new ParsedTarget(new TargetSpec(original, inner.spec().target(), Optional.of(note)),
                        Optional.empty(), inner.relative(), inner.unit());
            }
        }
        return whole;
    }

    private static ParsedTarget parseNormalised(String original, String t, int planYear) {
        if (YES.matcher(t).matches()) {
            return ok(original, new YesNoTarget(true), List.of());
        }
        if (NO.matcher(t).matches()) {
            return ok(original, new YesNoTarget(false), List.of());
        }
        Optional<ParsedTarget> relative = relative(original, t);
        if (relative.isPresent()) {
            return relative.get();
        }
        Optional<ParsedTarget> range = range(original, t);
        if (range.isPresent()) {
            return range.get();
        }
        String rest = t;
        Optional<Comparator> comparator = Optional.empty();
        boolean deadlineWord = false;
        for (Comparator c : COMPARATORS) {
            Matcher m = c.pattern().matcher(rest);
            if (m.find() && m.end() < rest.length()) {
                comparator = Optional.of(c);
                deadlineWord = DEADLINE_WORD.matcher(rest).lookingAt();
                rest = rest.substring(m.end()).strip();
                break;
            }
        }
        if (comparator.isPresent()) {
            rest = ARTICLE.matcher(rest).replaceFirst("");
        }
        List<String> notes = new ArrayList<>();
        Optional<ParsedTarget> period = Periods.deadline(rest, planYear, deadlineWord)
                .map(d -> ok(original, new DeadlineTarget(d.date()), List.of("'" + original + "' letto come scadenza "
                        + d.date().format(FULL) + " (" + d.interpretation().orElse("") + ")")));
        if (period.isPresent()) {
            return period.get();
        }
        Optional<ParsedTarget> deadline = deadline(original, rest, planYear, comparator, notes);
        if (deadline.isPresent()) {
            return deadline.get();
        }
        Matcher ratio = RATIO.matcher(rest);
        if (!ratio.matches()) {
            ratio = RATIO_WORDS.matcher(rest);
        }
        if (ratio.matches()) {
            boolean words = !rest.contains("/");
            Optional<Quantities.Quantity> num = Quantities.parse(ratio.group(1));
            Optional<Quantities.Quantity> den = Quantities.parse(ratio.group(2));
            if (num.isPresent() && den.isPresent() && !num.get().percent() && !den.get().percent()) {
                if (den.get().value().signum() == 0) {
                    return error(original, "Rapporto con denominatore zero: '" + original
                            + "' non si può calcolare. Scrivere un denominatore diverso da zero (es. 1200/3).");
                }
                if (words) {
                    notes.add("'" + original + "' letto come rapporto " + Decimals.italian(num.get().value()) + "/"
                            + Decimals.italian(den.get().value()));
                }
                notes.addAll(num.get().notes());
                notes.addAll(den.get().notes());
                comparator.ifPresent(c -> notes.add("il confronto '" + c.comparison().symbol()
                        + "' è ignorato: un rapporto si confronta con il valore numeratore/denominatore"));
                return ok(original, new RatioTarget(num.get().value(), den.get().value()), notes);
            }
        }
        Optional<Quantities.Quantity> number = Quantities.parse(rest);
        if (number.isPresent()) {
            Quantities.Quantity n = number.get();
            Comparison comparison = comparator.map(Comparator::comparison).orElse(Comparison.UNSPECIFIED);
            notes.addAll(n.notes());
            comparator.filter(Comparator::strict).ifPresent(c -> notes.add("il confronto stretto è trattato come '"
                    + (c.comparison() == Comparison.AT_LEAST ? "almeno" : "al massimo") + "'"));
            boolean literal = comparator.map(Comparator::literal).orElse(true);
            if (!literal || !notes.isEmpty()) {
                String reading = comparison.symbol() + (comparison == Comparison.UNSPECIFIED ? "" : " ")
                        + (n.percent() ? Decimals.italian(n.value().movePointRight(2)) + "%" : Decimals.italian(n.value()));
                notes.add(0, "'" + original + "' letto come " + reading);
            }
            Optional<String> note = notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
            return new ParsedTarget(new TargetSpec(original, new NumericTarget(n.value(), comparison, n.percent()), note),
                    Optional.empty(), Optional.empty(), n.unit());
        }
        if (ItalianDates.looksLikeDate(rest)) {
            return error(original, "Data impossibile: '" + original
                    + "' non esiste nel calendario. Correggere la data (es. 31/12/" + planYear + ").");
        }
        return new ParsedTarget(new TargetSpec(original, new QualitativeTarget(original), Optional.of(QUALITATIVE_NOTE)),
                Optional.empty());
    }

    /** {@code +5%}, {@code incremento del 10%}, {@code riduzione del 10% rispetto al 2025}, {@code mantenimento}. */
    private static Optional<ParsedTarget> relative(String original, String t) {
        BigDecimal change;
        boolean percent;
        String tail;
        Matcher signed = RELATIVE_SIGNED.matcher(t);
        Matcher worded = RELATIVE_WORDS.matcher(t);
        Matcher keep = MAINTAIN.matcher(t);
        if (signed.matches()) {
            percent = signed.group(3) != null;
            tail = signed.group(4).strip();
            if (!percent && tail.isEmpty()) {
                return Optional.empty(); // "+5" and "-5" are numbers (the payment timeliness indicator is negative)
            }
            Optional<ParsedNumber> n = ItalianNumbers.parse(signed.group(2));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            change = signed.group(1).equals("-") ? n.get().value().negate() : n.get().value();
        } else if (worded.matches()) {
            percent = worded.group(3) != null;
            tail = worded.group(4).strip();
            Optional<ParsedNumber> n = ItalianNumbers.parse(worded.group(2));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            boolean down = worded.group(1).matches("riduzione|diminuzione|calo|decremento|contenimento|abbattimento|taglio");
            change = down ? n.get().value().negate() : n.get().value();
        } else if (keep.matches()) {
            percent = true;
            change = BigDecimal.ZERO;
            tail = keep.group(1) == null ? "" : keep.group(1).strip();
        } else {
            return Optional.empty();
        }
        String reference = "";
        if (!tail.isEmpty()) {
            Matcher ref = REFERENCE.matcher(tail);
            if (!ref.matches()) {
                return Optional.empty();
            }
            reference = ref.group(1).strip();
        }
        if (percent) {
            change = change.movePointLeft(2);
        }
        RelativeTarget relative = new RelativeTarget(Decimals.normal(change), percent, reference);
        String note = "'" + original + "' letto come variazione " + relative.changeText() + " rispetto al valore di partenza"
                + (reference.isEmpty() ? "" : " (" + reference + ")") + ": il target è calcolato dalla colonna Baseline";
        return Optional.of(new ParsedTarget(new TargetSpec(original, new QualitativeTarget(original), Optional.of(note)),
                Optional.empty(), Optional.of(relative), ""));
    }

    /** {@code tra 5 e 10}, {@code da 5 a 10 giorni}, {@code compreso tra il 90% e il 95%}. */
    private static Optional<ParsedTarget> range(String original, String t) {
        Matcher m = RANGE_BETWEEN.matcher(t);
        if (!m.matches()) {
            m = RANGE_FROM_TO.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        Optional<Quantities.Quantity> low = Quantities.parse(m.group(1));
        Optional<Quantities.Quantity> high = Quantities.parse(m.group(2));
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        boolean percent = low.get().percent() || high.get().percent();
        BigDecimal lo = low.get().percent() || !percent ? low.get().value() : low.get().value().movePointLeft(2);
        BigDecimal hi = high.get().percent() || !percent ? high.get().value() : high.get().value().movePointLeft(2);
        List<String> notes = new ArrayList<>();
        if (lo.compareTo(hi) > 0) {
            BigDecimal swap = lo;
            lo = hi;
            hi = swap;
            notes.add("estremi scambiati: il minore è " + (percent ? Decimals.italian(lo.movePointRight(2)) + "%" : Decimals.italian(lo)));
        }
        String lowText = percent ? Decimals.italian(lo.movePointRight(2)) + "%" : Decimals.italian(lo);
        String highText = percent ? Decimals.italian(hi.movePointRight(2)) + "%" : Decimals.italian(hi);
        notes.add(0, "'" + original + "' letto come intervallo da " + lowText + " a " + highText
                + " (100% dentro l'intervallo; fuori, in proporzione all'estremo più vicino)");
        low.get().notes().stream().filter(n -> !n.startsWith("unità")).forEach(notes::add);
        high.get().notes().stream().filter(n -> !n.startsWith("unità")).forEach(notes::add);
        String unit = high.get().unit().isEmpty() ? low.get().unit() : high.get().unit();
        return Optional.of(new ParsedTarget(new TargetSpec(original, NumericTarget.range(Decimals.normal(lo),
                Decimals.normal(hi), percent), Optional.of(String.join("; ", notes))), Optional.empty(), Optional.empty(), unit));
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
