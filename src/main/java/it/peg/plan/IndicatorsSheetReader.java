package it.peg.plan;

import it.peg.domain.FindingCode;
import it.peg.domain.Indicator;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.Severity;
import it.peg.domain.TargetSpec;
import it.peg.italian.Decimals;
import it.peg.italian.ItalianDates;
import it.peg.italian.ParsedDate;
import it.peg.italian.ParsedNumber;
import it.peg.italian.ParsedTarget;
import it.peg.italian.Polarities;
import it.peg.italian.TargetParser;
import it.peg.xlsx.CellReferences;
import it.peg.xlsx.ExcelCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Indicatori sheet: one {@link Indicator} per row with a code, its target read by {@link TargetParser} (a
 * relative one resolved by {@link RelativeTargets}), and the intermediate targets and weights of the columns
 * headed "Target gg/mm" and "Peso gg/mm".
 */
final class IndicatorsSheetReader {
    private static final String INDICATORS = PlanReader.INDICATORS;
    private static final Pattern TARGET_AT = Pattern.compile("target (.+)");
    private static final Pattern WEIGHT_AT = Pattern.compile("peso (.+)");
    private static final Pattern SCALE = Pattern.compile("(?i).*scala\\s*(-?\\d+)\\s*[-–/a]+\\s*(-?\\d+).*");

    private final SheetReading reading;
    private final Cells cells;
    private final RelativeTargets relativeTargets;

    IndicatorsSheetReader(SheetReading reading, PreviousSummary previous) {
        this.reading = reading;
        this.cells = reading.cells();
        this.relativeTargets = new RelativeTargets(reading.file(), previous);
    }

    List<Indicator> read(PlanTable sheet, int year) {
        Map<Integer, String> headers = new LinkedHashMap<>();
        Optional<Map<IndicatorColumn, Integer>> found = reading.header(sheet, IndicatorColumn.class, headers);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<IndicatorColumn, Integer> cols = found.get();
        Map<Integer, LocalDate> targetCols = new TreeMap<>();
        Map<Integer, LocalDate> weightCols = new TreeMap<>();
        headers.forEach((idx, text) -> {
            if (cols.containsValue(idx)) {
                return;
            }
            String n = Headers.normalise(text);
            Matcher t = TARGET_AT.matcher(n);
            Matcher w = WEIGHT_AT.matcher(n);
            Matcher m = t.matches() ? t : w.matches() ? w : null;
            if (m == null) {
                return;
            }
            Optional<ParsedDate> d = ItalianDates.parse(m.group(1), year);
            if (d.isEmpty()) {
                reading.add(Severity.ERRORE, FindingCode.COLONNA_NON_VALIDA, INDICATORS, CellReferences.a1(0, idx), "", text, "Target gg/mm o Peso gg/mm",
                        "L'intestazione '" + text + "' non indica una verifica: scrivere ad esempio 'Target 30/06' o 'Peso 30/06'.");
            } else {
                (m == t ? targetCols : weightCols).put(idx, d.get().date());
            }
        });
        List<Indicator> indicators = new ArrayList<>();
        List<Integer> dated = new ArrayList<>(targetCols.keySet());
        dated.addAll(weightCols.keySet());
        reading.eachLine(sheet, cols, IndicatorColumn.CODICE, dated,
                l -> indicators.add(indicator(l, year, targetCols, weightCols)));
        return indicators;
    }

