package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.LockSeal;
import it.peg.domain.NumberValue;
import it.peg.domain.Plan;
import it.peg.domain.Severity;
import it.peg.xlsx.MetadataSheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Locked values sealed with the key beside the plan ({@link LockSeal}): an office that edits a locked value together
 * with its record in the hidden sheet cannot forge the seal, and the sealed original is the one kept.
 */
class SealedLockedValuesTest {
    private static final Plan PLAN = TestPlan.plan();
    private static final LocalDate EARLY = LocalDate.of(2018, 1, 10);
    private static final LockSeal KEY = new LockSeal("chiave del controllo di gestione".getBytes());
    private static final Map<String, String> ORIGINAL = new TreeMap<>(Map.of("IN_I_NUM_0930", "1200"));

    /** As generate --from writes it: records, seals, set seal; then {@code records} as the office left them. */
    private static Wb sealed(Map<String, String> records) {
        Wb w = Wb.of(PLAN, "S01").meta(MetadataSheet.KEY_LOCKED, "0930")
                .meta(MetadataSheet.KEY_LOCKED_VALUES, Integer.toString(records.size()));
        records.forEach((name, value) -> w.meta(MetadataSheet.LOCKED_PREFIX + name, value));
        ORIGINAL.forEach((name, value) -> w.meta(MetadataSheet.SEAL_PREFIX + name, KEY.sealed("S01", name, value)));
        w.meta(MetadataSheet.KEY_SEAL, KEY.ofAll("S01", ORIGINAL));
        return w;
    }

    private static ValidationResult validate(Wb w, Optional<LockSeal> key) {
        return new SubmissionValidator(EARLY).withSeal(key).validate(PLAN, w.build());
    }

    private static List<Finding> locked(ValidationResult r) {
        return r.findings().stream().filter(f -> f.code().startsWith("VALORE_BLOCCATO") || f.code().startsWith("SIGILLO"))
                .toList();
    }

    private static Optional<?> value(ValidationResult r) {
        return r.submission().orElseThrow().indicator("I.NUM", TestPlan.SEP).orElseThrow().value();
    }

    @Test
    void anUntouchedSealedWorkbookIsClean() {
        ValidationResult r = validate(sealed(ORIGINAL).number("IN_I_NUM_0930", 1200), Optional.of(KEY));
        assertEquals(List.of(), locked(r));
    }

    @Test
    void aValueEditedTogetherWithItsRecordIsAnErrorAndTheSealedOriginalIsKept() {
        Wb w = sealed(Map.of("IN_I_NUM_0930", "99999")).number("IN_I_NUM_0930", 99999);
        ValidationResult r = validate(w, Optional.of(KEY));
        List<Finding> found = locked(r);
        assertEquals(2, found.size(), found::toString);
        Finding record = found.get(0);
        assertEquals(Severity.ERRORE, record.severity());
        assertEquals(FindingCode.VALORE_BLOCCATO_MODIFICATO.code(), record.code());
        assertEquals(MetadataSheet.SHEET, record.sheet());
        assertEquals("Il valore bloccato IN_I_NUM_0930 registrato nel foglio nascosto della scheda è stato modificato"
                + " (ora '99.999', sigillato alla generazione '1.200'): resta '1.200'. Rinviare la scheda ricevuta dal"
                + " controllo di gestione senza modificarne i fogli nascosti.", record.message());
        Finding cell = found.get(1);
        assertEquals(FindingCode.VALORE_BLOCCATO_MODIFICATO.code(), cell.code());
        assertEquals(w.cellOf("IN_I_NUM_0930"), cell.cell());
        assertEquals("99.999", cell.value());
        assertEquals("1.200", cell.expected());
        assertEquals(Optional.of(new NumberValue(new BigDecimal("1200.0"))), value(r));
    }

    @Test
    void withoutTheKeyTheForgedRecordWouldPassAndThatIsSaid() {
        Wb w = sealed(Map.of("IN_I_NUM_0930", "99999")).number("IN_I_NUM_0930", 99999);
        ValidationResult r = validate(w, Optional.empty());
        assertEquals(List.of(FindingCode.SIGILLO_NON_VERIFICATO.code()), locked(r).stream().map(Finding::code).toList());
        assertEquals(Severity.AVVISO, locked(r).get(0).severity());
    }

    @Test
    void aForgedSealIsAnErrorAndTheValueIsNotUsed() {
        Wb w = sealed(Map.of("IN_I_NUM_0930", "99999")).number("IN_I_NUM_0930", 99999)
                .meta(MetadataSheet.SEAL_PREFIX + "IN_I_NUM_0930", "0".repeat(64) + ":99999");
        ValidationResult r = validate(w, Optional.of(KEY));
        assertEquals(List.of(FindingCode.SIGILLO_NON_VALIDO.code()), locked(r).stream().map(Finding::code).toList(),
                () -> r.findings().toString());
        assertEquals(Optional.empty(), value(r));
    }

    @Test
    void aSealFromAnotherKeyDoesNotOpen() {
        LockSeal other = new LockSeal("un'altra chiave, non quella del piano".getBytes());
        assertEquals(Optional.empty(), KEY.open("S01", "IN_I_NUM_0930", other.sealed("S01", "IN_I_NUM_0930", "99999")));
        assertEquals(Optional.of("1200"), KEY.open("S01", "IN_I_NUM_0930", KEY.sealed("S01", "IN_I_NUM_0930", "1200")));
        assertEquals(Optional.empty(), KEY.open("S02", "IN_I_NUM_0930", KEY.sealed("S01", "IN_I_NUM_0930", "1200")));
    }
}
