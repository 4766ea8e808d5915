package it.peg.generate;

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
import java.util.SortedMap;
import java.util.TreeMap;

/** Plans built in code for generation tests: every input kind, intermediate targets, phases, Dati, odd names. */
public final class TestPlans {
    public static final String FULL = "SS";
    public static final String ODD = "2021_ZN08";
    public static final String EMPTY = "AUX";

    private TestPlans() {
    }

    static String longText(int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= sentences; i++) {
            sb.append("Presa in carico di minori e famiglie sottoposti a provvedimenti dell'Autorità Giudiziaria, "
                    + "in collaborazione con l'UFSMIA dell'ASL (punto ").append(i).append("). ");
            if (i % 4 == 0) {
                sb.append('\n');
            }
        }
        return sb.toString().trim();
    }

    /** A Serravalle-like plan with three verifiche and three services. */
    public static Plan full() {
        List<Verifica> vs = List.of(
                new Verifica(LocalDate.of(2018, 6, 30), Optional.of(LocalDate.of(2018, 7, 15)), false),
                new Verifica(LocalDate.of(2018, 9, 30), Optional.of(LocalDate.of(2018, 10, 15)), false),
                new Verifica(LocalDate.of(2018, 12, 31), Optional.of(LocalDate.of(2019, 1, 31)), true));
        Settings settings = new Settings("Comune di Serravalle Pistoiese", 2018, vs, BigDecimal.ZERO, BigDecimal.ONE, 0,
                List.of(new Band(BigDecimal.ZERO, "Non raggiunto"), new Band(new BigDecimal("0.6"), "Parzialmente raggiunto"),
                        new Band(new BigDecimal("0.9"), "Raggiunto")));
        List<Service> services = List.of(
                new Service(FULL, "AREA AMMINISTRATIVA", "", "SERVIZI ALLA PERSONA", "Servizi sociali", "PAOLO RICCI",
                        "PAOLO RICCI", "OGGIONI TIZIANA", "DIREZIONALE", "Assistenti sociali e amministrativi",
                        "INTERVENTI A FAVORE DI FAMIGLIA E MINORI: azioni a supporto della genitorialità, erogazione di "
                                + "interventi di natura economica, servizio per l'affido familiare.\nINTERVENTI PER DISABILI: "
                                + "integrazione sociale, sostegno socio educativo scolastico e territoriale.", 2),
                new Service(ODD, "DIREZIONE SERVIZI SOCIALI", "CAVALLERI VINCENZO", "", "Servizio Sociale: Professionale / Minori?",
                        "LICITRA ALESSANDRO", "", "", "SINTESI", "", "", 3),
                new Service(EMPTY, "", "", "", "", "", "", "", "", "", "", 4));
        Objective o1 = objective("SS.01", FULL, "Realizzazione del progetto S.A.D. in rete", longText(12), "sviluppo",
                "INDIRIZZO STRATEGICO D.U.P.: 2018_IND_STRATEG_05 FAMIGLIE SOLID. E BENES. SOC.", "12 / 1203",
                new BigDecimal("60"), "01/01/2018", "Settembre 2018", true);
        Objective o2 = objective("SS-02", FULL, "Mantenimento dei servizi", "Gestione ordinaria dei servizi del settore.",
                "mantenimento", "", "12 / 1204", new BigDecimal("40"), "17/03/18", "-----", false);
        Objective o3 = objective("ZN08/1", ODD, "Obiettivo di sintesi Interventi sociali territoriali", longText(3),
                "sintesi", "", "", null, "", "", false);
        List<Indicator> indicators = List.of(
                indicator("SS.01.a", "SS.01", "Numero di accessi di nuovi utenti", "RISULTATO", "EFFICACIA",
                        TargetSpec.of(">= 200", new NumericTarget(new BigDecimal("200"), Comparison.AT_LEAST, false)),
                        "20", "numero", Polarity.INCREASING,
                        Map.of(LocalDate.of(2018, 6, 30), TargetSpec.of("100", NumericTarget.of("100")))),
                indicator("SS.01.b", "SS.01", "Percentuale di domande evase entro 30 giorni", "PERFORMANCE", "QUALITA'",
                        TargetSpec.of("75%", new NumericTarget(new BigDecimal("0.75"), Comparison.UNSPECIFIED, true)),
                        "20", "%", Polarity.INCREASING,
                        Map.of(LocalDate.of(2018, 9, 30), TargetSpec.of("60%", new NumericTarget(new BigDecimal("0.6"), Comparison.UNSPECIFIED, true)))),
                indicator("SS.01.c", "SS.01", "Inserimenti in RSA: n. pratiche pervenute / personale impiegato", "PERFORMANCE",
                        "EFFICIENZA", TargetSpec.of("1200/3", new RatioTarget(new BigDecimal("1200"), new BigDecimal("3"))),
                        "20", "pratiche per persona", Polarity.INCREASING, Map.of()),
                indicator("SS.01.d", "SS.01", "Approvazione del regolamento del servizio", "RISULTATO", "EFFICACIA",
                        new TargetSpec("Settembre 2018", new DeadlineTarget(LocalDate.of(2018, 9, 30)),
                                Optional.of("Settembre 2018 letto come scadenza 30/09/2018")),
                        "20", "data", Polarity.DECREASING, Map.of()),
                indicator("SS.01.e", "SS.01", "Predisposizione della Carta dei Servizi", "RISULTATO", "QUALITA'",
                        TargetSpec.of("SI", new YesNoTarget(true)), "10", "", Polarity.INCREASING, Map.of()),
                indicator("SS.01.f", "SS.01", "Miglioramento della comunicazione con l'utenza " + longText(1), "RISULTATO",
                        "QUALITA'", TargetSpec.of("Miglioramento percepito", new QualitativeTarget("Miglioramento percepito")),
                        "10", "", Polarity.INCREASING, Map.of()),
                indicator("SS-02/a", "SS-02", "Tempo medio di risposta alle istanze", "PERFORMANCE", "EFFICIENZA",
                        TargetSpec.of("non oltre 30", new NumericTarget(new BigDecimal("30"), Comparison.AT_MOST, false)),
                        "", "giorni", Polarity.DECREASING, Map.of()),
                indicator("ZN08.I1", "ZN08/1", "Affidamento familiare: eventi effettuati / eventi previsti", "RISULTATO",
                        "EFFICACIA", TargetSpec.of("10/10", new RatioTarget(BigDecimal.TEN, BigDecimal.TEN)), "50", "",
                        Polarity.INCREASING, Map.of()),
                indicator("ZN08.I2", "ZN08/1", "Valore medio di soddisfazione dei partecipanti", "RISULTATO", "QUALITA'",
                        TargetSpec.of("≥ 4", new NumericTarget(new BigDecimal("4"), Comparison.AT_LEAST, false)), "50",
                        "scala 1-5", Polarity.INCREASING, Map.of()));
        List<Phase> phases = List.of(
                new Phase("SS.01", "A", "Analisi dei bisogni e mappatura dell'utenza", List.of(1, 2, 3), "GEN-MAR", 2),
                new Phase("SS.01", "B", "Progettazione degli interventi personalizzati", List.of(4, 5, 6), "APR-GIU", 3),
                new Phase("SS.01", "B", "Attivazione delle collaborazioni esterne", List.of(6, 7), "GIU, LUG", 4),
                new Phase("SS.01", "C", "Monitoraggio e verifica finale " + longText(1), List.of(1, 6, 12), "GEN, GIU, DIC", 5));
        List<DataRow> data = List.of(
                dataRow("D1", FULL, "Accessi nuovi utenti", Map.of(2016, "200", 2017, "117")),
                dataRow("D2", FULL, "Progetti attivati con collaborazioni esterne", Map.of(2016, "5")),
                dataRow("D.3", FULL, "Strutture socio-sanitarie del comune (anche non gestite direttamente)", Map.of()));
        return new Plan(settings, services, List.of(o1, o2, o3), indicators, phases, List.of(2016, 2017, 2018), data);
    }

    private static Objective objective(String code, String service, String title, String description, String type,
                                       String linkedTo, String mp, BigDecimal weight, String start, String end,
                                       boolean multiYear) {
        return new Objective(code, service, title, description, type, linkedTo, mp, Optional.ofNullable(weight),
                Optional.empty(), start, Optional.empty(), end, multiYear, multiYear ? "2 assistenti sociali" : "",
                multiYear ? "Capitolo 1203/5" : "", multiYear ? Optional.of(new BigDecimal("15000")) : Optional.empty(),
                multiYear ? Optional.of(new BigDecimal("31900.5")) : Optional.empty(), multiYear ? "Servizi finanziari" : "",
                Aggregation.WEIGHTED_MEAN, 0);
    }

    private static Indicator indicator(String code, String objective, String description, String type, String dimension,
                                       TargetSpec target, String weight, String unit, Polarity polarity,
                                       Map<LocalDate, TargetSpec> intermediate) {
        SortedMap<LocalDate, BigDecimal> weights = new TreeMap<>();
        Optional<BigDecimal> min = unit.startsWith("scala") ? Optional.of(BigDecimal.ONE) : Optional.empty();
        Optional<BigDecimal> max = unit.startsWith("scala") ? Optional.of(new BigDecimal("5")) : Optional.empty();
        return new Indicator(code, objective, description, type, dimension, target,
                weight.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(weight)), unit, min, max, polarity,
                code.endsWith("a"), new TreeMap<>(intermediate), weights, 0);
    }

    private static DataRow dataRow(String code, String service, String description, Map<Integer, String> values) {
        SortedMap<Integer, BigDecimal> v = new TreeMap<>();
        values.forEach((k, x) -> v.put(k, new BigDecimal(x)));
        return new DataRow(code, service, description, v, 0);
    }

    /** Every target kind used by the fixture, for coverage assertions. */
    static List<Class<? extends Target>> targetKinds() {
        return List.of(NumericTarget.class, RatioTarget.class, DeadlineTarget.class, YesNoTarget.class, QualitativeTarget.class);
    }
}
