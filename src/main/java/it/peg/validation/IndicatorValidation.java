package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.italian.ItalianText;
import it.peg.domain.DateValue;
import it.peg.domain.Findings;
import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.NumberValue;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.readback.RawCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Validates what an office reported for one indicator at one verifica: reads the input cell(s) by the
 * indicator's kind, checks ranges, dates, signs, the cause of a gap and the trend of cumulative values.
 * A value with an ERRORE is dropped; the report keeps the cause and the source.
 */
final class IndicatorValidation {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String file;
    private final int planYear;
    private final LocalDate today;
    private final it.peg.domain.MissingValues missingValues;
    private final Names names;
    private final CellReader reader;
    private final Findings findings;
    /** The last accepted value of each cumulative indicator, for the trend check. */
    private final Map<String, BigDecimal> previous = new HashMap<>();
    private final Plausibility plausibility;

    IndicatorValidation(String file, int planYear, boolean date1904, LocalDate today,
                        it.peg.domain.MissingValues missingValues, Names names, CellReader reader, Findings findings) {
        this.plausibility = new Plausibility(file, planYear, date1904, findings);
        this.file = file;
        this.planYear = planYear;
        this.today = today;
        this.missingValues = missingValues;
        this.names = names;
        this.reader = reader;
        this.findings = findings;
    }

    /**
     * @param token        {@link InputNames#token} of the indicator's code
     * @param verificaCode {@link Verifica#code} of {@code v}: both made once per file by the caller, not per name
     */
    it.peg.domain.IndicatorReport validate(Indicator ind, Verifica v, String token, String verificaCode) {
        // runs for every indicator at every verifica of every file: plain tests, no lambdas or copies of the findings
        int before = findings.size();
        Optional<RawCell> main;
        Optional<ReportedValue> value;
        boolean blank;
        if (ind.inputKind() == InputKind.RATIO) {
            main = names.cell(InputNames.numeratorOfToken(token, verificaCode), ind.code());
            Optional<RawCell> den = names.cell(InputNames.denominatorOfToken(token, verificaCode), ind.code());
            blank = main.isPresent() && main.get().isBlank() && den.isPresent() && den.get().isBlank();
            value = main.isPresent() && den.isPresent() ? ratio(ind, v, main.get(), den.get()) : Optional.empty();
        } else {
            main = names.cell(InputNames.valueOfToken(token, verificaCode), ind.code());
            blank = main.isPresent() && main.get().isBlank();
            value = main.isPresent() ? single(ind, v, main.get()) : Optional.empty();
        }
        boolean rejected = findings.anyErrorSince(before);
        if (rejected) {
            value = Optional.empty();
        }
        if (blank && v.date().isBefore(today) && due(ind, v)) {
            missing(ind, v, main.get());
        }
        Optional<RawCell> causeCell = names.cell(InputNames.causeOfToken(token, verificaCode), ind.code());
        String cause = causeCell.isPresent() ? reader.text(causeCell.get()) : "";
        if (value.isPresent() && cause.isEmpty() && causeCell.isPresent()) {
            Optional<TargetSpec> target = ind.targetAt(v);
            if (target.isPresent() && Gap.shortOf(ind, target.get().target(), value.get())) {
                findings.add(Spot.of(file, causeCell.get(), ind.code()).warning(FindingCode.CAUSA_MANCANTE,
                        describe(ind, value.get()), "una causa di scostamento",
                        "Il valore " + describe(ind, value.get()) + gapVerb(target.get().target()) + " '"
                                + target.get().text() + "' al " + v.label() + ": spiegare nella cella delle cause di scostamento perché, e quali azioni"
                                + " sono state prese."));
            }
        }
        if (ind.cumulative() && value.isPresent() && main.isPresent()) {
            trend(ind, v, main.get(), value.get());
        }
        // sheet!cell within the submission's file: the same few texts in every file of a plan (interned), where
        // "file!sheet!cell" was a quarter of an assessment's memory, and named the archive's copy in merge
        String source = main.isPresent() ? (main.get().sheet() + "!" + main.get().cell()).intern() : "";
        return new it.peg.domain.IndicatorReport(ind.code(), v.date(), value, cause, source, rejected);
    }

