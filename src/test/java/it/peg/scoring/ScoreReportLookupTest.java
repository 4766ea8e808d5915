package it.peg.scoring;

import it.peg.domain.Verifica;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The lookups by code answer as the linear scans they replaced (the first of a code, empty for an unknown one), for
 * whichever report is asked: the index is kept for the report last asked only.
 */
class ScoreReportLookupTest {
    private static final Verifica V = new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true);

    private static ServiceScore service(String code, String score) {
        return new ServiceScore(code, V, Optional.of(new BigDecimal(score)), BigDecimal.ONE, Optional.empty());
    }

    private static ScoreReport report(List<ServiceScore> services) {
        return new ScoreReport(V, List.of(), List.of(), services, Optional.empty(), Optional.empty(),
                Distribution.empty(), List.of());
    }

    @Test
    void theFirstOfEachCodeForTheReportAsked() {
        ServiceScore first = service("S01", "0.5");
        ScoreReport a = report(List.of(first, service("S01", "0.9"), service("S02", "0.7")));
        ScoreReport b = report(List.of(service("S03", "0.1")));
        assertSame(first, a.service("S01").orElseThrow());
        assertEquals(Optional.empty(), b.service("S01"));
        assertEquals("S03", b.service("S03").orElseThrow().serviceCode());
        assertEquals(Optional.empty(), a.service("S03"));
        assertEquals(Optional.empty(), a.indicator("S01"));
        assertEquals(Optional.empty(), a.objective("S01"));
    }

    @Test
    void theDataTrendsYearsInOrderOnceEach() {
        List<DataTrend> trends = List.of(new DataTrend("D2", 2019, Optional.empty(), Optional.empty(), false, ""),
                new DataTrend("D1", 2017, Optional.empty(), Optional.empty(), false, ""),
                new DataTrend("D1", 2019, Optional.empty(), Optional.empty(), false, ""));
        ScoreReport report = new ScoreReport(V, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Distribution.empty(), trends);
        assertEquals(List.of(2017, 2019), List.copyOf(report.dataTrendYears()));
        assertEquals(List.of(), List.copyOf(report(List.of()).dataTrendYears()));
    }
}
