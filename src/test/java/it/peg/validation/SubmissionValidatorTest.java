package it.peg.validation;

import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.PhaseState;
import it.peg.domain.RatioValue;
import it.peg.domain.Severity;
import it.peg.domain.Submission;
import it.peg.domain.YesNoValue;
import it.peg.xlsx.MetadataSheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionValidatorTest {
    private static final Plan PLAN = TestPlan.plan();
    /** Nothing is due yet: blank cells give no finding. */
    private static final LocalDate EARLY = LocalDate.of(2018, 1, 10);

    private static Wb wb() {
        return Wb.of(PLAN, "S01");
    }

    private static ValidationResult run(Wb wb) {
        return new SubmissionValidator(EARLY).validate(PLAN, wb.build());
    }

    private static Finding only(ValidationResult r) {
        assertEquals(1, r.findings().size(), () -> "findings: " + r.findings());
        return r.findings().get(0);
    }

    private static void assertFinding(Finding f, Severity severity, String code, String cell, String subject, String value) {
        assertEquals(code, f.code(), f::toString);
        assertEquals(severity, f.severity(), f::toString);
        assertEquals(Wb.FILE, f.file());
        assertEquals(cell, f.cell(), f::toString);
        assertEquals(cell.isEmpty() ? "" : Wb.SHEET, f.sheet(), f::toString);
        assertEquals(subject, f.subject(), f::toString);
        assertEquals(value, f.value(), f::toString);
        assertFalse(f.message().isBlank());
    }

    private static Optional<IndicatorReport> report(ValidationResult r, String code, LocalDate v) {
        return r.submission().orElseThrow().indicator(code, v);
    }

    @Test
    void untouchedWorkbookGivesEveryReportAndNoFinding() {
        ValidationResult r = run(wb());
        assertEquals(List.of(), r.findings());
        Submission s = r.submission().orElseThrow();
        assertEquals("S01", s.serviceCode());
        assertEquals(16, s.indicators().size());
        assertEquals(2, s.objectives().size());
        assertEquals(6, s.phases().size());
        assertEquals(1, s.data().size());
        assertTrue(s.indicators().stream().allMatch(i -> i.value().isEmpty()));
    }

    @Test
    void validValuesOfEveryKindAreTyped() {
        Wb w = wb().number("IN_I_NUM_1231", 1300).percentCell("IN_I_PCT_1231", 0.8)
                .number("IN_I_RAT_1231_NUM", 1300).number("IN_I_RAT_1231_DEN", 3)
                .date("IN_I_DATA_1231", 43373).text("IN_I_SINO_1231", "Sì").percentCell("IN_I_QUAL_1231", 1)
                .number("IN_I_SCALA_1231", 5).number("IN_I_GG_1231", -10)
                .text("FASE_OB1_B_2_0930", "in  corso").bool("RAGGIUNGIBILE_OB1_0930", true)
                .text("NOTE_OB1_0930", " gara aggiudicata ").text("DATO_D1_2018", "1.250");
        ValidationResult r = run(w);
        assertEquals(List.of(), r.findings());
        assertEquals(Optional.of(new NumberValue(BigDecimal.valueOf(1300.0))), report(r, "I.NUM", TestPlan.DEC).orElseThrow().value());
        assertEquals(Optional.of(new RatioValue(BigDecimal.valueOf(1300.0), BigDecimal.valueOf(3.0))),
                report(r, "I.RAT", TestPlan.DEC).orElseThrow().value());
        assertEquals(Optional.of(new DateValue(TestPlan.SEP)), report(r, "I.DATA", TestPlan.DEC).orElseThrow().value());
        assertEquals(Optional.of(new YesNoValue(true)), report(r, "I.SINO", TestPlan.DEC).orElseThrow().value());
        IndicatorReport num = report(r, "I.NUM", TestPlan.DEC).orElseThrow();
        assertEquals(Wb.SHEET + "!" + w.cellOf("IN_I_NUM_1231"), num.source());
        Submission s = r.submission().orElseThrow();
        assertEquals(Optional.of(PhaseState.IN_CORSO), s.phases().stream()
                .filter(p -> p.phaseKey().equals("B_2") && p.verifica().equals(TestPlan.SEP)).findFirst().orElseThrow().state());
        assertEquals(Optional.of(true), s.objective("OB1", TestPlan.SEP).orElseThrow().reachable());
        assertEquals("gara aggiudicata", s.objective("OB1", TestPlan.SEP).orElseThrow().notes());
        assertEquals(0, new BigDecimal(1250).compareTo(s.data().get(0).value().orElseThrow()));
    }

    // ---- file level: refused ----

    @Test
    void notAPegScheda() {
        ValidationResult r = run(wb().meta(MetadataSheet.KEY_KIND, null));
        assertFinding(only(r), Severity.ERRORE, FindingCode.NON_SCHEDA_PEG.code(), "", "", "");
        assertTrue(r.submission().isEmpty());
    }

    @Test
    void anotherEnte() {
        ValidationResult r = run(wb().meta(MetadataSheet.KEY_ENTE, "Comune di Trezzo sull'Adda"));
        assertFinding(only(r), Severity.ERRORE, FindingCode.SCHEDA_ALTRO_PIANO.code(), "", "", "Comune di Trezzo sull'Adda 2018");
        assertTrue(r.submission().isEmpty());
    }

    @Test
    void anotherYear() {
        ValidationResult r = run(wb().meta(MetadataSheet.KEY_YEAR, "2017"));
        assertFinding(only(r), Severity.ERRORE, FindingCode.SCHEDA_ALTRO_PIANO.code(), "", "", "Comune di Serravalle Pistoiese 2017");
        assertTrue(r.submission().isEmpty());
    }

    @Test
    void enteComparedIgnoringCaseAndSpaces() {
        assertEquals(List.of(), run(wb().meta(MetadataSheet.KEY_ENTE, " COMUNE DI  serravalle pistoiese")).findings());
    }

    @Test
    void unknownService() {
        ValidationResult r = run(wb().meta(MetadataSheet.KEY_SERVICE, "S99"));
        assertFinding(only(r), Severity.ERRORE, FindingCode.SERVIZIO_SCONOSCIUTO.code(), "", "", "S99");
        assertTrue(r.submission().isEmpty());
    }

    @Test
    void staleWorkbookTellsWhatToDo() {
        ValidationResult r = run(wb().meta(MetadataSheet.KEY_FINGERPRINT, "0123456789abcdef0123"));
        Finding f = only(r);
        assertFinding(f, Severity.ERRORE, FindingCode.SCHEDA_NON_AGGIORNATA.code(), "", "S01", "0123456789ab");
        assertTrue(f.message().contains("peg generate --plan"), f.message());
        assertTrue(f.message().contains("--from"), f.message());
        assertTrue(r.submission().isEmpty());
    }

    // ---- tamper detection: file used ----

    @Test
    void changedTargetCell() {
        Wb w = wb().text("PIANO_TGT_I_NUM", "1.000");
        ValidationResult r = run(w);
        Finding f = only(r);
        assertFinding(f, Severity.ERRORE, FindingCode.PIANO_MODIFICATO.code(), w.cellOf("PIANO_TGT_I_NUM"), "I.NUM", "1.000");
        assertEquals("1.200", f.expected());
        assertTrue(f.message().contains("sbloccato e modificato"));
        assertTrue(r.submission().isPresent());
    }

    @Test
    void changedIndicatorWeight() {
        Wb w = wb().number("PIANO_PESO_I_PCT", 50);
        Finding f = only(run(w));
        assertFinding(f, Severity.ERRORE, FindingCode.PIANO_MODIFICATO.code(), w.cellOf("PIANO_PESO_I_PCT"), "I.PCT", "50");
        assertEquals("25", f.expected());
    }

    @Test
    void weightWrittenWhereThePlanHasNone() {
        Wb w = wb().number("PIANO_PESOOBJ_OB2", 40);
        Finding f = only(run(w));
        assertFinding(f, Severity.ERRORE, FindingCode.PIANO_MODIFICATO.code(), w.cellOf("PIANO_PESOOBJ_OB2"), "OB2", "40");
        assertEquals("vuoto", f.expected());
    }

    @Test
    void weightStoredAsTextIsNotATamper() {
        assertEquals(List.of(), run(wb().text("PIANO_PESO_I_PCT", "25").text("PIANO_TGT_I_PCT", " >=75% ")).findings());
    }

    // ---- values ----

    @Test
    void textThatIsNoNumberIsDropped() {
        Wb w = wb().text("IN_I_NUM_1231", "n.d.");
        ValidationResult r = run(w);
        assertFinding(only(r), Severity.ERRORE, FindingCode.VALORE_NON_NUMERICO.code(), w.cellOf("IN_I_NUM_1231"), "I.NUM", "n.d.");
        IndicatorReport rep = report(r, "I.NUM", TestPlan.DEC).orElseThrow();
        assertTrue(rep.value().isEmpty());
        assertEquals(Wb.SHEET + "!" + w.cellOf("IN_I_NUM_1231"), rep.source());
    }

    @Test
    void approximateNumberIsNoNumber() {
        Wb w = wb().text("IN_I_SCALA_0930", "circa 10");
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.VALORE_NON_NUMERICO.code(), w.cellOf("IN_I_SCALA_0930"), "I.SCALA",
                "circa 10");
    }

    @Test
    void impossibleDate() {
        Wb w = wb().text("IN_I_DATA_1231", "31/02/2018");
        ValidationResult r = run(w);
        assertFinding(only(r), Severity.ERRORE, FindingCode.DATA_INESISTENTE.code(), w.cellOf("IN_I_DATA_1231"), "I.DATA", "31/02/2018");
        assertTrue(report(r, "I.DATA", TestPlan.DEC).orElseThrow().value().isEmpty());
    }

    @Test
    void textThatIsNoDate() {
        Wb w = wb().text("IN_I_DATA_1231", "entro l'estate");
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.DATA_NON_VALIDA.code(), w.cellOf("IN_I_DATA_1231"), "I.DATA",
                "entro l'estate");
    }

    @Test
    void completionAfterTheVerificaIsKeptWithAWarning() {
        Wb w = wb().text("IN_I_DATA_0930", "15/10/2018");
        ValidationResult r = run(w);
        assertFinding(only(r), Severity.AVVISO, FindingCode.DATA_DOPO_VERIFICA.code(), w.cellOf("IN_I_DATA_0930"), "I.DATA",
                "15/10/2018");
        assertEquals(Optional.of(new DateValue(LocalDate.of(2018, 10, 15))), report(r, "I.DATA", TestPlan.SEP).orElseThrow().value());
    }

    /** Regression (trial of issue 17): a negative count on the Dati sheet was taken without a word. */
    @Test
    void aNegativeDatumIsAnErrorNamingTheSheetAndCell() {
        Wb w = wb().number("DATO_D1_2018", -5);
        ValidationResult r = run(w);
        Finding f = only(r);
        assertFinding(f, Severity.ERRORE, FindingCode.VALORE_NEGATIVO.code(), w.cellOf("DATO_D1_2018"), "D1", "-5");
        assertEquals("Il dato D1 (Pratiche edilizie) nella cella Scheda!" + w.cellOf("DATO_D1_2018") + " è negativo (-5),"
                + " ma è un conteggio o un importo: scrivere il numero senza il segno meno. Se il dato può davvero essere"
                + " negativo, il controllo di gestione lo indichi nel piano (es. \"Saldo\" nella descrizione).", f.message());
        assertEquals(Optional.empty(), r.submission().orElseThrow().data().get(0).value());
        assertEquals(Optional.of(new java.math.BigDecimal("5")), run(wb().number("DATO_D1_2018", 5)).submission()
                .orElseThrow().data().get(0).value().map(java.math.BigDecimal::stripTrailingZeros));
    }

    /** A balance or a change may be negative, and so may a row whose past years were: the plan says so. */
    @Test
    void aDatumThePlanAllowsBelowZeroStaysNegative() {
        it.peg.domain.DataRow saldo = new it.peg.domain.DataRow("D2", "S01", "Saldo di cassa", new java.util.TreeMap<>(), 0);
        it.peg.domain.DataRow past = new it.peg.domain.DataRow("D3", "S01", "Utenti",
                new java.util.TreeMap<>(java.util.Map.of(2017, new java.math.BigDecimal("-3"))), 0);
        it.peg.domain.DataRow count = new it.peg.domain.DataRow("D4", "S01", "Pratiche edilizie", new java.util.TreeMap<>(), 0);
        assertTrue(DataSigns.maybeNegative(saldo));
        assertTrue(DataSigns.maybeNegative(past));
        assertEquals(false, DataSigns.maybeNegative(count));
    }

    @Test
    void completionOutsideThePlanYear() {
        Wb w = wb().text("IN_I_DATA_1231", "15/3/17");
        assertFinding(only(run(w)), Severity.AVVISO, FindingCode.DATA_FUORI_ANNO.code(), w.cellOf("IN_I_DATA_1231"), "I.DATA",
                "15/03/2017");
    }

    @Test
    void percentageAbove100() {
        Wb w = wb().number("IN_I_PCT_1231", 75);
        ValidationResult r = run(w);
        Finding f = only(r);
        assertFinding(f, Severity.ERRORE, FindingCode.PERCENTUALE_FUORI_INTERVALLO.code(), w.cellOf("IN_I_PCT_1231"), "I.PCT", "75");
        assertTrue(f.message().contains("scrivere 75%"), f.message());
        assertTrue(report(r, "I.PCT", TestPlan.DEC).orElseThrow().value().isEmpty());
    }

    @Test
    void negativePercentage() {
        Wb w = wb().text("IN_I_PCT_1231", "-5%");
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.PERCENTUALE_FUORI_INTERVALLO.code(), w.cellOf("IN_I_PCT_1231"), "I.PCT", "-5%");
    }

    @Test
    void progressAbove100() {
        Wb w = wb().percentCell("IN_I_QUAL_1231", 1.2).text("CAUSA_I_QUAL_1231", "x");
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.AVANZAMENTO_FUORI_INTERVALLO.code(), w.cellOf("IN_I_QUAL_1231"), "I.QUAL",
                "1,2");
    }

    @Test
    void scaleValueOutOfScale() {
        Wb w = wb().number("IN_I_SCALA_1231", 7);
        Finding f = only(run(w));
        assertFinding(f, Severity.ERRORE, FindingCode.VALORE_FUORI_INTERVALLO.code(), w.cellOf("IN_I_SCALA_1231"), "I.SCALA", "7");
        assertEquals("tra 1 e 5", f.expected());
    }

    @Test
    void zeroDenominator() {
        Wb w = wb().number("IN_I_RAT_1231_NUM", 1200).number("IN_I_RAT_1231_DEN", 0);
        ValidationResult r = run(w);
        assertFinding(only(r), Severity.ERRORE, FindingCode.DENOMINATORE_ZERO.code(), w.cellOf("IN_I_RAT_1231_DEN"), "I.RAT", "0");
        assertTrue(report(r, "I.RAT", TestPlan.DEC).orElseThrow().value().isEmpty());
    }

    @Test
    void ratioWithOnlyTheNumerator() {
        Wb w = wb().number("IN_I_RAT_1231_NUM", 1200);
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.RAPPORTO_INCOMPLETO.code(), w.cellOf("IN_I_RAT_1231_DEN"), "I.RAT", "");
    }

    @Test
    void negativeCount() {
        Wb w = wb().number("IN_I_NUM_1231", -5);
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.VALORE_NEGATIVO.code(), w.cellOf("IN_I_NUM_1231"), "I.NUM", "-5");
    }

    @Test
    void negativeRatioPart() {
        Wb w = wb().number("IN_I_RAT_1231_NUM", 1200).text("IN_I_RAT_1231_DEN", "-3");
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.VALORE_NEGATIVO.code(), w.cellOf("IN_I_RAT_1231_DEN"), "I.RAT", "-3");
    }

    @Test
    void negativeDaysAreFine() {
        ValidationResult r = run(wb().text("IN_I_GG_1231", "-10"));
        assertEquals(List.of(), r.findings());
        assertEquals(Optional.of(new NumberValue(new BigDecimal(-10))), report(r, "I.GG", TestPlan.DEC).orElseThrow().value());
    }

    @Test
    void missingValuesAfterTheVerificaAreWarnings() {
        Wb w = wb();
        ValidationResult r = new SubmissionValidator(LocalDate.of(2018, 10, 20)).validate(PLAN, w.build());
        // only I.NUM has a target at 30/09: the other indicators are monitored there and may be left empty
        // (issue 17: warnings about values nobody owed were most of the noise at the final verifica)
        assertEquals(1, r.findings().size(), r.findings()::toString);
        assertTrue(r.findings().stream().allMatch(f -> f.code().equals(FindingCode.VALORE_MANCANTE.code()) && f.severity() == Severity.AVVISO));
        Finding num = r.findings().stream().filter(f -> f.subject().equals("I.NUM")).findFirst().orElseThrow();
        assertFinding(num, Severity.AVVISO, FindingCode.VALORE_MANCANTE.code(), w.cellOf("IN_I_NUM_0930"), "I.NUM", "");
        assertTrue(r.findings().stream().noneMatch(f -> f.subject().equals("I.RAT")), "monitored at 30/09");
    }

    @Test
    void missingFinalValueIsAWarningToo() {
        Wb w = wb().number("IN_I_NUM_0930", 950);
        ValidationResult r = new SubmissionValidator(LocalDate.of(2019, 2, 1)).validate(PLAN, w.build());
        // every indicator is due at the final verifica but the deadline, whose empty date means "not completed";
        // none of the empty monitored values at 30/06 and 30/09 is reported
        assertEquals(7, r.findings().size(), r.findings()::toString);
        assertFalse(r.findings().stream().anyMatch(Finding::isError));
        Finding f = r.findings().stream().filter(x -> x.subject().equals("I.NUM")).findFirst().orElseThrow();
        assertFinding(f, Severity.AVVISO, FindingCode.VALORE_MANCANTE.code(), w.cellOf("IN_I_NUM_1231"), "I.NUM", "");
        assertEquals("Manca il valore al 31/12/2018 (verifica finale): senza valore l'indicatore non viene valutato"
                + " e la scheda risulta incompleta. Compilare la cella.", f.message());
    }

    @Test
    void gapWithoutCause() {
        Wb w = wb().number("IN_I_NUM_1231", 1000);
        ValidationResult r = run(w);
        Finding f = only(r);
        assertFinding(f, Severity.AVVISO, FindingCode.CAUSA_MANCANTE.code(), w.cellOf("CAUSA_I_NUM_1231"), "I.NUM", "1.000");
        assertEquals("Il valore 1.000 non raggiunge il target '1.200' al 31/12: spiegare nella cella delle cause"
                + " di scostamento perché, e quali azioni sono state prese.", f.message());
        assertTrue(report(r, "I.NUM", TestPlan.DEC).orElseThrow().value().isPresent());
    }

    @Test
    void gapAgainstTheIntermediateTarget() {
        Wb w = wb().number("IN_I_NUM_0930", 800);
        assertFinding(only(run(w)), Severity.AVVISO, FindingCode.CAUSA_MANCANTE.code(), w.cellOf("CAUSA_I_NUM_0930"), "I.NUM", "800");
    }

    @Test
    void gapWithCauseIsFine() {
        ValidationResult r = run(wb().number("IN_I_NUM_1231", 1000).text("CAUSA_I_NUM_1231", "Personale ridotto"));
        assertEquals(List.of(), r.findings());
        assertEquals("Personale ridotto", report(r, "I.NUM", TestPlan.DEC).orElseThrow().cause());
    }

    @Test
    void gapOnYesNoDeadlineAndDecreasingTargets() {
        Wb w = wb().text("IN_I_SINO_1231", "NO").date("IN_I_DATA_1231", 43374).number("IN_I_GG_1231", 3);
        ValidationResult r = run(w);
        assertEquals(List.of(FindingCode.CAUSA_MANCANTE.code(), FindingCode.CAUSA_MANCANTE.code(), FindingCode.CAUSA_MANCANTE.code()),
                r.findings().stream().map(Finding::code).toList());
        assertEquals(List.of("I.DATA", "I.SINO", "I.GG"), r.findings().stream().map(Finding::subject).toList());
    }

    @Test
    void cumulativeValueWentDown() {
        Wb w = wb().number("IN_I_NUM_0930", 1000).number("IN_I_NUM_1231", 800).text("CAUSA_I_NUM_1231", "Errore 30/09");
        ValidationResult r = run(w);
        Finding f = only(r);
        assertFinding(f, Severity.AVVISO, FindingCode.CUMULATIVO_IN_CALO.code(), w.cellOf("IN_I_NUM_1231"), "I.NUM", "800");
        assertEquals("almeno 1.000", f.expected());
    }

    @Test
    void yesNoCellCompletedByAutoInput() {
        Wb w = wb().text("IN_I_SINO_1231", "Sicilia");
        ValidationResult r = run(w);
        Finding f = only(r);
        assertFinding(f, Severity.ERRORE, FindingCode.SI_NO_NON_VALIDO.code(), w.cellOf("IN_I_SINO_1231"), "I.SINO", "Sicilia");
        assertTrue(f.message().contains("completamento automatico"), f.message());
        assertTrue(report(r, "I.SINO", TestPlan.DEC).orElseThrow().value().isEmpty());
    }

    @Test
    void reachableWithOtherText() {
        Wb w = wb().text("RAGGIUNGIBILE_OB2_0930", "forse");
        ValidationResult r = run(w);
        assertFinding(only(r), Severity.ERRORE, FindingCode.SI_NO_NON_VALIDO.code(), w.cellOf("RAGGIUNGIBILE_OB2_0930"), "OB2", "forse");
        assertEquals(Optional.empty(), r.submission().orElseThrow().objective("OB2", TestPlan.SEP).orElseThrow().reachable());
    }

    @Test
    void phaseStateNotInTheList() {
        Wb w = wb().text("FASE_OB1_B_2_0930", "Fatto");
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.STATO_FASE_NON_VALIDO.code(), w.cellOf("FASE_OB1_B_2_0930"), "OB1", "Fatto");
    }

    @Test
    void definedNameMissing() {
        ValidationResult r = run(wb().remove("IN_I_PCT_1231"));
        Finding f = only(r);
        assertFinding(f, Severity.ERRORE, FindingCode.NOME_MANCANTE.code(), "", "I.PCT", "");
        assertEquals("IN_I_PCT_1231", f.expected());
        assertTrue(r.submission().isPresent());
    }

    @Test
    void ambiguousNumberReadTheItalianWayWithAWarning() {
        Wb w = wb().text("IN_I_SCALA_1231", "4.5");
        ValidationResult r = run(w);
        Finding f = only(r);
        assertFinding(f, Severity.AVVISO, FindingCode.VALORE_INTERPRETATO.code(), w.cellOf("IN_I_SCALA_1231"), "I.SCALA", "4.5");
        assertEquals("4,5", f.expected());
        assertEquals(Optional.of(new NumberValue(new BigDecimal("4.5"))), report(r, "I.SCALA", TestPlan.DEC).orElseThrow().value());
    }

    @Test
    void formulaErrorInAnInputCell() {
        Wb w = wb().error("IN_I_NUM_1231", "#DIV/0!");
        assertFinding(only(run(w)), Severity.ERRORE, FindingCode.ERRORE_FORMULA.code(), w.cellOf("IN_I_NUM_1231"), "I.NUM", "#DIV/0!");
    }

    @Test
    void formulaInAnInputCellCountsByItsCachedValue() {
        ValidationResult r = run(wb().formula("IN_I_NUM_1231", "SUM(B3,B7)", 1250));
        assertEquals(List.of(), r.findings());
        assertEquals(Optional.of(new NumberValue(BigDecimal.valueOf(1250.0))), report(r, "I.NUM", TestPlan.DEC).orElseThrow().value());
    }

    @Test
    void everyProblemOfAFileIsReportedInOneRun() {
        Wb w = wb().text("IN_I_NUM_1231", "n.d.").text("IN_I_SINO_1231", "Sicilia").number("PIANO_PESO_I_PCT", 50)
                .remove("CAUSA_I_GG_0930");
        List<String> codes = run(w).findings().stream().map(Finding::code).sorted().toList();
        assertEquals(List.of(FindingCode.NOME_MANCANTE.code(), FindingCode.PIANO_MODIFICATO.code(), FindingCode.SI_NO_NON_VALIDO.code(),
                FindingCode.VALORE_NON_NUMERICO.code()), codes);
    }
}
