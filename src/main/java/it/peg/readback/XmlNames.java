package it.peg.readback;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Names seen in one part, one String each (a part repeats a few names thousands of times), with their local parts. */
final class XmlNames {
    /** The one-letter names ({@code c}, {@code v}, {@code r}, {@code s}, {@code t}) without hashing. */
    private static final String[] ONE_LETTER = new String[128];

    static {
        for (int i = 0; i < 128; i++) {
            ONE_LETTER[i] = String.valueOf((char) i).intern();
        }
    }

    private final byte[][] keys = new byte[64][];
    private final String[] values = new String[64];
    private final String[] locals = new String[64];
    private String lastLocal;

    /** The one-letter name of this byte (an ASCII letter). */
    static String oneLetter(byte b) {
        return ONE_LETTER[b];
    }

    /** The name of these bytes; {@code h} their hash, {@code 31 * h + b} over the bytes (the tag's scan computes it). */
    String of(byte[] b, int from, int to, int h) {
        if (to - from == 1 && b[from] > 0) {
            lastLocal = ONE_LETTER[b[from]];
            return lastLocal;
        }
        int slot = (h ^ (h >>> 7)) & 63;
        byte[] k = keys[slot];
        if (k != null && Arrays.equals(k, 0, k.length, b, from, to)) {
            lastLocal = locals[slot];
            return values[slot];
        }
        String s = new String(b, from, to - from, StandardCharsets.US_ASCII);
        keys[slot] = Arrays.copyOfRange(b, from, to);
        values[slot] = s;
        locals[slot] = XmlBytes.localPart(s);
        lastLocal = locals[slot];
        return s;
    }

    /** The local part of the name {@link #of} gave last (the same String when it has no prefix). */
    String lastLocal() {
        return lastLocal;
    }
}
