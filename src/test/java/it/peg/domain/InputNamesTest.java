package it.peg.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The names are a public contract: the one-pass token and the names made from a token are the names as before. */
class InputNamesTest {
    /** The token as first written: upper case (root locale), then every character outside A-Z0-9 as '_'. */
    private static String tokenAsBefore(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            sb.append((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return sb.toString();
    }

    @Test
    void theTokenOfAnyCodeIsTheTokenAsBefore() {
        for (String code : new String[]{"", "a", "OB.1", "ind-1.2/a", "Attività 3", "straße", "ǅ1", "i", "z{", "@[`"}) {
            assertEquals(tokenAsBefore(code), InputNames.token(code), code);
        }
        Random random = new Random(21);
        char[] alphabet = "abcxyzABCXYZ0189 ._-/@[`{àÀéßıİ°º\t".toCharArray();
        for (int n = 0; n < 5_000; n++) {
            char[] code = new char[random.nextInt(12)];
            for (int i = 0; i < code.length; i++) {
                code[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x180) : alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(code);
            assertEquals(tokenAsBefore(s), InputNames.token(s), s);
        }
    }

    @Test
    void namesFromATokenAreTheNamesFromTheCode() {
        Verifica v = new Verifica(LocalDate.of(2024, 9, 30), Optional.empty(), false);
        String code = "Ind.2-a";
        String token = InputNames.token(code);
        assertEquals("IN_IND_2_A_0930", InputNames.value(code, v));
        assertEquals(InputNames.value(code, v), InputNames.valueOfToken(token, v.code()));
        assertEquals("IN_IND_2_A_0930_NUM", InputNames.numeratorOfToken(token, v.code()));
        assertEquals(InputNames.numerator(code, v), InputNames.numeratorOfToken(token, v.code()));
        assertEquals("IN_IND_2_A_0930_DEN", InputNames.denominatorOfToken(token, v.code()));
        assertEquals(InputNames.denominator(code, v), InputNames.denominatorOfToken(token, v.code()));
        assertEquals("CAUSA_IND_2_A_0930", InputNames.causeOfToken(token, v.code()));
        assertEquals(InputNames.cause(code, v), InputNames.causeOfToken(token, v.code()));
    }
}
