package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Delivery;
import it.peg.consolidate.DeliveryState;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;
import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.Comparison;
import it.peg.domain.DataRow;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Finding;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.ProgressValue;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Severity;
import it.peg.domain.Submission;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.scoring.DataTrend;
import it.peg.scoring.Distribution;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.ScoreReport;
import it.peg.scoring.ScoreStatus;
import it.peg.scoring.ServiceScore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A consolidation built by hand: four services (valid on time, valid late, rejected, missing), every
 * ScoreStatus, a Nucleo override, at-risk objective, Dati with an outlier, and office text that looks like
 * formulas. Scored at the intermediate verifica 30/09/2018; 30/06 values come from the submissions.
 */
final class SummaryFixture {
    static final Verifica V0630 = new Verifica(LocalDate.of(2018, 6, 30), Optional.of(LocalDate.of(2018, 7, 15)),
            false);
    static final Verifica V0930 = new Verifica(LocalDate.of(2018, 9, 30), Optional.of(LocalDate.of(2018, 10, 15)),
            false);
    static final Verifica V1231 = new Verifica(LocalDate.of(2018, 12, 31), Optional.of(LocalDate.of(2019, 1, 31)),
            true);
    static final String FILE_S01 = "S01 - Ragioneria.xlsx";
    static final String FILE_S02 = "S02 - Servizi sociali.xlsx";
    static final String FILE_S03 = "S03 - Polizia municipale.xlsx";
    static final String FORMULA_CAUSE = "=HYPERLINK(\"http://example.org\";\"clic\")";
    static final String AT_CAUSE = "@SOMMA(A1:A3)";
    static final String PLUS_NOTE = "+ fondi ridotti del 20%";
    static final String MINUS_VALUE = "-1+1";
    static final String NUCLEO_NOTE = "=Validato dal Nucleo con riserva";

    private SummaryFixture() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Settings settings() {
        return new Settings("Comune di Serravalle Pistoiese", 2018, List.of(V0630, V0930, V1231), BigDecimal.ZERO,
                BigDecimal.ONE, 0, List.of(new Band(BigDecimal.ZERO, "Non raggiunto"),
                new Band(d("0.6"), "Parzialmente raggiunto"), new Band(d("0.9"), "Raggiunto")));
    }

    static Service service(String code, String name, String manager) {
        return new Service(code, "Area amministrativa", "", "", name, manager, "", "", "", "", "", 0);
    }

    static Objective objective(String code, String service, String title, String weight) {
        return new Objective(code, service, title, "", "sviluppo", "", "", Optional.ofNullable(weight).map(BigDecimal::new),
                Optional.empty(), "", Optional.empty(), "", false, "", "", Optional.empty(), Optional.empty(), "",
                Aggregation.WEIGHTED_MEAN, 0);
    }

    static Indicator indicator(String code, String objective, String description, String targetText, Target target,
                               String unit, Polarity polarity, boolean cumulative, Map<LocalDate, TargetSpec> inter) {
        return new Indicator(code, objective, description, "PERFORMANCE", "EFFICACIA", TargetSpec.of(targetText, target),
                Optional.of(d("50")), unit, Optional.empty(), Optional.empty(), polarity, cumulative,
                new TreeMap<>(inter), new TreeMap<>(), 0);
    }

