package it.peg.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsTest {
    private static Settings settings() {
        return new Settings("Comune", 2018, List.of(
                new Verifica(LocalDate.of(2018, 6, 30), Optional.empty(), false),
                new Verifica(LocalDate.of(2018, 9, 30), Optional.empty(), false),
                new Verifica(LocalDate.of(2018, 12, 31), Optional.of(LocalDate.of(2019, 1, 31)), true)),
                BigDecimal.ZERO, BigDecimal.ONE, 0,
                List.of(new Band(BigDecimal.ZERO, "Non raggiunto"), new Band(new BigDecimal("0.6"), "Parzialmente raggiunto"),
                        new Band(new BigDecimal("0.9"), "Raggiunto")));
    }

    @Test
    void verificaAtPicksTheSameDateOrTheLatestBefore() {
        Settings s = settings();
        assertEquals("0930", s.verificaAt(LocalDate.of(2018, 9, 30)).code());
        assertEquals("0930", s.verificaAt(LocalDate.of(2018, 12, 30)).code());
        assertEquals("1231", s.verificaAt(LocalDate.of(2019, 3, 1)).code());
        assertEquals("0630", s.verificaAt(LocalDate.of(2018, 1, 15)).code(), "before the first: the first");
    }

    @Test
    void esitoUsesTheHighestBandReached() {
        Settings s = settings();
        assertEquals(Optional.of("Non raggiunto"), s.esitoOf(new BigDecimal("0.59")));
        assertEquals(Optional.of("Parzialmente raggiunto"), s.esitoOf(new BigDecimal("0.6")));
        assertEquals(Optional.of("Raggiunto"), s.esitoOf(BigDecimal.ONE));
    }

    @Test
    void verificheMustBeChronologicalWithAFinalLast() {
        assertThrows(IllegalArgumentException.class, () -> new Settings("C", 2018, List.of(
                new Verifica(LocalDate.of(2018, 12, 31), Optional.empty(), true),
                new Verifica(LocalDate.of(2018, 6, 30), Optional.empty(), false)),
                BigDecimal.ZERO, BigDecimal.ONE, 0, List.of()));
    }

    @Test
    void inputNamesFollowTheContract() {
        Verifica v = new Verifica(LocalDate.of(2018, 9, 30), Optional.empty(), false);
        assertEquals("IN_2017_ZN08_01_0930", InputNames.value("2017_zn08.01", v));
        assertEquals("IN_A_B_0930_NUM", InputNames.numerator("a-b", v));
        assertEquals("CAUSA_X1_0930", InputNames.cause("x1", v));
        assertEquals("DATO_ACCESSI_2022", InputNames.data("accessi", 2022));
        Phase a = new Phase("O1", "A", "", List.of(1), "GEN", 0);
        Phase b1 = new Phase("O1", "B", "", List.of(2), "FEB", 0);
        Phase b2 = new Phase("O1", "B", "", List.of(3), "MAR", 0);
        assertEquals(List.of("A", "B", "B_2"), InputNames.phaseKeys(List.of(a, b1, b2)));
        assertEquals("FASE_O1_B_2_0930", InputNames.phase("O1", "B_2", v));
    }
}