    private Optional<ReportedValue> single(Indicator ind, Verifica v, RawCell c) {
        Spot spot = Spot.of(file, c, ind.code());
        switch (ind.inputKind()) {
            case NUMBER -> {
                Optional<BigDecimal> n = reader.number(c, spot);
                if (n.isEmpty() || !numberInRange(ind, c, spot, n.get())) {
                    return Optional.empty();
                }
                plausibility.number(ind, v, c, Plausibility.Part.VALUE, n.get());
                return Optional.of(new NumberValue(n.get()));
            }
            case PERCENT -> {
                Optional<BigDecimal> n = reader.percent(c, spot);
                if (n.isEmpty() || !percentInRange(ind, c, spot, n.get())) {
                    return Optional.empty();
                }
                plausibility.percent(ind, v, c, n.get());
                return Optional.of(new NumberValue(n.get()));
            }
            case PROGRESS -> {
                Optional<BigDecimal> n = reader.percent(c, spot);
                return n.isPresent() && progressInRange(c, spot, n.get())
                        ? Optional.of(new ProgressValue(n.get())) : Optional.empty();
            }
            case DATE -> {
                Optional<LocalDate> d = reader.date(c, spot);
                return d.isPresent() && completionDate(v, spot, d.get())
                        ? Optional.of(new DateValue(d.get())) : Optional.empty();
            }
            case YES_NO -> {
                Optional<Boolean> yes = reader.yesNo(c, spot);
                return yes.isPresent() ? Optional.of(new YesNoValue(yes.get())) : Optional.empty();
            }
            default -> throw new IllegalStateException("ratio read elsewhere");
        }
    }

    private Optional<ReportedValue> ratio(Indicator ind, Verifica v, RawCell numCell, RawCell denCell) {
        Spot numSpot = Spot.of(file, numCell, ind.code());
        Spot denSpot = Spot.of(file, denCell, ind.code());
        Optional<BigDecimal> num = reader.number(numCell, numSpot).filter(n -> notNegative(numCell, numSpot, n, "il numeratore"));
        Optional<BigDecimal> den = reader.number(denCell, denSpot).filter(n -> notNegative(denCell, denSpot, n, "il denominatore"));
        if (den.isPresent() && den.get().signum() == 0) {
            findings.add(denSpot.error(FindingCode.DENOMINATORE_ZERO, "0", "un numero maggiore di zero",
                    "Il denominatore è zero e il rapporto non si può calcolare: scrivere il denominatore effettivo"
                            + " (es. il numero di addetti o di pratiche ricevute); se non è disponibile lasciare vuote entrambe le celle."));
            return Optional.empty();
        }
        if (num.isPresent() != den.isPresent()) {
            boolean numMissing = num.isEmpty() && numCell.isBlank();
            boolean denMissing = den.isEmpty() && denCell.isBlank();
            if (numMissing || denMissing) {
                Spot spot = numMissing ? numSpot : denSpot;
                findings.add(spot.error(FindingCode.RAPPORTO_INCOMPLETO, "", numMissing ? "il numeratore" : "il denominatore",
                        "Il rapporto è incompleto: compilare sia il numeratore sia il denominatore (oppure nessuno dei due)."));
            }
            return Optional.empty();
        }
        if (num.isEmpty()) {
            return Optional.empty();
        }
        plausibility.number(ind, v, numCell, Plausibility.Part.NUMERATOR, num.get());
        plausibility.number(ind, v, denCell, Plausibility.Part.DENOMINATOR, den.get());
        return Optional.of(new RatioValue(num.get(), den.get()));
    }

    private boolean notNegative(RawCell c, Spot spot, BigDecimal n, String what) {
        if (n.signum() < 0) {
            findings.add(spot.error(FindingCode.VALORE_NEGATIVO, reader.display(c), "un numero maggiore o uguale a zero",
                    "Il valore è negativo ma " + what + " è un conteggio: scrivere il numero senza segno meno."));
            return false;
        }
        return true;
    }

