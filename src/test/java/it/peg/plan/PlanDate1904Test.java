package it.peg.plan;

import it.peg.domain.Indicator;
import it.peg.domain.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan saved in the 1904 date system (old Mac workbooks; fixtures made by {@code make_dates.py}): its date serials
 * count from 1 January 1904. The .xlsx was read in it; the .xls (LibreOffice keeps the system in its DATEMODE record)
 * was read in the 1900 system, every deadline 4 years and a day early (31/10/2025 read as 30/10/2021).
 */
class PlanDate1904Test {
    @ParameterizedTest(name = "{0}, streaming {1}")
    @CsvSource({"date1904-2025.xlsx,true", "date1904-2025.xlsx,false", "date1904-2025.xls,false"})
    void aDeadlineIsTheDayTheCellShows(String name, boolean streaming) throws Exception {
        Path file = Path.of(PlanDate1904Test.class.getResource(name).toURI());
        PlanReadResult r = PlanReader.read(file, streaming);
        assertTrue(r.isValid(), r.findings()::toString);
        Plan plan = r.plan().orElseThrow();
        Indicator i = plan.indicator("ANA_2_I2").orElseThrow();
        assertEquals("'31/10/2025' → scadenza 31/10/2025", TargetReadings.reading(i.target(), i.polarity()));
    }
}
