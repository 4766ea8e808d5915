package it.peg.italian;

import it.peg.domain.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetParserTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // SPEC section 3 forms
        "24000                  | N:24000      | false",
        "1.200                  | N:1200       | false",
        "0,5                    | N:0.5        | false",
        "75%                    | P:0.75       | false",
        "1200/3                 | R:1200/3     | false",
        "31900/39365            | R:31900/39365| false",
        ">=5                    | N>=:5        | false",
        "=>4                    | N>=:4        | false",
        "≥ 15                   | N>=:15       | false",
        "=7                     | N=:7         | false",
        "<=30                   | N<=:30       | false",
        "non oltre 30           | N<=:30       | true",
        "31/12/2017             | D:2017-12-31 | false",
        "entro il 30/06/2018    | D:2018-06-30 | true",
        "Sì                     | SI           | false",
        "si                     | SI           | false",
        "SI'                    | SI           | false",
        "Si’                    | SI           | false",
        "NO                     | NO           | false",
        "no                     | NO           | false",
        // comparators in words
        "almeno 5               | N>=:5        | true",
        "non meno di 10         | N>=:10       | true",
        "minimo 3               | N>=:3        | true",
        "maggiore o uguale a 80%| P>=:0.8      | true",
        "pari a 100             | N=:100       | true",
        "uguale a 7             | N=:7         | true",
        "massimo 30             | N<=:30       | true",
        "non più di 15          | N<=:15       | true",
        "non piu' di 15         | N<=:15       | true",
        "al massimo 20          | N<=:20       | true",
        "inferiore o uguale a 5 | N<=:5        | true",
        "entro 30 giorni        | N<=:30       | true",
        "> 5                    | N>=:5        | true",
        // spacing, separators, signs
        ">= 1.500               | N>=:1500     | false",
        "\"  24000  \"            | N:24000      | false",
        "-7                     | N:-7         | false",
        "<= -7                  | N<=:-7       | false",
        "<= −7                  | N<=:-7       | false",
        "≤ 30                   | N<=:30       | false",
        "75 %                   | P:0.75       | false",
        "3.5                    | N:3.5        | true",
        "1.234,5                | N:1234.5     | false",
        "31.900/39.365          | R:31900/39365| false",
        "1200 / 3               | R:1200/3     | false",
        // deadlines
        "31/12                  | D:2018-12-31 | true",
        "30/06                  | D:2018-06-30 | true",
        "Settembre 2018         | D:2018-09-30 | true",
        "entro Settembre 2018   | D:2018-09-30 | true",
        "non oltre il 31/10/2018| D:2018-10-31 | true",
        "2018-09-30             | D:2018-09-30 | false",
        "30 giugno              | D:2018-06-30 | true",
        // qualitative
        "Da effettuarsi durante l'anno solare | Q | true",
        "Miglioramento del servizio           | Q | true",
    })
    void reads(String text, String expected, String interpreted) {
        ParsedTarget parsed = TargetParser.parse(text, 2018);
        assertTrue(parsed.isValid(), () -> text + ": " + parsed.error());
        TargetExpectation.check(text, expected, parsed.spec().target());
        assertEquals(Boolean.parseBoolean(interpreted), parsed.spec().interpretation().isPresent(),
                () -> "'" + text + "' interpretation: " + parsed.spec().interpretation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1200/0", "5/0,00", "31/02/2018", "30/13/2018", "entro il 31/04/2018", "", "   "})
    void rejects(String text) {
        ParsedTarget parsed = TargetParser.parse(text, 2018);
        assertTrue(parsed.error().isPresent(), () -> "'" + text + "' accepted as " + parsed.spec());
    }

    @Test
    void aMonthsEndReadAsADeadlineSaysScadenzaOnce() {
        // issue 17: "'31/12' letto come scadenza scadenza 31/12/2027"
        assertEquals("'31/12' letto come scadenza 31/12/2027 (fine mese dell'anno del piano; se era un rapporto,"
                + " scriverne il valore come numero)", TargetParser.parse("31/12", 2027).spec().interpretation().orElseThrow());
        assertEquals("'entro il 30/06' letto come scadenza 30/06/2027 (fine mese dell'anno del piano; se era un"
                + " rapporto, scriverne il valore come numero)",
                TargetParser.parse("entro il 30/06", 2027).spec().interpretation().orElseThrow());
    }

    @Test
    void interpretationsSayHowTheTextWasRead() {
        assertEquals("'Settembre 2018' letto come scadenza 30/09/2018 (fine del mese)",
                TargetParser.parse("Settembre 2018", 2018).spec().interpretation().orElseThrow());
        assertEquals("'entro il 30/06/2018' letto come scadenza 30/06/2018",
                TargetParser.parse("entro il 30/06/2018", 2018).spec().interpretation().orElseThrow());
        assertEquals("'Almeno 1' letto come >= 1", TargetParser.parse("Almeno 1", 2022).spec().interpretation().orElseThrow());
        assertEquals(TargetParser.QUALITATIVE_NOTE, TargetParser.parse("Boh", 2018).spec().interpretation().orElseThrow());
        assertTrue(TargetParser.parse("31/02/2018", 2018).error().orElseThrow().startsWith("Data impossibile"));
        assertTrue(TargetParser.parse("1200/0", 2018).error().orElseThrow().contains("denominatore zero"));
    }

    @Test
    void polarityFollowsTheComparator() {
        assertEquals(Polarity.DECREASING, TargetParser.parse("<=30", 2018).spec().target().defaultPolarity());
        assertEquals(Polarity.INCREASING, TargetParser.parse(">=30", 2018).spec().target().defaultPolarity());
        assertEquals(Polarity.DECREASING, TargetParser.parse("31/12/2018", 2018).spec().target().defaultPolarity());
    }
}