    private boolean numberInRange(Indicator ind, RawCell c, Spot spot, BigDecimal n) {
        // the unit's words only when the value is negative: they were joined for every value
        if (n.signum() < 0 && Units.isCount(ind.unit())
                && !notNegative(c, spot, n, "l'unità di misura (" + ind.unit() + ")")) {
            return false;
        }
        Optional<BigDecimal> min = Units.min(ind);
        Optional<BigDecimal> max = Units.max(ind);
        if (min.isPresent() && n.compareTo(min.get()) < 0 || max.isPresent() && n.compareTo(max.get()) > 0) {
            String range = range(min.map(ItalianText::format), max.map(ItalianText::format));
            findings.add(spot.error(FindingCode.VALORE_FUORI_INTERVALLO, reader.display(c), range,
                    "Il valore è fuori dall'intervallo ammesso per questo indicatore (" + range + (Units.isScale(ind.unit())
                            ? ", " + ind.unit() : "") + "): correggerlo; se il valore è davvero questo, chiedere al controllo"
                            + " di gestione di rivedere Minimo/Massimo nel piano."));
            return false;
        }
        return true;
    }

    private boolean percentInRange(Indicator ind, RawCell c, Spot spot, BigDecimal n) {
        BigDecimal min = ind.min().orElse(BigDecimal.ZERO);
        BigDecimal max = ind.max().orElse(BigDecimal.ONE);
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            String range = "tra " + ItalianText.formatPercent(min) + " e " + ItalianText.formatPercent(max);
            String hint = n.compareTo(BigDecimal.ONE) > 0 && n.compareTo(new BigDecimal(100)) <= 0
                    ? " Se si intendeva " + ItalianText.format(n) + "%, scrivere " + ItalianText.format(n) + "% (con il simbolo %)."
                    : "";
            findings.add(spot.error(FindingCode.PERCENTUALE_FUORI_INTERVALLO, reader.display(c), range,
                    "La percentuale " + ItalianText.formatPercent(n) + " è fuori dall'intervallo ammesso (" + range + ")."
                            + hint));
            return false;
        }
        return true;
    }

    private boolean progressInRange(RawCell c, Spot spot, BigDecimal n) {
        if (n.signum() < 0 || n.compareTo(BigDecimal.ONE) > 0) {
            String hint = n.compareTo(BigDecimal.ONE) > 0 && n.compareTo(new BigDecimal(100)) <= 0
                    ? " Se si intendeva " + ItalianText.format(n) + "%, scrivere " + ItalianText.format(n) + "%." : "";
            findings.add(spot.error(FindingCode.AVANZAMENTO_FUORI_INTERVALLO, reader.display(c), "tra 0% e 100%",
                    "La percentuale di avanzamento deve essere tra 0% e 100% (" + ItalianText.formatPercent(n) + " non è ammessa)."
                            + hint));
            return false;
        }
        return true;
    }

    /**
     * A completion date after the verifica, or outside the plan year, is kept but probably a typo or a forecast. One in
     * the year of the run instead of the plan's is refused: LibreOffice and Excel complete a date typed without its year
     * ({@code 30/6}) with the current year, and a plan's objective completed after the plan year was not completed in
     * it (SPEC: a date without year means the plan year). False when the date is refused.
     */
    private boolean completionDate(Verifica v, Spot spot, LocalDate d) {
        if (d.getYear() != planYear && d.getYear() == today.getYear()) {
            findings.add(spot.error(FindingCode.DATA_ANNO_IN_CORSO, d.format(DAY), "una data del " + planYear + ", gg/mm/aaaa",
                    "La data di completamento nella cella " + spot.where() + ", " + d.format(DAY) + ", è dell'anno in corso"
                            + " e non dell'anno del piano (" + planYear + "): probabilmente è stata scritta senza l'anno (es. "
                            + d.getDayOfMonth() + "/" + d.getMonthValue() + ") e il foglio di calcolo l'ha completata con"
                            + " l'anno in corso. Scrivere la data completa, gg/mm/aaaa (es. "
                            + d.withYear(planYear).format(DAY) + ")."));
            return false;
        }
        if (d.getYear() != planYear) {
            findings.add(spot.warning(FindingCode.DATA_FUORI_ANNO, d.format(DAY), "una data del " + planYear,
                    "La data di completamento " + d.format(DAY) + " non è nell'anno del piano (" + planYear
                            + "): controllare l'anno; la data viene comunque usata."));
        } else if (d.isAfter(v.date())) {
            findings.add(spot.warning(FindingCode.DATA_DOPO_VERIFICA, d.format(DAY), "entro il " + v.fullLabel(),
                    "La data di completamento " + d.format(DAY) + " è successiva alla verifica del " + v.fullLabel()
                            + ": indicare la data effettiva solo quando l'attività è completata; se non lo è ancora, lasciare"
                            + " la cella vuota."));
        }
        return true;
    }

    /**
     * Whether a value is due at a verifica: the indicator has a target there (at an intermediate verifica only with a
     * {@code Target dd/mm}; a monitored value may be left empty) and is not a deadline, whose empty completion date
     * means "not completed yet", an answer in itself.
     */
    public static boolean due(Indicator ind, Verifica v) {
        return ind.inputKind() != InputKind.DATE && ind.targetAt(v).isPresent();
    }

    /**
     * A missing due value at a verifica already past is an AVVISO, also at the final verifica: there is no value
     * to block; the summary shows the scheda as incompleta and the missing value in its coverage, so it stays visible
     * without failing a batch that has other offices' valid data.
     */
    private void missing(Indicator ind, Verifica v, RawCell c) {
        String effect = missingValues == it.peg.domain.MissingValues.ZERO
                ? "senza valore l'indicatore vale 0%" : "senza valore l'indicatore non viene valutato";
        findings.add(Spot.of(file, c, ind.code()).warning(FindingCode.VALORE_MANCANTE, "", "un valore al " + v.fullLabel(),
                "Manca il valore al " + v.fullLabel() + (v.isFinal()
                        ? " (verifica finale): " + effect + " e la scheda risulta incompleta. Compilare la cella."
                        : ": " + effect + " e la scheda risulta incompleta. Compilare la cella, oppure spiegare nelle"
                        + " cause di scostamento perché il dato non è disponibile.")));
    }

    private void trend(Indicator ind, Verifica v, RawCell c, ReportedValue value) {
        BigDecimal current = value instanceof NumberValue n ? n.value()
                : value instanceof RatioValue r ? r.numerator() : null;
        if (current == null) {
            return;
        }
        BigDecimal before = previous.put(ind.code(), current);
        if (before != null && current.compareTo(before) < 0) {
            findings.add(Spot.of(file, c, ind.code()).warning(FindingCode.CUMULATIVO_IN_CALO, ItalianText.format(current),
                    "almeno " + ItalianText.format(before),
                    "L'indicatore è cumulativo (il valore si somma nel corso dell'anno) ma al " + v.label() + " è sceso da "
                            + ItalianText.format(before) + " a " + ItalianText.format(current)
                            + ": indicare il totale dall'inizio dell'anno, non il solo periodo."));
        }
    }

    private static String range(Optional<String> min, Optional<String> max) {
        if (min.isPresent() && max.isPresent()) {
            return "tra " + min.get() + " e " + max.get();
        }
        return min.map(m -> "almeno " + m).orElseGet(() -> "al massimo " + max.orElse(""));
    }

    private static String describe(Indicator ind, ReportedValue value) {
        if (value instanceof NumberValue n) {
            return ind.inputKind() == InputKind.PERCENT ? ItalianText.formatPercent(n.value()) : ItalianText.format(n.value());
        }
        if (value instanceof RatioValue r) {
            return ItalianText.format(r.numerator()) + "/" + ItalianText.format(r.denominator());
        }
        if (value instanceof DateValue d) {
            return d.date().format(DAY);
        }
        if (value instanceof YesNoValue y) {
            return y.yes() ? "SI" : "NO";
        }
        return ItalianText.formatPercent(((ProgressValue) value).fraction());
    }

    /** A value outside a range may be above it: "non raggiunge" would say the wrong thing. */
    private static String gapVerb(it.peg.domain.Target target) {
        return target instanceof it.peg.domain.NumericTarget n && n.comparison() == it.peg.domain.Comparison.BETWEEN
                ? " è fuori dall'intervallo del target" : " non raggiunge il target";
    }
}
