package it.peg.consolidate;

import it.peg.domain.Aggregation;
import it.peg.domain.Band;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Submission;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.NucleoOverride;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Consolidator#combine}, the step merge and consolidate share after each file is assessed: which file
 * counts for each service, what the Registro says of every file, how each service delivered, and that the
 * scores are those of the files that count. The assessments are built by hand, so no file is read: a reader that
 * is called fails the test.
 */
class ConsolidatorCombineTest {
    private static final Verifica JUNE = new Verifica(LocalDate.of(2018, 6, 30),
            Optional.of(LocalDate.of(2018, 7, 15)), false);
    private static final Verifica DECEMBER = new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true);
    /** 15/07/2018 at 23:30 in Rome: the last half hour of the due date. */
    private static final Instant DUE_DAY_LATE_EVENING = Instant.parse("2018-07-15T21:30:00Z");
    /** 16/07/2018 at 00:30 in Rome, still the 15th in UTC: a day late. */
    private static final Instant DAY_AFTER_EARLY = Instant.parse("2018-07-15T22:30:00Z");

    private final Consolidator consolidator = new Consolidator(failingReader(), LocalDate.of(2018, 7, 1));

    @Test
    void theNewestValidFileCountsAndTheOlderOneIsSuperseded() {
        FileAssessment older = valid("S01 v1.xlsx", "a1", "S01", Instant.parse("2018-07-10T08:00:00Z"), "50");
        FileAssessment newer = valid("S01 v2.xlsx", "a2", "S01", DAY_AFTER_EARLY, "100");

        ConsolidationResult result = combine(newer, older);

        assertEquals(new Delivery("S01", DeliveryState.COMPLETE, Optional.of("S01 v2.xlsx"), Optional.of(DAY_AFTER_EARLY),
                Optional.of(false)), result.deliveries().get(0));
        assertEquals(List.of(
                new FileRecord("S01 v1.xlsx", "a1", 1000, older.file().received(), Optional.of("S01"),
                        FileStatus.SUPERSEDED, "Per il servizio S01 conta il file più recente 'S01 v2.xlsx'; questo"
                        + " resta nell'archivio e nel registro."),
                new FileRecord("S01 v2.xlsx", "a2", 1000, DAY_AFTER_EARLY, Optional.of("S01"), FileStatus.ACCEPTED,
                        "")), result.registry());
        assertEquals(List.of(newer.submission().orElseThrow()), result.submissions());
        // the score is the newer file's value: 100 of a target of 100
        IndicatorScore score = result.scores().indicator("I1").orElseThrow();
        assertEquals(Optional.of(new BigDecimal("100")), score.report().flatMap(IndicatorReport::value)
                .map(v -> ((NumberValue) v).value()));
        assertEquals(Optional.of(BigDecimal.ONE), score.achievement().map(BigDecimal::stripTrailingZeros));
        // both files are told which one counts
        assertEquals(List.of(FindingCode.SCHEDA_DUPLICATA.code() + " S01 v1.xlsx", FindingCode.SCHEDA_DUPLICATA.code() + " S01 v2.xlsx"),
                result.findings().stream().map(f -> f.code() + " " + f.file()).toList());
    }

    @Test
    void aValidFileCountsOverANewerRejectedOne() {
        FileAssessment ok = valid("S01.xlsx", "b1", "S01", Instant.parse("2018-07-01T08:00:00Z"), "80");
        FileAssessment bad = rejected("S01 corretto.xlsx", "b2", Optional.of("S01"),
                Instant.parse("2018-07-02T08:00:00Z"), "Il valore di I1 al 30/06 manca.");

        ConsolidationResult result = combine(ok, bad);

        assertEquals(DeliveryState.COMPLETE, result.deliveries().get(0).state());
        assertEquals(Optional.of("S01.xlsx"), result.deliveries().get(0).fileName());
        assertEquals(List.of(FileStatus.REJECTED, FileStatus.ACCEPTED),
                result.registry().stream().map(FileRecord::status).toList());
        assertEquals("Il valore di I1 al 30/06 manca.", result.registry().get(0).reason());
    }

    @Test
    void aDamagedSchedaNamedAfterItsServiceIsThatServicesRefusedDelivery(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // regression (trial of issue 17): a truncated "S02 - Servizio 2.xlsx" left S02 "mancante"
        Path damaged = dir.resolve("S02 - Servizio 2.xlsx");
        java.nio.file.Files.write(damaged, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Consolidator reading = new Consolidator(new it.peg.readback.XlsxReturnedWorkbookReader(), LocalDate.of(2018, 7, 1));
        FileAssessment a = reading.assess(plan(), new InputFile(damaged, damaged.getFileName().toString(),
                DUE_DAY_LATE_EVENING));
        assertEquals(Optional.of("S02"), a.serviceCode());
        assertEquals(DeliveryState.REJECTED, combine(a).deliveries().get(1).state());
    }

    @Test
    void aFileWithOneWarningIsRecordedWithOneSegnalazione() {
        // regression (issue 17, Italian agreement): the Registro said "1 segnalazioni"
        FileAssessment s04 = valid("Ufficio tributi.xlsx", "c4", "S04", DUE_DAY_LATE_EVENING, "100",
                Finding.warning("X", "sola"));
        assertEquals("1 segnalazione (vedere Anomalie)", combine(s04).registry().get(0).reason());
    }

    @Test
    void everyServiceOfThePlanGetsADeliveryInPlanOrder() {
        FileAssessment s04 = valid("Ufficio tributi.xlsx", "c4", "S04", DUE_DAY_LATE_EVENING, "100",
                Finding.warning("X", "prima"), Finding.warning("X", "seconda"));
        FileAssessment s02 = rejected("S02.xlsx", "c2", Optional.of("S02"), DUE_DAY_LATE_EVENING,
                "Questo file non è una scheda di peg.");
        FileAssessment stray = rejected("foto.xlsx", "", Optional.empty(), DAY_AFTER_EARLY,
                "Il file non si apre come cartella di lavoro Excel.");

        ConsolidationResult result = combine(stray, s04, s02);

        assertEquals(List.of(
                new Delivery("S01", DeliveryState.MISSING, Optional.empty(), Optional.empty(), Optional.empty()),
                new Delivery("S02", DeliveryState.REJECTED, Optional.of("S02.xlsx"), Optional.of(DUE_DAY_LATE_EVENING),
                        Optional.of(true)),
                new Delivery("S03", DeliveryState.MISSING, Optional.empty(), Optional.empty(), Optional.empty()),
                new Delivery("S04", DeliveryState.COMPLETE, Optional.of("Ufficio tributi.xlsx"),
                        Optional.of(DUE_DAY_LATE_EVENING), Optional.of(true))),
                result.deliveries());
        // the Registro lists every file by name; a file of no known service is there too
        assertEquals(List.of(
                new FileRecord("S02.xlsx", "c2", 1000, DUE_DAY_LATE_EVENING, Optional.of("S02"), FileStatus.REJECTED,
                        "Questo file non è una scheda di peg."),
                new FileRecord("Ufficio tributi.xlsx", "c4", 1000, DUE_DAY_LATE_EVENING, Optional.of("S04"),
                        FileStatus.ACCEPTED, "2 segnalazioni (vedere Anomalie)"),
                new FileRecord("foto.xlsx", "", 1000, DAY_AFTER_EARLY, Optional.empty(), FileStatus.REJECTED,
                        "Il file non si apre come cartella di lavoro Excel.")),
                result.registry());
        assertEquals(List.of("S02.xlsx", "Ufficio tributi.xlsx", "Ufficio tributi.xlsx", "foto.xlsx"),
                result.findings().stream().map(Finding::file).toList());
        assertEquals(List.of(s04.submission().orElseThrow()), result.submissions());
    }

    @Test
    void onATieOfReceivedTimeTheLastNameCounts() {
        Instant same = Instant.parse("2018-07-05T10:00:00Z");
        FileAssessment a = valid("S03 a.xlsx", "d1", "S03", same, "10");
        FileAssessment b = valid("S03 b.xlsx", "d2", "S03", same, "20");

        assertEquals(Optional.of("S03 b.xlsx"), combine(a, b).deliveries().get(2).fileName());
        assertEquals(Optional.of("S03 b.xlsx"), combine(b, a).deliveries().get(2).fileName());
    }

    @Test
    void theOrderOfTheAssessmentsDoesNotChangeTheResult() {
        List<FileAssessment> files = new ArrayList<>(List.of(
                valid("S01 v1.xlsx", "e1", "S01", Instant.parse("2018-07-01T08:00:00Z"), "10"),
                valid("S01 v2.xlsx", "e2", "S01", Instant.parse("2018-07-03T08:00:00Z"), "20"),
                rejected("S02.xlsx", "e3", Optional.of("S02"), Instant.parse("2018-07-02T08:00:00Z"), "Errore."),
                valid("S04.xlsx", "e4", "S04", Instant.parse("2018-07-04T08:00:00Z"), "30",
                        Finding.warning("X", "avviso")),
                rejected("nota.xlsx", "", Optional.empty(), Instant.parse("2018-07-04T08:00:00Z"), "Illeggibile.")));
        ConsolidationResult first = combine(files.toArray(FileAssessment[]::new));
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(files, new java.util.Random(seed));
            assertEquals(first, combine(files.toArray(FileAssessment[]::new)), "seed " + seed);
        }
    }

    @Test
    void theNucleosOverridesReachTheScores() {
        FileAssessment s01 = valid("S01.xlsx", "f1", "S01", Instant.parse("2018-07-01T08:00:00Z"), "50");
        NucleoOverride override = new NucleoOverride("OB1", Optional.of(new BigDecimal("0.9")), "rivisto");

        ConsolidationResult plain = consolidator.combine(plan(), JUNE, List.of(s01), Map.of());
        ConsolidationResult overridden = consolidator.combine(plan(), JUNE, List.of(s01), Map.of("OB1", override));

        assertEquals(Optional.of(new BigDecimal("0.5")), plain.scores().objective("OB1").orElseThrow().effective()
                .map(BigDecimal::stripTrailingZeros));
        assertEquals(Optional.of(new BigDecimal("0.9")), overridden.scores().objective("OB1").orElseThrow()
                .effective().map(BigDecimal::stripTrailingZeros));
        assertEquals(Optional.of(override), overridden.scores().objective("OB1").orElseThrow().override());
    }

    /**
     * Issue 21: the files' services scored where they were read ({@link Consolidator#scoredAhead}) give the consolidation
     * combine gives scoring them itself: superseded and rejected files beside them, a blank scheda (not scored ahead), the
     * Nucleo's override of one objective (its service scored again) and at another verifica (scores not taken).
     */
    @Test
    void filesScoredWhereTheyWereReadGiveTheConsolidationScoringThemInCombineGives() {
        List<FileAssessment> files = List.of(
                valid("S01 v1.xlsx", "h1", "S01", Instant.parse("2018-07-01T08:00:00Z"), "10"),
                valid("S01 v2.xlsx", "h2", "S01", Instant.parse("2018-07-03T08:00:00Z"), "60"),
                rejected("S02.xlsx", "h3", Optional.of("S02"), Instant.parse("2018-07-02T08:00:00Z"), "Errore."),
                valid("S03.xlsx", "h4", "S03", Instant.parse("2018-07-04T08:00:00Z"), "30"),
                withReports("S04.xlsx", "h5", "S04", DUE_DAY_LATE_EVENING, List.of(
                        new IndicatorReport("I4", JUNE.date(), Optional.empty(), "", "Scheda!D14"))));
        List<FileAssessment> ahead = files.stream().map(f -> Consolidator.scoredAhead(plan(), JUNE, f)).toList();
        assertEquals(2 + 1, ahead.stream().filter(f -> f.scoring().isPresent()).count(), "the usable, not blank, files");
        Map<String, NucleoOverride> override = Map.of("OB1",
                new NucleoOverride("OB1", Optional.of(new BigDecimal("0.9")), "rivisto"));
        for (Verifica v : List.of(JUNE, DECEMBER)) {
            for (Map<String, NucleoOverride> overrides : List.of(Map.<String, NucleoOverride>of(), override)) {
                assertEquals(consolidator.combine(plan(), v, files, overrides),
                        consolidator.combine(plan(), v, ahead, overrides), v.code() + " " + overrides.keySet());
            }
        }
        // and the scores are taken, not made again: a scoring of other values shows through
        FileAssessment other = Consolidator.scoredAhead(plan(), JUNE,
                valid("S03.xlsx", "h4", "S03", Instant.parse("2018-07-04T08:00:00Z"), "90"));
        List<FileAssessment> taken = List.of(ahead.get(3).withScoring(other.scoring()));
        assertEquals(consolidator.combine(plan(), JUNE, List.of(other), Map.of()).scores(),
                consolidator.combine(plan(), JUNE, taken, Map.of()).scores());
    }

    /** Issue 17: a scheda returned with nothing in it is not a delivery; one with a due value empty is incomplete. */
    @Test
    void aBlankSchedaIsNotADeliveryAndAnEmptyDueValueMakesItIncomplete() {
        FileAssessment blank = withReports("S01.xlsx", "g1", "S01", DUE_DAY_LATE_EVENING, List.of(
                new IndicatorReport("I1", JUNE.date(), Optional.empty(), "", "Scheda!D11")));
        FileAssessment empty = withReports("S02.xlsx", "g2", "S02", DUE_DAY_LATE_EVENING, List.of(
                new IndicatorReport("I2", JUNE.date(), Optional.empty(), "dato non ancora disponibile", "Scheda!D12")));

        ConsolidationResult result = combine(blank, empty);

        assertEquals(new Delivery("S01", DeliveryState.EMPTY, Optional.of("S01.xlsx"), Optional.of(DUE_DAY_LATE_EVENING),
                Optional.empty(), 0), result.deliveries().get(0));
        assertEquals(new Delivery("S02", DeliveryState.INCOMPLETE, Optional.of("S02.xlsx"),
                Optional.of(DUE_DAY_LATE_EVENING), Optional.of(true), 1), result.deliveries().get(1));
        // only the incomplete one is scored (I1 is missing because nothing was delivered)
        assertEquals(List.of(empty.submission().orElseThrow()), result.submissions());
        Finding f = result.findings().stream().filter(x -> x.code().equals(FindingCode.SCHEDA_NON_COMPILATA.code())).findFirst()
                .orElseThrow();
        assertEquals(new Finding(it.peg.domain.Severity.AVVISO, "SCHEDA_NON_COMPILATA", "S01.xlsx", "", "", "S01", "",
                "i valori della verifica al 30/06/2018", "La scheda non riporta alcun valore per la verifica al"
                + " 30/06/2018: non vale come consegna. Compilare i valori della verifica e inviarla di nuovo."), f);
        assertEquals(1, result.findings().size());
    }

    /**
     * Regression (trial of issue 17): the Registro called a blank scheda "accettato" and counted its findings without
     * the one saying it is blank (2 of 3). It is "non compilata" there too, as on the Servizi sheet, the console and
     * the CSV, and counts every finding the Anomalie sheet lists for it (since s21-trial the one that says it is blank:
     * its missing values are not listed beside it).
     */
    @Test
    void theRegistroNamesABlankSchedaAsTheServiziSheetDoesAndCountsAllItsFindings() {
        Finding missing = new Finding(it.peg.domain.Severity.AVVISO, "VALORE_MANCANTE", "S01.xlsx", "Scheda", "D11", "I1",
                "", "un valore al 30/06/2018", "Manca il valore.");
        FileAssessment blank = new FileAssessment(new InputFile(Path.of("in", "S01.xlsx"), "S01.xlsx", DUE_DAY_LATE_EVENING),
                "g1", 1000, Optional.of("S01"), Optional.of(new Submission("S01.xlsx", "S01", List.of(new IndicatorReport("I1",
                JUNE.date(), Optional.empty(), "", "Scheda!D11")), List.of(), List.of(), List.of())), List.of(missing, missing));

        ConsolidationResult result = combine(blank);

        assertEquals(DeliveryState.EMPTY, result.deliveries().get(0).state());
        FileRecord r = result.registry().get(0);
        assertEquals(FileStatus.NOT_FILLED, r.status());
        assertEquals(DeliveryState.EMPTY.italian(), r.status().italian());
        // its missing values are not listed beside "non vale come consegna" (s21-trial): the one finding that says so
        List<String> listed = result.findings().stream().filter(f -> f.file().equals("S01.xlsx")).map(Finding::code).toList();
        assertEquals(List.of("SCHEDA_NON_COMPILATA"), listed);
        assertEquals("Nessun valore per la verifica: non vale come consegna; 1 segnalazione (vedere Anomalie)", r.reason());
    }

    /** A usable assessment of a service the plan does not have: a NullPointerException while the Registro was written. */
    @Test
    void aUsableAssessmentOfAServiceNotInThePlanIsSaidToBePegsFault() {
        FileAssessment stray = valid("S09.xlsx", "s9", "S09", DUE_DAY_LATE_EVENING, "50");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> combine(stray));
        assertEquals("the usable assessment of S09.xlsx is of service S09, which the plan does not have", e.getMessage());
    }

    private static FileAssessment withReports(String name, String sha, String service, Instant received,
                                              List<IndicatorReport> reports) {
        Submission submission = new Submission(name, service, reports, List.of(), List.of(), List.of());
        return new FileAssessment(new InputFile(Path.of("in", name), name, received), sha, 1000,
                Optional.of(service), Optional.of(submission), List.of());
    }

    private ConsolidationResult combine(FileAssessment... assessments) {
        return consolidator.combine(plan(), JUNE, List.of(assessments), Map.of());
    }

    private static FileAssessment valid(String name, String sha, String service, Instant received, String value,
                                        Finding... warnings) {
        int n = Integer.parseInt(service.substring(1));
        Submission submission = new Submission(name, service, List.of(new IndicatorReport("I" + n, JUNE.date(),
                Optional.of(new NumberValue(new BigDecimal(value))), "", "Scheda!D" + (10 + n))), List.of(), List.of(),
                List.of());
        List<Finding> findings = List.of(warnings).stream().map(f -> f.withFile(name)).toList();
        return new FileAssessment(new InputFile(Path.of("in", name), name, received), sha, 1000,
                Optional.of(service), Optional.of(submission), findings);
    }

    private static FileAssessment rejected(String name, String sha, Optional<String> service, Instant received,
                                           String error) {
        return new FileAssessment(new InputFile(Path.of("in", name), name, received), sha, 1000, service,
                Optional.empty(), List.of(Finding.error("X", error).withFile(name)));
    }

    /** Four services S01-S04, each with one objective OBn of one indicator In whose target is 100, at 30/06 too. */
    private static Plan plan() {
        List<Service> services = new ArrayList<>();
        List<Objective> objectives = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            services.add(new Service("S0" + n, "", "", "", "Servizio " + n, "", "", "", "", "", "", 0));
            objectives.add(new Objective("OB" + n, "S0" + n, "Obiettivo " + n, "", "", "", "",
                    Optional.of(new BigDecimal("100")), Optional.empty(), "", Optional.empty(), "", false, "", "",
                    Optional.empty(), Optional.empty(), "", "", Aggregation.WEIGHTED_MEAN, 0));
            indicators.add(new Indicator("I" + n, "OB" + n, "Indicatore " + n, "", "",
                    TargetSpec.of("100", NumericTarget.of("100")), Optional.empty(), "", Optional.empty(),
                    Optional.empty(), Polarity.INCREASING, false,
                    new TreeMap<>(Map.of(JUNE.date(), TargetSpec.of("100", NumericTarget.of("100")))), new TreeMap<>(),
                    0));
        }
        Settings settings = new Settings("Comune di Prova", 2018, List.of(JUNE, DECEMBER), BigDecimal.ZERO,
                BigDecimal.ONE, 0, List.of(new Band(BigDecimal.ZERO, "Non raggiunto"),
                new Band(new BigDecimal("0.9"), "Raggiunto")));
        return new Plan(settings, services, objectives, indicators, List.of(), List.of(), List.of());
    }

    private static ReturnedWorkbookReader failingReader() {
        return path -> {
            throw new AssertionError("combine reads no file: " + path);
        };
    }
}
