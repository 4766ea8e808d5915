package it.peg.summary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0.85;0.85", "0,85;0.85", "85;0.85", "85%;0.85", "85%%;0.85",
            "85,5;0.855", "85.5;0.855", " 85 % ;0.85", "100%;1", "1;1", "0;0", "120%;1.2", "0%;0",
            // Italian thousands, as ItalianNumbers reads them everywhere in peg: far beyond 200%, so reported
            "1.250;12.5", "1.200,5;12.005"})
    void readsWhatPeopleType(String typed, String fraction) {
        assertEquals(0, new BigDecimal(fraction).compareTo(PercentText.parse(typed).orElseThrow()), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "85 percento", "%", "--5"})
    void refusesTheRest(String typed) {
        assertTrue(PercentText.parse(typed).isEmpty(), typed);
    }
}