    private Indicator indicator(TableLine<IndicatorColumn> l, int year, Map<Integer, LocalDate> targetCols,
                                Map<Integer, LocalDate> weightCols) {
        String code = l.text(IndicatorColumn.CODICE);
        String unit = l.text(IndicatorColumn.UNITA);
        TargetCell finalCell = target(l.cell(IndicatorColumn.TARGET), l.ref(IndicatorColumn.TARGET), year, code);
        Optional<ParsedNumber> baseline = baseline(l, code);
        boolean percentUnit = unit.contains("%");
        boolean hasBaselineColumn = l.cols.containsKey(IndicatorColumn.BASELINE);
        TargetSpec target = resolve(finalCell, baseline, percentUnit, code, hasBaselineColumn);
        TreeMap<LocalDate, TargetSpec> intermediate = new TreeMap<>();
        targetCols.forEach((idx, date) -> {
            ExcelCell c = l.cell(idx);
            if (!cells.text(c).isEmpty()) {
                intermediate.put(date, resolve(target(c, CellReferences.a1(l.index, idx), year, code), baseline, percentUnit, code,
                        hasBaselineColumn));
            }
        });
        TreeMap<LocalDate, BigDecimal> intermediateWeights = new TreeMap<>();
        weightCols.forEach((idx, date) -> reading.weight(l.cell(idx), CellReferences.a1(l.index, idx),
                INDICATORS, code, "Peso " + date.format(DateTimeFormatter.ofPattern("dd/MM")))
                .ifPresent(w -> intermediateWeights.put(date, w)));
        Optional<BigDecimal> min = bound(l, IndicatorColumn.MINIMO, code);
        Optional<BigDecimal> max = bound(l, IndicatorColumn.MASSIMO, code);
        Matcher scale = SCALE.matcher(unit);
        if (scale.matches()) {
            if (min.isEmpty()) {
                min = Optional.of(new BigDecimal(scale.group(1)));
            }
            if (max.isEmpty()) {
                max = Optional.of(new BigDecimal(scale.group(2)));
            }
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            reading.add(Severity.ERRORE, FindingCode.MINIMO_MAGGIORE_MASSIMO, INDICATORS, l.ref(IndicatorColumn.MINIMO), code,
                    Decimals.italian(min.get()) + " > " + Decimals.italian(max.get()), "Minimo <= Massimo",
                    "Il minimo plausibile supera il massimo: correggere 'Minimo' o 'Massimo' (o l'unità 'scala').");
            min = Optional.empty();
            max = Optional.empty();
        }
        Polarity polarity = polarity(l, code, unit, finalCell, target);
        return new Indicator(code, l.text(IndicatorColumn.OBIETTIVO), l.text(IndicatorColumn.DESCRIZIONE),
                cells.shared(l.text(IndicatorColumn.TIPO).toUpperCase(Locale.ROOT)), cells.shared(l.text(IndicatorColumn.DIMENSIONE).toUpperCase(Locale.ROOT)),
                target, reading.weight(l, IndicatorColumn.PESO, INDICATORS, code), unit, min, max, polarity,
                reading.yesNo(l, IndicatorColumn.CUMULATIVO, INDICATORS, code), intermediate, intermediateWeights, l.row());
    }

    /** The Polarità cell; when blank, decreasing for a bare number whose description says lower is better. */
    private Polarity polarity(TableLine<IndicatorColumn> l, String code, String unit, TargetCell finalCell, TargetSpec target) {
        String polarityText = Headers.normalise(l.text(IndicatorColumn.POLARITA));
        Polarity polarity = target.target().defaultPolarity();
        if (polarityText.startsWith("cresc") || polarityText.equals("+") || polarityText.startsWith("positiv")) {
            polarity = Polarity.INCREASING;
        } else if (polarityText.startsWith("decresc") || polarityText.equals("-") || polarityText.startsWith("negativ")) {
            polarity = Polarity.DECREASING;
        } else if (!polarityText.isEmpty()) {
            reading.add(Severity.ERRORE, FindingCode.VALORE_NON_VALIDO, INDICATORS, l.ref(IndicatorColumn.POLARITA), code,
                    l.text(IndicatorColumn.POLARITA), "crescente | decrescente",
                    "Polarità non riconosciuta: scrivere 'crescente' (più alto è meglio) o 'decrescente' (più basso è meglio), oppure lasciarla vuota.");
        } else if (finalCell.parsed().isValid() && Polarities.bareNumber(target.target())) {
            String description = l.text(IndicatorColumn.DESCRIZIONE);
            Optional<String> why = Polarities.lowerIsBetter(description, unit, finalCell.parsed().unit());
            if (why.isPresent()) {
                polarity = Polarity.DECREASING;
                boolean hasColumn = l.cols.containsKey(IndicatorColumn.POLARITA);
                reading.add(Severity.AVVISO, FindingCode.POLARITA_DEDOTTA, INDICATORS, l.ref(IndicatorColumn.TARGET), code, finalCell.text(),
                        "decrescente", "Il target '" + finalCell.text() + "' è un numero senza confronto e l'indicatore è "
                                + why.get() + ": letto come decrescente (più basso è meglio: il target è un valore da non"
                                + " superare). Se invece più alto è meglio, scrivere 'crescente' nella colonna 'Polarità'"
                                + (hasColumn ? "" : " (aggiungerla al foglio Indicatori)") + ".");
            }
        }
        return polarity;
    }