    static Plan plan() {
        List<Service> services = List.of(service("S01", "Ragioneria", "Dott.ssa Anna Rossi"),
                service("S02", "Servizi sociali", "Dott. Marco Bianchi"),
                service("S03", "Polizia municipale", "Comm. Luca Verdi"),
                service("S04", "Biblioteca", "Dott.ssa Elena Neri"));
        List<Objective> objectives = List.of(objective("OB1", "S01", "Riduzione dei tempi di pagamento", "60"),
                objective("OB2", "S01", "Digitalizzazione dei servizi", "40"),
                objective("OB3", "S02", "Assistenza domiciliare agli anziani", "100"),
                objective("OB4", "S03", "Sicurezza stradale", "100"),
                objective("OB5", "S04", "Promozione della lettura", null));
        NumericTarget atMost30 = new NumericTarget(d("30"), Comparison.AT_MOST, false);
        List<Indicator> indicators = List.of(
                indicator("I1", "OB1", "Tempo medio di pagamento delle fatture", "<=30", atMost30, "giorni",
                        Polarity.DECREASING, false, Map.of(V0930.date(), TargetSpec.of("<=30", atMost30))),
                indicator("I2", "OB1", "Pratiche per addetto", "1200/3", new RatioTarget(d("1200"), d("3")), "numero",
                        Polarity.INCREASING, false,
                        Map.of(V0930.date(), TargetSpec.of("900/3", new RatioTarget(d("900"), d("3"))))),
                indicator("I3", "OB2", "Pubblicazione del nuovo portale", "31/12/2018",
                        new DeadlineTarget(LocalDate.of(2018, 12, 31)), "data", Polarity.DECREASING, false,
                        Map.of(V0930.date(), TargetSpec.of("31/12/2018", new DeadlineTarget(LocalDate.of(2018, 12, 31))))),
                indicator("I4", "OB2", "Pratiche presentate online", "75%",
                        new NumericTarget(d("0.75"), Comparison.UNSPECIFIED, true), "%", Polarity.INCREASING, false,
                        Map.of(V0930.date(), TargetSpec.of("50%", new NumericTarget(d("0.5"), Comparison.UNSPECIFIED, true)))),
                indicator("I5", "OB3", "Ore di assistenza erogate", "24000", NumericTarget.of("24000"), "ore",
                        Polarity.INCREASING, true, Map.of()),
                indicator("I6", "OB3", "Miglioramento della presa in carico", "Riorganizzazione del servizio",
                        new QualitativeTarget("Riorganizzazione del servizio"), "%", Polarity.INCREASING, false,
                        Map.of(V0930.date(), TargetSpec.of("Riorganizzazione del servizio",
                                new QualitativeTarget("Riorganizzazione del servizio")))),
                indicator("I7", "OB4", "Controlli effettuati", ">=500",
                        new NumericTarget(d("500"), Comparison.AT_LEAST, false), "numero", Polarity.INCREASING, true,
                        Map.of(V0930.date(), TargetSpec.of(">=300", new NumericTarget(d("300"), Comparison.AT_LEAST, false)))),
                indicator("I8", "OB5", "Prestiti", "12000", NumericTarget.of("12000"), "numero", Polarity.INCREASING,
                        true, Map.of(V0930.date(), TargetSpec.of("9000", NumericTarget.of("9000")))));
        List<DataRow> data = List.of(
                new DataRow("D1", "S01", "Mandati di pagamento emessi",
                        new TreeMap<>(Map.of(2016, d("4000"), 2017, d("4200"))), 0),
                new DataRow("D2", "S02", "Pasti consegnati a domicilio",
                        new TreeMap<>(Map.of(2016, d("1500"), 2017, d("1550"))), 0));
        return new Plan(settings(), services, objectives, indicators, List.of(), List.of(2016, 2017, 2018), data);
    }

    /** {@code file} is the submission's: the report's source is relative to it ({@code sheet!cell}). */
    static IndicatorReport report(String code, Verifica v, ReportedValue value, String cause, String file, String cell) {
        return new IndicatorReport(code, v.date(), Optional.ofNullable(value), cause, "Indicatori!" + cell);
    }

    static List<Submission> submissions() {
        Submission s01 = new Submission(FILE_S01, "S01", List.of(
                report("I1", V0630, new NumberValue(d("35")), "", FILE_S01, "F5"),
                report("I1", V0930, new NumberValue(d("28")), "", FILE_S01, "G5"),
                report("I2", V0630, new RatioValue(d("600"), d("3")), "", FILE_S01, "F6"),
                report("I2", V0930, new RatioValue(d("1300"), d("3")), AT_CAUSE, FILE_S01, "G6"),
                report("I3", V0930, null, "", FILE_S01, "G7"),
                report("I4", V0930, new NumberValue(d("0.45")), FORMULA_CAUSE, FILE_S01, "G8")),
                List.of(), List.of(), List.of());
        Submission s02 = new Submission(FILE_S02, "S02", List.of(
                report("I5", V0930, new NumberValue(d("18000")), "", FILE_S02, "G5"),
                report("I6", V0930, new ProgressValue(d("0.5")), MINUS_VALUE, FILE_S02, "G6")),
                List.of(new ObjectiveReport("OB3", V0930.date(), Optional.of(false), PLUS_NOTE)), List.of(), List.of());
        return List.of(s01, s02);
    }

