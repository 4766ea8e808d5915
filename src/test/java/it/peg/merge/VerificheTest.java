package it.peg.merge;

import it.peg.domain.Verifica;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificheTest {
    private final List<Verifica> verifiche = List.of(
            new Verifica(LocalDate.of(2024, 6, 30), Optional.empty(), false),
            new Verifica(LocalDate.of(2024, 9, 30), Optional.empty(), false),
            new Verifica(LocalDate.of(2024, 12, 31), Optional.empty(), true));

    @Test
    void picksTheEqualOrLatestEarlierVerificaAndTheFirstBeforeTheFirst() {
        assertEquals(LocalDate.of(2024, 6, 30), Verifiche.at(verifiche, LocalDate.of(2024, 3, 1)).date());
        assertEquals(LocalDate.of(2024, 6, 30), Verifiche.at(verifiche, LocalDate.of(2024, 6, 30)).date());
        assertEquals(LocalDate.of(2024, 6, 30), Verifiche.at(verifiche, LocalDate.of(2024, 9, 29)).date());
        assertEquals(LocalDate.of(2024, 9, 30), Verifiche.at(verifiche, LocalDate.of(2024, 9, 30)).date());
        assertEquals(LocalDate.of(2024, 12, 31), Verifiche.at(verifiche, LocalDate.of(2025, 2, 1)).date());
    }
}
