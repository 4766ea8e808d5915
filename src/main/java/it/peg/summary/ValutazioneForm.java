package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.IndicatorReport;
import it.peg.domain.Objective;
import it.peg.domain.Service;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.ServiceScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one service's Scheda per la valutazione shows (Serravalle's form: ATTIVITA'/OBIETTIVI, PESI %, PERCENTUALE
 * DI RAGGIUNGIMENTO, CAUSE DI EVENTUALI SCOSTAMENTI, NOTE NUCLEO DI VALUTAZIONE, TOTALE), taken from a consolidation
 * and nothing else: no cell, no style.
 *
 * @param serviceCode  plan code of the service
 * @param serviceName  the service's name
 * @param responsible  who signs for the service ("" when the plan names nobody)
 * @param rows         one per objective of the service, plan order
 * @param totalWeight  sum of the weights shown (1 = 100%); empty when no objective is weighted
 * @param total        the service's score, the weighted mean of the effective percentages; empty when none is scored
 */
record ValutazioneForm(String serviceCode, String serviceName, String responsible, List<Row> rows,
                       Optional<BigDecimal> totalWeight, Optional<BigDecimal> total) {
    ValutazioneForm {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(responsible, "responsible");
        rows = List.copyOf(rows);
        Objects.requireNonNull(totalWeight, "totalWeight");
        Objects.requireNonNull(total, "total");
    }

    /**
     * One objective's line.
     *
     * @param objective  {@code code - title}
     * @param weight     normalised weight in the service (a fraction); empty when not scoreable
     * @param computed   the percentage computed from the indicators (a fraction)
     * @param nucleo     the Nucleo's percentage, which replaces the computed one everywhere, when given
     * @param causes     the causes di scostamento the office reported for the objective's indicators, one a line
     * @param nucleoNote the Nucleo's note ("" when none)
     */
    record Row(String objective, Optional<BigDecimal> weight, Optional<BigDecimal> computed,
               Optional<BigDecimal> nucleo, String causes, String nucleoNote) {
        Row {
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(computed, "computed");
            Objects.requireNonNull(nucleo, "nucleo");
            Objects.requireNonNull(causes, "causes");
            Objects.requireNonNull(nucleoNote, "nucleoNote");
        }

        boolean overridden() {
            return nucleo.isPresent();
        }
    }

    /** One form per service of the plan, plan order. */
    static List<ValutazioneForm> of(ConsolidationResult result) {
        List<ValutazioneForm> forms = new ArrayList<>();
        for (Service s : result.plan().services()) {
            forms.add(of(result, s));
        }
        return forms;
    }

    /**
     * The form of one service, its objectives' scores as {@link ObiettiviSheet#scoreOf} finds them: made one at a
     * time as the sheets are written, not every service's at once. A partial result must hold the service's scoring.
     */
    static ValutazioneForm of(ConsolidationResult result, Service s) {
        {
            result.scores().requireScoring(s.code(), "the scoring for the Scheda per la valutazione");
            List<Row> rows = new ArrayList<>();
            BigDecimal weights = BigDecimal.ZERO;
            boolean weighted = false;
            for (Objective o : result.plan().objectivesOf(s.code())) {
                Optional<ObjectiveScore> score = ObiettiviSheet.scoreOf(result, o);
                Optional<BigDecimal> weight = score.flatMap(ObjectiveScore::weight);
                if (weight.isPresent()) {
                    weights = weights.add(weight.get());
                    weighted = true;
                }
                Optional<NucleoOverride> override = score.flatMap(ObjectiveScore::override);
                rows.add(new Row(o.title().isBlank() ? o.code() : o.code() + " - " + o.title(), weight,
                        score.flatMap(ObjectiveScore::computed), override.flatMap(NucleoOverride::score),
                        causes(result, o), override.map(NucleoOverride::note).orElse("")));
            }
            Optional<BigDecimal> total = result.scores().service(s.code()).flatMap(ServiceScore::score);
            return new ValutazioneForm(s.code(), s.name(), responsible(result, s), rows,
                    weighted ? Optional.of(weights) : Optional.empty(), total);
        }
    }

    /** The distinct causes reported for the objective's indicators at the verifica, indicator order. */
    private static String causes(ConsolidationResult result, Objective o) {
        // plain loops, a set only for a second cause: asked of every objective of every form, most have none
        String one = "";
        Set<String> causes = null;
        for (it.peg.domain.Indicator i : result.plan().indicatorsOf(o.code())) {
            Optional<IndicatorScore> score = result.scores().indicatorOf(o.serviceCode(), i.code());
            if (score.isEmpty()) {
                continue;
            }
            Optional<IndicatorReport> report = score.get().report();
            if (report.isEmpty()) {
                continue;
            }
            String cause = report.get().cause().strip();
            if (cause.isEmpty() || cause.equals(one)) {
                continue;
            }
            if (one.isEmpty()) {
                one = cause;
            } else {
                if (causes == null) {
                    causes = new LinkedHashSet<>();
                    causes.add(one);
                }
                causes.add(cause);
            }
        }
        return causes == null ? one : String.join("\n", causes);
    }

    /** The service's responsabile, else its dirigente, else the objectives' responsabili (Serravalle names them there). */
    private static String responsible(ConsolidationResult result, Service s) {
        if (!s.responsible().isBlank()) {
            return s.responsible().strip();
        }
        if (!s.manager().isBlank()) {
            return s.manager().strip();
        }
        Set<String> names = new LinkedHashSet<>();
        result.plan().objectivesOf(s.code()).stream().map(o -> o.responsible().strip()).filter(n -> !n.isEmpty())
                .forEach(names::add);
        return String.join(", ", names);
    }
}