    static Optional<IndicatorReport> reportOf(List<Submission> subs, String code) {
        return subs.stream().flatMap(s -> s.indicators().stream())
                .filter(r -> r.indicatorCode().equals(code) && r.verifica().equals(V0930.date())).findFirst();
    }

    static IndicatorScore score(List<Submission> subs, String code, ScoreStatus status, String achievement,
                                boolean qualitative, String projection, String explanation) {
        return new IndicatorScore(code, V0930, reportOf(subs, code), status,
                Optional.ofNullable(achievement).map(BigDecimal::new),
                status == ScoreStatus.SCORED ? Optional.of(d("0.5")) : Optional.empty(), qualitative,
                Optional.ofNullable(projection).map(BigDecimal::new), explanation);
    }

    static ScoreReport scores(List<Submission> subs) {
        List<IndicatorScore> indicators = List.of(
                score(subs, "I1", ScoreStatus.SCORED, "1", false, null, "28 giorni su non oltre 30: 100%"),
                score(subs, "I2", ScoreStatus.SCORED, "1", false, null, "1300/3 = 433,3 su 900/3 = 300: 144,4% → 100%"),
                score(subs, "I3", ScoreStatus.IN_PROGRESS, null, false, null, "Scadenza 31/12/2018 non ancora passata"),
                score(subs, "I4", ScoreStatus.SCORED, "0.9", false, null, "45,0% su 50,0%: 90,0%"),
                score(subs, "I5", ScoreStatus.MONITORED, null, false, "24000", "Nessun target al 30/09: monitorato"),
                score(subs, "I6", ScoreStatus.SCORED, "0.5", true, null, "Avanzamento dichiarato 50%: da validare"),
                score(subs, "I7", ScoreStatus.REJECTED, null, false, null, "File scartato"),
                score(subs, "I8", ScoreStatus.MISSING, null, false, null, "Scheda non consegnata"));
        List<ObjectiveScore> objectives = List.of(
                new ObjectiveScore("OB1", V0930, Optional.of(d("1")), Optional.empty(), d("1"), Optional.of(d("0.6")),
                        Optional.empty(), "", false, Optional.of("Raggiunto")),
                new ObjectiveScore("OB2", V0930, Optional.of(d("0.9")),
                        Optional.of(new NucleoOverride("OB2", Optional.of(d("0.85")), NUCLEO_NOTE)), d("0.5"),
                        Optional.of(d("0.4")), Optional.of(true), "Portale in collaudo", false,
                        Optional.of("Parzialmente raggiunto")),
                new ObjectiveScore("OB3", V0930, Optional.of(d("0.5")), Optional.empty(), d("0.5"), Optional.of(d("1")),
                        Optional.of(false), PLUS_NOTE, true, Optional.of("Non raggiunto")),
                new ObjectiveScore("OB4", V0930, Optional.empty(), Optional.empty(), BigDecimal.ZERO,
                        Optional.of(d("1")), Optional.empty(), "", false, Optional.empty()),
                new ObjectiveScore("OB5", V0930, Optional.empty(), Optional.empty(), BigDecimal.ZERO,
                        Optional.of(d("1")), Optional.empty(), "", false, Optional.empty()));
        List<ServiceScore> services = List.of(
                new ServiceScore("S01", V0930, Optional.of(d("0.94")), d("1"), Optional.of("Raggiunto")),
                new ServiceScore("S02", V0930, Optional.of(d("0.5")), d("1"), Optional.of("Non raggiunto")),
                new ServiceScore("S03", V0930, Optional.empty(), BigDecimal.ZERO, Optional.empty()),
                new ServiceScore("S04", V0930, Optional.empty(), BigDecimal.ZERO, Optional.empty()));
        Distribution dist = new Distribution(2, Optional.of(d("0.72")), Optional.of(d("0.72")), Optional.of(d("0.5")),
                Optional.of(d("0.94")), Optional.of(d("0.311127")), Optional.of(d("0.5")), Optional.of(d("0.94")));
        List<DataTrend> trends = List.of(
                new DataTrend("D1", 2016, Optional.of(d("4000")), Optional.empty(), false, ""),
                new DataTrend("D1", 2017, Optional.of(d("4200")), Optional.of(d("0.05")), false, ""),
                new DataTrend("D1", 2018, Optional.of(d("4300")), Optional.of(d("0.0238")), false, ""),
                new DataTrend("D2", 2016, Optional.of(d("1500")), Optional.empty(), false, ""),
                new DataTrend("D2", 2017, Optional.of(d("1550")), Optional.of(d("0.0333")), false, ""),
                new DataTrend("D2", 2018, Optional.of(d("4800")), Optional.of(d("2.0968")), true,
                        "Variazione di +209,7% rispetto al 2017: verificare il dato"));
        return new ScoreReport(V0930, indicators, objectives, services, Optional.of(d("0.72")),
                Optional.of("Parzialmente raggiunto"), dist, trends);
    }

