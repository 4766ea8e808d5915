package it.peg.scoring;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.DataRow;
import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A small builder of plans for scoring tests. Defaults: ente "Comune di Prova", year 2018, verifiche 30/06
 * (intermediate) and 31/12 (final), threshold 0, cap 100%, tolerance 0, bands 0 / 60 / 90.
 */
final class PlanFixture {
    static final LocalDate JUN30 = LocalDate.of(2018, 6, 30);
    static final LocalDate SEP30 = LocalDate.of(2018, 9, 30);
    static final LocalDate DEC31 = LocalDate.of(2018, 12, 31);

    private BigDecimal threshold = BigDecimal.ZERO;
    private BigDecimal cap = BigDecimal.ONE;
    private int tolerance;
    private it.peg.domain.MissingValues missingValues = it.peg.domain.MissingValues.NOT_VALUED;
    private final List<it.peg.domain.Phase> phases = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<Ind> indicators = new ArrayList<>();
    private final List<Integer> dataYears = new ArrayList<>();
    private final List<DataRow> dataRows = new ArrayList<>();

    static PlanFixture plan() {
        return new PlanFixture();
    }

    static Verifica intermediate() {
        return new Verifica(JUN30, Optional.empty(), false);
    }

    static Verifica finale() {
        return new Verifica(DEC31, Optional.empty(), true);
    }

    PlanFixture threshold(String fraction) {
        threshold = new BigDecimal(fraction);
        return this;
    }

    PlanFixture cap(String fraction) {
        cap = new BigDecimal(fraction);
        return this;
    }

    PlanFixture missingValues(it.peg.domain.MissingValues rule) {
        missingValues = rule;
        return this;
    }

    /** A phase of an objective active in the given months (1..12), written as {@code monthsText}. */
    PlanFixture phase(String objective, String letter, String monthsText, Integer... months) {
        phases.add(new it.peg.domain.Phase(objective, letter, "Fase " + letter, List.of(months), monthsText, 0));
        return this;
    }

    PlanFixture tolerance(int days) {
        tolerance = days;
        return this;
    }

    PlanFixture service(String code) {
        services.add(new Service(code, "", "", "", "Servizio " + code, "", "", "", "", "", "", 0));
        return this;
    }

    /** An objective with a weight as written ("" for blank) and the default aggregation. */
    PlanFixture objective(String code, String service, String weight) {
        return objective(code, service, weight, Aggregation.WEIGHTED_MEAN);
    }

    PlanFixture objective(String code, String service, String weight, Aggregation aggregation) {
        objectives.add(new Objective(code, service, "Obiettivo " + code, "", "", "", "",
                weight.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(weight)), Optional.empty(), "",
                Optional.empty(), "", false, "", "", Optional.empty(), Optional.empty(), "", aggregation, 0));
        return this;
    }

    /** An indicator; its polarity defaults to the target's. Chain its setters, then go on with the plan. */
    Ind indicator(String code, String objective, String targetText, Target target) {
        Ind ind = new Ind(code, objective, TargetSpec.of(targetText, target));
        indicators.add(ind);
        return ind;
    }

    PlanFixture data(String code, String service, int[] years, String... values) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            if (!dataYears.contains(years[i])) {
                dataYears.add(years[i]);
            }
            if (i < values.length && !values[i].isEmpty()) {
                map.put(years[i], new BigDecimal(values[i]));
            }
        }
        dataYears.sort(null);
        dataRows.add(new DataRow(code, service, "Dato " + code, map, 0));
        return this;
    }

    Plan build() {
        Settings settings = new Settings("Comune di Prova", 2018, List.of(intermediate(), finale()), threshold, cap,
                tolerance, List.of(new Band(BigDecimal.ZERO, "Non raggiunto"),
                new Band(new BigDecimal("0.6"), "Parzialmente raggiunto"),
                new Band(new BigDecimal("0.9"), "Raggiunto")), missingValues);
        return new Plan(settings, services, objectives, indicators.stream().map(Ind::toIndicator).toList(),
                phases, dataYears, dataRows);
    }

    /** A mutable indicator under construction. */
    final class Ind {
        private final String code;
        private final String objective;
        private final TargetSpec target;
        private Optional<BigDecimal> weight = Optional.empty();
        private Polarity polarity;
        private boolean cumulative;
        private final SortedMap<LocalDate, TargetSpec> targets = new TreeMap<>();
        private final SortedMap<LocalDate, BigDecimal> weights = new TreeMap<>();

        private Ind(String code, String objective, TargetSpec target) {
            this.code = code;
            this.objective = objective;
            this.target = target;
            this.polarity = target.target().defaultPolarity();
        }

        Ind weight(String w) {
            weight = Optional.of(new BigDecimal(w));
            return this;
        }

        Ind polarity(Polarity p) {
            polarity = p;
            return this;
        }

        Ind cumulative() {
            cumulative = true;
            return this;
        }

        Ind targetAt(LocalDate date, String text, Target t) {
            targets.put(date, TargetSpec.of(text, t));
            return this;
        }

        Ind weightAt(LocalDate date, String w) {
            weights.put(date, new BigDecimal(w));
            return this;
        }

        PlanFixture and() {
            return PlanFixture.this;
        }

        Plan build() {
            return PlanFixture.this.build();
        }

        private Indicator toIndicator() {
            return new Indicator(code, objective, "Indicatore " + code, "", "", target, weight, "",
                    Optional.empty(), Optional.empty(), polarity, cumulative, targets, weights, 0);
        }
    }
}
