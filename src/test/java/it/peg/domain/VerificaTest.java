package it.peg.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificaTest {
    @Test
    void theCodeOfEveryDayOfALeapYearIsItsMonthAndDay() {
        DateTimeFormatter mmdd = DateTimeFormatter.ofPattern("MMdd");
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            assertEquals(d.format(mmdd), new Verifica(d, java.util.Optional.empty(), false).code(), d.toString());
        }
        assertEquals("0930", new Verifica(LocalDate.of(2025, 9, 30), java.util.Optional.empty(), true).code());
    }
}
