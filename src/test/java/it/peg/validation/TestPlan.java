package it.peg.validation;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.Comparison;
import it.peg.domain.DataRow;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A small plan with one indicator of every kind, built in code. */
final class TestPlan {
    static final LocalDate SEP = LocalDate.of(2018, 9, 30);
    static final LocalDate DEC = LocalDate.of(2018, 12, 31);
    static final Verifica V0930 = new Verifica(SEP, Optional.of(LocalDate.of(2018, 10, 15)), false);
    static final Verifica V1231 = new Verifica(DEC, Optional.of(LocalDate.of(2019, 1, 31)), true);

    private TestPlan() {
    }

    static Plan plan() {
        Settings settings = new Settings("Comune di Serravalle Pistoiese", 2018, List.of(V0930, V1231), BigDecimal.ZERO,
                BigDecimal.ONE, 0, List.of(new Band(BigDecimal.ZERO, "Non raggiunto"), new Band(new BigDecimal("0.9"), "Raggiunto")));
        Service s01 = new Service("S01", "Area tecnica", "", "", "Lavori pubblici", "Ing. Rossi", "Geom. Bianchi", "", "",
                "", "", 0);
        Service s02 = new Service("S02", "Area amministrativa", "", "", "Anagrafe", "", "", "", "", "", "", 0);
        Objective ob1 = objective("OB1", "S01", "60");
        Objective ob2 = objective("OB2", "S01", "");
        Objective ob3 = objective("OB3", "S02", "100");
        List<Indicator> indicators = List.of(
                indicator("I.NUM", "OB1", "1.200", new NumericTarget(new BigDecimal(1200), Comparison.UNSPECIFIED, false),
                        "numero", true, Map.of(SEP, TargetSpec.of("900", NumericTarget.of("900")))),
                indicator("I.PCT", "OB1", ">=75%", new NumericTarget(new BigDecimal("0.75"), Comparison.AT_LEAST, true), "%",
                        false, Map.of()),
                indicator("I.RAT", "OB1", "1200/3", new RatioTarget(new BigDecimal(1200), new BigDecimal(3)),
                        "pratiche per addetto", true, Map.of()),
                indicator("I.DATA", "OB1", "30/09/2018", new DeadlineTarget(SEP), "data", false, Map.of()),
                indicator("I.SINO", "OB2", "SI", new YesNoTarget(true), "", false, Map.of()),
                indicator("I.QUAL", "OB2", "Avvio del nuovo sportello", new QualitativeTarget("Avvio del nuovo sportello"),
                        "", false, Map.of()),
                indicator("I.SCALA", "OB2", "4", NumericTarget.of("4"), "scala 1-5", false, Map.of()),
                indicator("I.GG", "OB2", "non oltre -7", new NumericTarget(new BigDecimal(-7), Comparison.AT_MOST, false),
                        "giorni", false, Map.of()),
                indicator("I.ALTRO", "OB3", "10", NumericTarget.of("10"), "numero", false, Map.of()));
        List<Phase> phases = List.of(
                new Phase("OB1", "A", "Progettazione", List.of(1, 2, 3), "GEN-MAR", 0),
                new Phase("OB1", "B", "Gara", List.of(4, 5), "APR-MAG", 0),
                new Phase("OB1", "B", "Esecuzione", List.of(6, 7, 8), "GIU-AGO", 0));
        List<DataRow> data = List.of(new DataRow("D1", "S01", "Pratiche edilizie", new TreeMap<>(Map.of(2017, new BigDecimal(340))), 0));
        return new Plan(settings, List.of(s01, s02), List.of(ob1, ob2, ob3), indicators, phases, List.of(2017, 2018), data);
    }

    private static Objective objective(String code, String service, String weight) {
        return new Objective(code, service, "Titolo " + code, "", "sviluppo", "", "", weight.isEmpty() ? Optional.empty()
                : Optional.of(new BigDecimal(weight)), Optional.empty(), "", Optional.empty(), "", false, "", "",
                Optional.empty(), Optional.empty(), "", Aggregation.WEIGHTED_MEAN, 0);
    }

    private static Indicator indicator(String code, String objective, String text, Target target, String unit,
                                       boolean cumulative, Map<LocalDate, TargetSpec> intermediate) {
        return new Indicator(code, objective, "Descrizione " + code, "PERFORMANCE", "EFFICACIA", TargetSpec.of(text, target),
                Optional.of(new BigDecimal("25")), unit, Optional.empty(), Optional.empty(), target.defaultPolarity(),
                cumulative, new TreeMap<>(intermediate), new TreeMap<>(), 0);
    }
}