    /** The Baseline cell: a number, a percentage (a fraction then), or empty when blank or unreadable (ERRORE). */
    private Optional<ParsedNumber> baseline(TableLine<IndicatorColumn> l, String code) {
        Optional<Optional<ParsedNumber>> n = cells.number(l.cell(IndicatorColumn.BASELINE));
        if (n.isPresent() && n.get().isEmpty()) {
            reading.add(Severity.ERRORE, FindingCode.NUMERO_NON_VALIDO, INDICATORS, l.ref(IndicatorColumn.BASELINE), code,
                    l.text(IndicatorColumn.BASELINE), "un numero",
                    "'Baseline' non è un numero: scrivere il valore di partenza (es. 200 o 80%), oppure lasciarla vuota.");
        }
        return n.flatMap(o -> o);
    }

    private Optional<BigDecimal> bound(TableLine<IndicatorColumn> l, IndicatorColumn col, String code) {
        Optional<Optional<ParsedNumber>> n = cells.number(l.cell(col));
        if (n.isPresent() && n.get().isEmpty()) {
            reading.add(Severity.ERRORE, FindingCode.NUMERO_NON_VALIDO, INDICATORS, l.ref(col), code, l.text(col), "un numero",
                    "'" + col.header() + "' non è un numero: scrivere il valore plausibile (es. 0 o 100), oppure lasciarlo vuoto.");
        }
        return cells.shared(n.flatMap(o -> o).map(p -> p.value()));
    }

    /** A target cell as read: what the parser made of it, and the cell it came from. */
    private record TargetCell(ParsedTarget parsed, String ref, String text) {
    }

    private TargetCell target(ExcelCell cell, String ref, int year, String code) {
        String text = cells.text(cell);
        if (cell != null && (cell.formulaWithoutValue() || cell.formulaError())) {
            // the formula's own finding says how to write the cell (see SheetReading.eachLine)
            return new TargetCell(new ParsedTarget(new TargetSpec(text, new QualitativeTarget(text),
                    Optional.empty()), Optional.of("formula")), ref, text);
        }
        ParsedTarget parsed = TargetParser.parse(text, year);
        parsed.error().ifPresent(e -> reading.add(Severity.ERRORE, text.isEmpty() ? FindingCode.TARGET_MANCANTE : FindingCode.TARGET_NON_VALIDO,
                INDICATORS, ref, code, text, "es. 24000, 75%, 1200/3, >=5, 31/12/" + year + ", SI", e));
        if (parsed.isValid() && parsed.relative().isEmpty()) {
            TargetSpec spec = parsed.spec();
            if (spec.target() instanceof QualitativeTarget) {
                reading.add(Severity.AVVISO, FindingCode.TARGET_QUALITATIVO, INDICATORS, ref, code, text, TargetReadings.rewrite(text, year),
                        "Target qualitativo: l'ufficio indicherà la % di avanzamento e il Nucleo la validerà. Se il target è misurabile,"
                                + " scriverlo come numero, percentuale, rapporto, data o SI/NO (ad esempio "
                                + TargetReadings.rewrite(text, year) + ").");
            } else {
                spec.interpretation().ifPresent(i -> reading.add(Severity.AVVISO, FindingCode.TARGET_INTERPRETATO, INDICATORS, ref, code, text, "",
                        "Target interpretato: " + i + ". Se non è corretto, riscrivere il target in modo esplicito."));
            }
        }
        return new TargetCell(parsed, ref, text);
    }

    /** The target an indicator scores against (see {@link RelativeTargets}); the spec shared with equal ones. */
    private TargetSpec resolve(TargetCell cell, Optional<ParsedNumber> baseline, boolean percentUnit, String code,
                               boolean hasBaselineColumn) {
        TargetSpec spec = relativeTargets.resolve(cell.parsed(), cell.ref(), cell.text(), baseline,
                percentUnit, code, hasBaselineColumn, reading.findings());
        return spec == cell.parsed().spec() ? cells.shared(spec) : spec;
    }
}