    static Instant at(int month, int day, int hour) {
        return LocalDate.of(2018, Month.of(month), day).atTime(hour, 0).atZone(SummaryWorkbookWriter.ZONE).toInstant();
    }

    static ConsolidationResult result() {
        List<Submission> subs = submissions();
        List<Delivery> deliveries = List.of(
                new Delivery("S01", DeliveryState.COMPLETE, Optional.of(FILE_S01), Optional.of(at(10, 10, 9)),
                        Optional.of(true)),
                new Delivery("S02", DeliveryState.COMPLETE, Optional.of(FILE_S02), Optional.of(at(10, 20, 16)),
                        Optional.of(false)),
                new Delivery("S03", DeliveryState.REJECTED, Optional.of(FILE_S03), Optional.of(at(10, 12, 11)),
                        Optional.of(true)),
                new Delivery("S04", DeliveryState.MISSING, Optional.empty(), Optional.empty(), Optional.empty()));
        String hash = "ab".repeat(32);
        List<FileRecord> registry = List.of(
                new FileRecord("+budget.xlsx", "01".repeat(32), 8123, at(10, 1, 8), Optional.empty(),
                        FileStatus.REJECTED, "Non è una scheda peg: usare le schede create con peg generate"),
                new FileRecord(FILE_S01, hash, 45210, at(10, 10, 9), Optional.of("S01"), FileStatus.ACCEPTED, ""),
                new FileRecord("S01 - Ragioneria (1).xlsx", "cd".repeat(32), 44980, at(10, 5, 9), Optional.of("S01"),
                        FileStatus.SUPERSEDED, "Sostituito da una consegna più recente"),
                new FileRecord(FILE_S02, "ef".repeat(32), 39001, at(10, 20, 16), Optional.of("S02"), FileStatus.ACCEPTED,
                        ""),
                new FileRecord(FILE_S03, "12".repeat(32), 40100, at(10, 12, 11), Optional.of("S03"),
                        FileStatus.REJECTED, "Generato da un altro piano: rigenerare la scheda con peg generate"));
        List<Finding> findings = List.of(
                new Finding(Severity.ERRORE, "PIANO_DIVERSO", FILE_S03, "", "", "S03", "", "",
                        "La scheda è stata generata da un altro piano: rigenerarla con peg generate"),
                new Finding(Severity.AVVISO, "CAUSA_MANCANTE", FILE_S02, "Indicatori", "H6", "I6", MINUS_VALUE,
                        "una causa di scostamento", "Indicare la causa dello scostamento nella colonna Cause"),
                new Finding(Severity.ERRORE, "VALORE_NON_NUMERICO", FILE_S03, "Indicatori", "G5", "I7", "=1+2",
                        "un numero, ad es. 1.200", "Scrivere un numero senza formule, ad es. 1.200"));
        return new ConsolidationResult(plan(), scores(subs), subs, deliveries, registry, findings);
    }

    /** The same consolidation with no findings and no files: tables must still be valid. */
    static ConsolidationResult emptyListsResult() {
        ConsolidationResult r = result();
        return new ConsolidationResult(r.plan(), r.scores(), r.submissions(), r.deliveries(), List.of(), List.of());
    }
}
