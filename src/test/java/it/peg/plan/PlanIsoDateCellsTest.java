package it.peg.plan;

import it.peg.domain.Indicator;
import it.peg.domain.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan saved by openpyxl with {@code iso_dates}: its date cells are {@code t="d"} cells holding ISO texts
 * ("2025-10-31T00:00:00", as a date read back from a date cell is saved), which Excel and LibreOffice never write. A
 * deadline typed as a date was read as the text "2025-10-31T00:00:00", a qualitative target scored on the office's
 * declared progress. {@code date-iso-2025.xlsx}: the demo plan with ANA_2_I2's target a date and time under a date
 * format (F12) and FIN_2_I2's a date with no style (F29), made by openpyxl from {@code peg demo}'s plan. It is kept
 * beside this test, not in {@code plans/}: the tests over every source plan would type and print it again.
 */
class PlanIsoDateCellsTest {
    @ParameterizedTest(name = "streaming {0}")
    @ValueSource(booleans = {true, false})
    void anIsoDateCellIsADeadline(boolean streaming) throws Exception {
        Path file = Path.of(PlanIsoDateCellsTest.class.getResource("date-iso-2025.xlsx").toURI());
        PlanReadResult r = PlanReader.read(file, streaming);
        assertTrue(r.isValid(), r.findings()::toString);
        Plan plan = r.plan().orElseThrow();
        assertEquals("'31/10/2025' → scadenza 31/10/2025", reading(plan, "ANA_2_I2"));
        assertEquals("'31/12/2025' → scadenza 31/12/2025", reading(plan, "FIN_2_I2"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.cell().equals("F12") || f.cell().equals("F29"))
                .filter(f -> !f.code().equals("TARGET_INTERPRETATO")).map(f -> f.code() + " " + f.message()).toList());
    }

    /**
     * A time of day alone (t="d" holding "10:30:00", Excel's 0.4375 under a time format) names no day: it was read as
     * the deadline 31/12/1899, silently. It is the text the cell shows, a target to write again.
     */
    @ParameterizedTest(name = "streaming {0}")
    @ValueSource(booleans = {true, false})
    void aTimeOfDayIsNoDeadline(boolean streaming) throws Exception {
        Path file = Path.of(PlanIsoDateCellsTest.class.getResource("time-iso-2025.xlsx").toURI());
        PlanReadResult r = PlanReader.read(file, streaming);
        assertEquals(List.of("TARGET_QUALITATIVO Target qualitativo: l'ufficio indicherà la % di avanzamento e il Nucleo"
                + " la validerà. Se il target è misurabile, scriverlo come numero, percentuale, rapporto, data o SI/NO (ad"
                + " esempio '>= 12', '>= 90%', 'entro il 31/12/2025' o 'SI'). 10:30"),
                r.findings().stream().filter(f -> f.cell().equals("F12"))
                        .map(f -> f.code() + " " + f.message() + " " + f.value()).toList());
    }

    private static String reading(Plan plan, String code) {
        Indicator i = plan.indicator(code).orElseThrow();
        return TargetReadings.reading(i.target(), i.polarity());
    }
}
