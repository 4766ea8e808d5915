package it.peg.validation;

import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.Severity;
import it.peg.domain.YesNoValue;
import it.peg.xlsx.MetadataSheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values of verifiche locked by generate --from, recorded in the metadata sheet, compared with the cells. */
class LockedValuesTest {
    private static final Plan PLAN = TestPlan.plan();
    private static final LocalDate EARLY = LocalDate.of(2018, 1, 10);

    /** A scheda generated with the 30/09 verifica locked and these values recorded. */
    private static Wb locked(Map<String, String> recorded) {
        Wb w = Wb.of(PLAN, "S01").meta(MetadataSheet.KEY_LOCKED, "0930")
                .meta(MetadataSheet.KEY_LOCKED_VALUES, Integer.toString(recorded.size()));
        recorded.forEach((name, value) -> w.meta(MetadataSheet.LOCKED_PREFIX + name, value));
        return w;
    }

    private static final Map<String, String> RECORDED = new TreeMap<>(Map.of(
            "IN_I_NUM_0930", "1200",
            "IN_I_PCT_0930", "0.75",
            "IN_I_DATA_0930", "2018-09-15",
            "IN_I_SINO_0930", "SI",
            "CAUSA_I_NUM_0930", "ritardi nelle gare",
            "FASE_OB1_A_0930", "In corso",
            "CAUSA_I_PCT_0930", ""));

    private static List<Finding> lockedFindings(ValidationResult r) {
        return r.findings().stream().filter(f -> f.code().equals(FindingCode.VALORE_BLOCCATO_MODIFICATO.code())).toList();
    }

    private static ValidationResult validate(Wb w) {
        return new SubmissionValidator(EARLY).validate(PLAN, w.build());
    }

    @Test
    void valuesRetypedTheItalianWayAreTheSameValues() {
        Wb w = locked(RECORDED).text("IN_I_NUM_0930", "1.200").text("IN_I_PCT_0930", "75%")
                .text("IN_I_DATA_0930", "15/9/2018").bool("IN_I_SINO_0930", true)
                .text("CAUSA_I_NUM_0930", " Ritardi  nelle gare ").text("FASE_OB1_A_0930", "IN_CORSO");
        ValidationResult r = validate(w);
        assertEquals(List.of(), lockedFindings(r), () -> r.findings().toString());
        // the same cells as the generator wrote them
        Wb asWritten = locked(RECORDED).number("IN_I_NUM_0930", 1200).percentCell("IN_I_PCT_0930", 0.75)
                .date("IN_I_DATA_0930", 43358).text("IN_I_SINO_0930", "SI")
                .text("CAUSA_I_NUM_0930", "ritardi nelle gare").text("FASE_OB1_A_0930", "In corso");
        assertEquals(List.of(), validate(asWritten).findings());
    }

    @Test
    void aChangedPercentageIsShownAsAPercentageOnBothSides() {
        Wb w = locked(RECORDED).number("IN_I_NUM_0930", 1200).percentCell("IN_I_PCT_0930", 0.8)
                .date("IN_I_DATA_0930", 43358).text("IN_I_SINO_0930", "SI")
                .text("CAUSA_I_NUM_0930", "ritardi nelle gare").text("FASE_OB1_A_0930", "In corso");
        List<Finding> found = lockedFindings(validate(w));
        assertEquals(1, found.size(), found::toString);
        assertEquals("80%", found.get(0).value(), "the same unit as the original, not 0,8");
        assertEquals("75%", found.get(0).expected());
        assertTrue(found.get(0).message().contains("era '75%'") && found.get(0).message().contains("ora è '80%'"),
                found.get(0).message());
    }

