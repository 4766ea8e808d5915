package it.peg.summary;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The escaping of the parts written as text: what the char-by-char escaping before h26-write gave, for any text. */
class XmlTextTest {
    /** Seeded random texts of chars drawn to hit every case: entities, controls, surrogates paired or not, U+FFFE. */
    @Test
    void escapesAsTheCharByCharEscapingDid() {
        Random random = new Random(26);
        char[] special = {'&', '<', '>', '"', '\'', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', ' ', 'a', 'Z', 'è',
                '\u20ac', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '\uFFFD'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(round % 100 == 0 ? 2_000 : 40);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(4) == 0 ? special[random.nextInt(special.length)]
                        : (char) (random.nextInt(3) == 0 ? random.nextInt(0x10000) : 0x20 + random.nextInt(0x5f)));
            }
            String s = sb.toString();
            assertEquals(reference(s, false), XmlText.text(s), s);
            assertEquals(reference(s, true), XmlText.attr(s), s);
        }
    }

    @Test
    void aTextWithNothingToEscapeIsGivenBackItself() {
        String s = "Servizio S0001 - perché è così: 100% \u20ac 'ok' > 3\tsì\n";
        assertSame(s, XmlText.text(s));
        assertSame(s, XmlText.attr(s));
        assertEquals("a &quot;b&quot; &amp; &lt;c ?", XmlText.attr("a \"b\" & <c \u0001"));
    }

    /** The escaping as it was (commit d387a61), char by char. */
    private static String reference(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> forbidden(s, i) ? "?" : null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (rep != null) {
                    b.append(rep);
                } else {
                    b.append(ch);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean forbidden(String s, int i) {
        char ch = s.charAt(i);
        if (ch < 0x20) {
            return ch != '\t' && ch != '\n' && ch != '\r';
        }
        if (Character.isHighSurrogate(ch)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(ch)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return ch == '\uFFFE' || ch == '\uFFFF';
    }
}
