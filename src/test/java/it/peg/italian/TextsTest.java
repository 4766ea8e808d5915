package it.peg.italian;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The foldings, whose plain-text shortcuts must give what the patterns give. */
class TextsTest {
    private static final String ALPHABET = "aAzZ09 .-_/%°àèéìòùÀÈÉÌÒÙçñ\t\n\u000B\f\r\u00A0\u2007\u0301ßæ";

    @Test
    void theShortcutsGiveWhatThePatternsGive() {
        Random random = new Random(21);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            // half of them plain ASCII, where the shortcuts apply
            String letters = n % 2 == 0 ? ALPHABET.substring(0, 13) + "\t\n\u000B\f\r" : ALPHABET;
            for (int i = 0; i < length; i++) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            String s = b.toString();
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", ""), Texts.withoutAccents(s), s);
            assertEquals(s.replaceAll("\\s+", " "), Texts.singleSpaces(s), s);
            assertEquals(s.replaceAll("\\s+", ""), Texts.withoutSpaces(s), s);
        }
    }

    @Test
    void foldings() {
        assertEquals("Attivita", Texts.withoutAccents("Attività"));
        assertEquals("a b c", Texts.singleSpaces("a  b\t\nc"));
        String plain = "scala 1 - 5";
        assertSame(plain, Texts.withoutAccents(plain), "plain text returned as it is");
        assertSame(plain, Texts.singleSpaces(plain));
    }
}
