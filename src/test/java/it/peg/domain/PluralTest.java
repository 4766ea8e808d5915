package it.peg.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PluralTest {
    @Test
    void oneIsSingularEveryOtherCountIsPlural() {
        assertEquals("0 errori", Plural.errors(0));
        assertEquals("1 errore", Plural.errors(1));
        assertEquals("2 errori", Plural.errors(2));
        assertEquals("1 avviso", Plural.warnings(1));
        assertEquals("2 avvisi", Plural.warnings(2));
        assertEquals("1 servizio mancante", Plural.count(1, "servizio mancante", "servizi mancanti"));
        assertEquals("2 servizi mancanti", Plural.count(2, "servizio mancante", "servizi mancanti"));
        assertEquals("1 file", Plural.files(1));
        assertEquals("1 servizio", Plural.services(1));
    }

    @Test
    void totalsOfFindings() {
        Finding e = Finding.error("X", "m");
        Finding w = Finding.warning("Y", "m");
        assertEquals("1 errore, 2 avvisi", Plural.totals(List.of(e, w, w)));
        assertEquals("0 errori, 1 avviso", Plural.totals(List.of(w)));
        assertEquals("0 errori, 0 avvisi", Plural.totals(List.of()));
    }
}