    @Test
    void aChangedValueIsAnErrorAtItsCellAndTheRecordedValueIsTheOneUsed() {
        Wb w = locked(RECORDED).number("IN_I_NUM_0930", 1300).percentCell("IN_I_PCT_0930", 0.75)
                .date("IN_I_DATA_0930", 43358).text("IN_I_SINO_0930", "NO")
                .text("CAUSA_I_NUM_0930", "ritardi nelle gare").text("FASE_OB1_A_0930", "In corso");
        ValidationResult r = validate(w);
        List<Finding> found = lockedFindings(r);
        assertEquals(2, found.size(), () -> r.findings().toString());
        Finding num = found.stream().filter(f -> f.subject().equals("I.NUM")).findFirst().orElseThrow();
        assertEquals(Severity.ERRORE, num.severity());
        assertEquals(Wb.SHEET, num.sheet());
        assertEquals(w.cellOf("IN_I_NUM_0930"), num.cell());
        assertEquals("1.300", num.value());
        assertEquals("1.200", num.expected());
        assertTrue(num.message().contains("30/09/2018, già chiusa") && num.message().contains("ripristinare '1.200'")
                && num.message().contains("peg generate"), num.message());
        Finding sino = found.stream().filter(f -> f.subject().equals("I.SINO")).findFirst().orElseThrow();
        assertEquals("NO", sino.value());
        assertEquals("SI", sino.expected());
        var s = r.submission().orElseThrow();
        assertEquals(Optional.of(new NumberValue(new BigDecimal("1200.0"))), s.indicator("I.NUM", TestPlan.SEP).orElseThrow().value());
        assertEquals(Optional.of(new YesNoValue(true)), s.indicator("I.SINO", TestPlan.SEP).orElseThrow().value());
        assertEquals(Optional.of(new DateValue(LocalDate.of(2018, 9, 15))),
                s.indicator("I.DATA", TestPlan.SEP).orElseThrow().value());
    }

    @Test
    void aClearedValueAndAFilledEmptyCellAreChanges() {
        Wb w = locked(Map.of("IN_I_NUM_0930", "1200", "CAUSA_I_PCT_0930", ""))
                .text("CAUSA_I_PCT_0930", "aggiunta dopo");
        ValidationResult r = validate(w);
        List<Finding> found = lockedFindings(r);
        assertEquals(2, found.size(), () -> r.findings().toString());
        Finding cleared = found.stream().filter(f -> f.cell().equals(w.cellOf("IN_I_NUM_0930"))).findFirst().orElseThrow();
        assertEquals("", cleared.value());
        assertEquals("1.200", cleared.expected());
        Finding filled = found.stream().filter(f -> f.cell().equals(w.cellOf("CAUSA_I_PCT_0930"))).findFirst().orElseThrow();
        assertEquals("aggiunta dopo", filled.value());
        assertEquals("", filled.expected());
        assertEquals("", r.submission().orElseThrow().indicator("I.PCT", TestPlan.SEP).orElseThrow().cause());
    }

    @Test
    void aVanishedCellIsAChangeAndItsRecordedValueStillCounts() {
        Wb w = locked(Map.of("IN_I_NUM_0930", "1200")).remove("IN_I_NUM_0930");
        ValidationResult r = validate(w);
        assertEquals(List.of(FindingCode.VALORE_BLOCCATO_MODIFICATO.code()), r.findings().stream().map(Finding::code).toList(),
                () -> r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals("", f.cell());
        assertEquals("1.200", f.expected());
        assertTrue(f.message().contains("IN_I_NUM_0930") && f.message().contains("non c'è più"), f.message());
        assertEquals(Optional.of(new NumberValue(new BigDecimal("1200.0"))),
                r.submission().orElseThrow().indicator("I.NUM", TestPlan.SEP).orElseThrow().value());
    }

    @Test
    void aTamperedRecordIsReported() {
        Wb w = locked(Map.of("IN_I_NUM_0930", "1200")).meta(MetadataSheet.KEY_LOCKED_VALUES, "2").number("IN_I_NUM_0930", 1200);
        List<Finding> found = lockedFindings(validate(w));
        assertEquals(1, found.size());
        assertEquals(MetadataSheet.SHEET, found.get(0).sheet());
    }

    @Test
    void recordedTextsAreReadByKind() {
        assertEquals(new LockedValues.Number(new BigDecimal("1200.5")), LockedValues.expected("IN_X_0630", "1200.5"));
        assertEquals(new LockedValues.Day(LocalDate.of(2024, 6, 30)), LockedValues.expected("IN_X_0630", "2024-06-30"));
        assertEquals(new LockedValues.YesNo(false), LockedValues.expected("RAGGIUNGIBILE_O_0630", "NO"));
        assertEquals(new LockedValues.Text("1200"), LockedValues.expected("NOTE_O_0630", "1200"));
        assertEquals(new LockedValues.Text("2024-06-30"), LockedValues.expected("CAUSA_X_0630", "2024-06-30"));
        assertEquals(new LockedValues.Blank(), LockedValues.expected("IN_X_0630", ""));
    }
}
