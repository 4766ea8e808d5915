package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Plan;
import it.peg.domain.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A scheda renamed as another service's: read as what it is, with an AVVISO naming both services. */
class FileNameCheckTest {
    private static final Plan PLAN = TestPlan.plan();

    private static List<Finding> nameFindings(String fileName) {
        ValidationResult r = new SubmissionValidator(LocalDate.of(2018, 1, 10))
                .validate(PLAN, Wb.of(PLAN, "S01").build().named(fileName));
        assertEquals("S01", r.submission().orElseThrow().serviceCode(), "recognised by its content");
        return r.findings().stream().filter(f -> f.code().equals(FindingCode.NOME_FILE_ALTRO_SERVIZIO.code())).toList();
    }

    @Test
    void aSchedaNamedAsAnotherServicesIsAWarningNamingBoth() {
        List<Finding> found = nameFindings("S02 - Anagrafe.xlsx");
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(Severity.AVVISO, f.severity());
        assertEquals("S02 - Anagrafe.xlsx", f.file());
        assertEquals("Il nome del file indica il servizio S02 (Anagrafe), ma la scheda è quella del servizio S01"
                + " (Lavori pubblici) ed è letta come tale. Se il file è stato rinominato per errore, ridargli il nome della"
                + " scheda di S01; se è stata inviata la scheda sbagliata, inviare quella del servizio S02.", f.message());
    }

    @Test
    void itsOwnNameOrAnyOtherNameSaysNothing() {
        assertEquals(List.of(), nameFindings("S01 - Lavori pubblici.xlsx"));
        assertEquals(List.of(), nameFindings("s01 - copia.xlsx"));
        assertEquals(List.of(), nameFindings("scheda lavori pubblici.xlsx"));
        assertEquals(List.of(), nameFindings("ufficio/S01.xlsx"));
    }

    @Test
    void eachPlanIsAskedWithItsOwnServices() {
        // the folded codes are kept for the plan last asked: a second plan must not be answered with the first's
        Plan other = new Plan(PLAN.settings(), List.of(PLAN.services().get(1)), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertEquals("S01", FileNameCheck.namedService(PLAN, "s01 - copia.xlsx").orElseThrow().code());
        assertEquals(java.util.Optional.empty(), FileNameCheck.namedService(other, "s01 - copia.xlsx"));
        assertEquals("S02", FileNameCheck.namedService(other, "S02.xlsx").orElseThrow().code());
        assertEquals("S01", FileNameCheck.namedService(PLAN, "ufficio/S01 - x.xlsx").orElseThrow().code());
    }
}
