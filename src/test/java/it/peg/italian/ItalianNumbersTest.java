package it.peg.italian;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItalianNumbersTest {

    /** A plain run of digits is read without the patterns: the same reading as through them (a space around it). */
    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "007", "1200", "2024", "46660", "100000", "12345678901234567890123"})
    void digitsAloneReadAsThroughThePatterns(String digits) {
        assertEquals(ItalianNumbers.parse(" " + digits + " "), ItalianNumbers.parse(digits));
        assertEquals(new BigDecimal(digits).compareTo(ItalianNumbers.parse(digits).orElseThrow().value()), 0);
    }

    @ParameterizedTest(name = "[{0}] -> {1} percent={2} note={3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1.200        | 1200     | false | false",
        "1,5          | 1.5      | false | false",
        "-1.234,5     | -1234.5  | false | false",
        "€ 1.234,56   | 1234.56  | false | false",
        "\" 12 \"     | 12       | false | false",
        "75%          | 0.75     | true  | false",
        "75 %         | 0.75     | true  | false",
        "75%%         | 0.75     | true  | false",
        "0,5          | 0.5      | false | false",
        "1.234.567    | 1234567  | false | false",
        "+3           | 3        | false | false",
        "\u22127      | -7       | false | false",
        "0,00         | 0        | false | false",
        "24000        | 24000    | false | false",
        "100%         | 1        | true  | false",
        "12,5%        | 0.125    | true  | false",
        "3.5          | 3.5      | false | true",
        "1,200        | 1.2      | false | true",
        "0.5          | 0.5      | false | true",
        "1,234,567.5  | 1234567.5| false | true",
        "1.200,00     | 1200     | false | false",
        "- 7          | -7       | false | false",
    })
    void reads(String text, String value, boolean percent, boolean noted) {
        ParsedNumber n = ItalianNumbers.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), () -> text + " -> " + n.value());
        assertEquals(percent, n.percent());
        assertEquals(noted, n.interpretation().isPresent(), () -> text + " note " + n.interpretation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "n.d.", "abc", "1.2.3", "12a", "SI", "%", "1/2", "1,2,3", "--5", "31/12/2018"})
    void rejects(String text) {
        assertTrue(ItalianNumbers.parse(text).isEmpty(), () -> text + " -> " + ItalianNumbers.parse(text));
    }

    @org.junit.jupiter.api.Test
    void notesAreItalianAndNameTheReading() {
        assertEquals("'3.5' letto come 3,5 (il punto è stato inteso come virgola decimale; in italiano si scrive 3,5)",
                ItalianNumbers.parse("3.5").orElseThrow().interpretation().orElseThrow());
        assertTrue(ItalianNumbers.parse("1,200").orElseThrow().interpretation().orElseThrow().startsWith("'1,200' letto come 1,2"));
    }

    @org.junit.jupiter.api.Test
    void valuesHaveCanonicalScale() {
        assertEquals(new BigDecimal("1200"), ItalianNumbers.parse("1.200,00").orElseThrow().value());
        assertEquals(new BigDecimal("0.2"), ItalianNumbers.parse("20%").orElseThrow().value());
    }
}
