package it.peg.summary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * ASCII texts a sheet's rows repeat, by a small number (a column's name, a style's index, a row height's attribute),
 * made and encoded once each: {@link SheetRows} writes hundreds of thousands of cells with a few dozen of them.
 */
final class AsciiPieces {
    private final IntFunction<String> text;
    private byte[][] made = new byte[32][];

    AsciiPieces(IntFunction<String> text) {
        this.text = text;
    }

    /** The text of {@code n} (0 or more) as bytes. */
    byte[] of(int n) {
        if (n >= made.length) {
            made = Arrays.copyOf(made, Math.max(n + 1, made.length * 2));
        }
        byte[] bytes = made[n];
        if (bytes == null) {
            bytes = text.apply(n).getBytes(StandardCharsets.US_ASCII);
            made[n] = bytes;
        }
        return bytes;
    }
}
