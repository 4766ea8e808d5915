package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.Findings;
import it.peg.readback.CellKind;
import it.peg.readback.RawCell;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A time of day alone in a returned scheda's input (typed in Excel as 10:30, or an ISO cell "10:30:00" saved by
 * openpyxl: 0.4375 under a time format) names no day: a finding showed it as the date 31/12/1899.
 */
class CellReaderTimeOfDayTest {
    private static final RawCell HALF_PAST_TEN = new RawCell("Scheda", "F12", CellKind.NUMBER, "", Optional.of(0.4375),
            "h:mm:ss", true, Optional.empty());

    @Test
    void aTimeOfDayInADateInputIsNoDateAndIsShownAsTheTime() {
        Findings findings = new Findings();
        CellReader reader = new CellReader(false, 2025, findings);
        assertEquals(Optional.empty(), reader.date(HALF_PAST_TEN, Spot.of("S.xlsx", HALF_PAST_TEN, "I1")));
        List<Finding> found = findings.asList();
        assertEquals(List.of("DATA_NON_VALIDA 10:30"), found.stream().map(f -> f.code() + " " + f.value()).toList());
        assertEquals("Il valore non è una data: scrivere la data di completamento come gg/mm/aaaa (es. 30/09/2025); se"
                + " l'attività non è completata lasciare la cella vuota.", found.get(0).message());
    }

    @Test
    void aTimeOfDayInANumberInputIsShownAsTheTime() {
        Findings findings = new Findings();
        CellReader reader = new CellReader(false, 2025, findings);
        assertEquals(Optional.of(new java.math.BigDecimal("0.4375")),
                reader.number(HALF_PAST_TEN, Spot.of("S.xlsx", HALF_PAST_TEN, "I1")));
        assertEquals(List.of("La cella Scheda!F12 è formattata come data e mostra 10:30: letto il numero 0,4375. Se il"
                + " numero non è quello giusto, riscriverlo."), findings.asList().stream().map(Finding::message).toList());
    }
}
