package it.peg.scoring;

import it.peg.domain.Verifica;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report holding the full scoring of some services only: asked per service, it answers for those as the whole
 * report does and fails for the others (never an empty score, which a writer would print as "not scored"); every
 * service's score, the ente's figures, the overrides and the data trends' years stay whole.
 */
class ScoreReportPartialTest {
    private static final Verifica V = new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true);

    private static ObjectiveScore objective(String code) {
        return new ObjectiveScore(code, V, Optional.of(BigDecimal.ONE), Optional.empty(), BigDecimal.ONE,
                Optional.of(BigDecimal.ONE), Optional.empty(), "", false, Optional.empty());
    }

    private static DataTrend trend(String code, int year) {
        return new DataTrend(code, year, Optional.empty(), Optional.empty(), false, "");
    }

    private static final NucleoOverride OVERRIDE = new NucleoOverride("S02.1", Optional.of(new BigDecimal("0.8")), "");

    /** S01 and S02, one objective and one Dati row each; S02's objective overridden. */
    private static ScoreReport whole() {
        return new ScoreReport(V, List.of(), List.of(objective("S01.1"), objective("S02.1")),
                List.of(new ServiceScore("S01", V, Optional.of(BigDecimal.ONE), BigDecimal.ONE, Optional.empty()),
                        new ServiceScore("S02", V, Optional.empty(), BigDecimal.ZERO, Optional.empty())),
                Optional.of(BigDecimal.ONE), Optional.empty(), Distribution.empty(),
                List.of(trend("S01.D1", 2016), trend("S01.D1", 2017), trend("S02.D1", 2018)),
                Map.of("S02.1", OVERRIDE));
    }

    private static ScoreReport partialToS01(ScoreReport whole) {
        return whole.partialTo(Set.of("S01"), code -> Optional.empty(),
                code -> Optional.of(code.substring(0, 3)), code -> Optional.of(code.substring(0, 3)));
    }

    @Test
    void aWholeReportHoldsEveryService() {
        ScoreReport whole = whole();
        assertEquals(Optional.empty(), whole.partial());
        assertTrue(whole.holds("S02"));
        assertTrue(whole.holds("S99"), "a whole report answers for any code, as before");
        assertSame(whole.objectives().get(1), whole.objectiveOf("S02", "S02.1").orElseThrow());
        assertEquals(List.of(trend("S01.D1", 2016), trend("S01.D1", 2017)), whole.dataTrendsOf("S01", "S01.D1"));
        assertEquals(List.of(), whole.dataTrendsOf("S01", "S01.D9"));
    }

    @Test
    void aPartialReportAnswersForItsServicesAsTheWholeOne() {
        ScoreReport whole = whole();
        ScoreReport partial = partialToS01(whole);
        assertEquals(Optional.of(whole.objectives().get(0)), partial.objectiveOf("S01", "S01.1"));
        assertEquals(whole.dataTrendsOf("S01", "S01.D1"), partial.dataTrendsOf("S01", "S01.D1"));
        assertEquals(List.of(objective("S01.1")), partial.objectives());
        // whole: the services' scores, the ente's, the overrides and the years of every service's trends
        assertEquals(whole.services(), partial.services());
        assertEquals(whole.overall(), partial.overall());
        assertEquals(whole.overallCoverageText(), partial.overallCoverageText());
        assertEquals(Optional.of(OVERRIDE), partial.override("S02.1"));
        assertEquals(List.of(2016, 2017, 2018), List.copyOf(partial.dataTrendYears()));
        assertEquals(List.of(2016, 2017), List.copyOf(partialToS01(whole).partialTo(Set.of("S01"),
                c -> Optional.empty(), c -> Optional.empty(), c -> Optional.empty()).dataTrendYears()).subList(0, 2));
    }

    @Test
    void aServiceOutsideAPartialReportFailsNamingIt() {
        ScoreReport partial = partialToS01(whole());
        assertFalse(partial.holds("S02"));
        NotScoredException e = assertThrows(NotScoredException.class, () -> partial.objectiveOf("S02", "S02.1"));
        assertEquals("peg's bug: rendering needs the score of objective S02.1 of service S02, but the result holds the "
                + "full scoring of 1 service, not of S02", e.getMessage());
        assertEquals("S02", e.serviceCode());
        assertEquals("peg's bug: rendering needs the data trends of S02.D1 of service S02, but the result holds the "
                + "full scoring of 1 service, not of S02",
                assertThrows(NotScoredException.class, () -> partial.dataTrendsOf("S02", "S02.D1")).getMessage());
        assertThrows(NotScoredException.class, () -> partial.indicatorOf("S02", "S02.1.1"));
        // the code lookups of old answer empty: writers ask per service
        assertEquals(Optional.empty(), partial.objective("S02.1"));
    }
}
