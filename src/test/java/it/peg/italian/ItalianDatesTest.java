package it.peg.italian;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItalianDatesTest {

    @ParameterizedTest(name = "[{0}] -> {1} note={2}")
    @CsvSource(delimiter = '|', value = {
        "30/09/2018       | 2018-09-30 | false",
        "30/9/18          | 2018-09-30 | true",
        "30-09-2018       | 2018-09-30 | false",
        "30.09.2018       | 2018-09-30 | false",
        "2018-09-30       | 2018-09-30 | false",
        "30 Giugno 2018   | 2018-06-30 | false",
        "30 giugno        | 2019-06-30 | true",
        "Settembre 2018   | 2018-09-30 | true",
        "febbraio 2020    | 2020-02-29 | true",
        "31.12            | 2019-12-31 | true",
        "31/12            | 2019-12-31 | true",
        "1/4/18           | 2018-04-01 | true",
        "01/04/18         | 2018-04-01 | true",
        "31 Ottobre 2018  | 2018-10-31 | false",
        "30 SETTEMBRE 2018| 2018-09-30 | false",
        "15 set 2018      | 2018-09-15 | false",
        "29/02/2020       | 2020-02-29 | false",
    })
    void reads(String text, String iso, boolean noted) {
        ParsedDate d = ItalianDates.parse(text, 2019).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(LocalDate.parse(iso), d.date());
        assertEquals(noted, d.interpretation().isPresent(), () -> text + " note " + d.interpretation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2018", "29/02/2019", "32/01/2018", "30/13/2018", "31 giugno 2018", "2018-02-30", "31.04"})
    void rejectsImpossibleDatesButRecognisesTheirShape(String text) {
        assertTrue(ItalianDates.parse(text, 2018).isEmpty(), text);
        assertTrue(ItalianDates.looksLikeDate(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SI", "24000", "1.200", "75%", "1200/3x", "Da effettuarsi durante l'anno solare", "3.5", "abc 2018"})
    void ignoresWhatIsNotADate(String text) {
        assertTrue(ItalianDates.parse(text, 2018).isEmpty(), text);
        assertFalse(ItalianDates.looksLikeDate(text), text);
    }

    @Test
    void monthNoteNamesTheReading() {
        assertEquals("'Settembre 2018' letto come 30/09/2018 (fine del mese)",
                ItalianDates.parse("Settembre 2018", 2018).orElseThrow().interpretation().orElseThrow());
    }

    @Test
    void serials() {
        assertEquals(LocalDate.of(2018, 9, 30), ItalianDates.fromSerial(43373, false));
        assertEquals(LocalDate.of(2018, 9, 30), ItalianDates.fromSerial(43373.52, false));
        assertEquals(LocalDate.of(1900, 1, 1), ItalianDates.fromSerial(1, false));
        assertEquals(LocalDate.of(1900, 3, 1), ItalianDates.fromSerial(61, false));
        assertEquals(LocalDate.of(1904, 1, 1), ItalianDates.fromSerial(0, true));
        assertEquals(LocalDate.of(2018, 9, 30), ItalianDates.fromSerial(43373 - 1462, true));
    }
}
