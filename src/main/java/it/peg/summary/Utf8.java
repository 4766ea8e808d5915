package it.peg.summary;

/**
 * One character's UTF-8 bytes put into a writer's buffer: the CSV ({@link CsvText}) and the summary's sheets
 * ({@link SheetRows}) encode their texts themselves, straight into the block they fill, instead of through a
 * {@code CharsetEncoder} per text. The callers decide what a lone surrogate or a character XML forbids becomes.
 */
final class Utf8 {
    private Utf8() {
    }

    /** A character from U+0080 to U+FFFF that is not a surrogate, at {@code pos}; returns the position after it. */
    static int putBmp(byte[] buf, int pos, char c) {
        if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
        return pos;
    }

    /** A code point above U+FFFF (a surrogate pair), at {@code pos}; returns the position after it. */
    static int putSupplementary(byte[] buf, int pos, int cp) {
        buf[pos++] = (byte) (0xF0 | (cp >> 18));
        buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        return pos;
    }
}
