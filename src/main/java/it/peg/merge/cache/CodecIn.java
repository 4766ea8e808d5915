package it.peg.merge.cache;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of an entry, read in place, with the texts and numbers already read (see {@link CodecOut}). Every
 * length, size and index is checked before it is used: a torn or forged entry is an {@link IOException}.
 */
final class CodecIn {
    private final byte[] b;
    private final int end;
    private int pos;
    private String[] texts = new String[64];
    private int textCount;
    private BigDecimal[] numbers = new BigDecimal[16];
    private int numberCount;
    /** Whether the values read are shared with other entries' ({@link SharedValues}), or the entry's own. */
    private final boolean shared;

    /** An entry whose texts, numbers and small values are shared with every other shared entry's ({@link SharedValues}). */
    CodecIn(byte[] b, int offset, int end) {
        this(b, offset, end, true);
    }

    /**
     * @param shared false for an entry decoded alone (a night's state, its figures): its own table already holds each
     *               text and number once, and sharing them with other entries' is only work. Interning the 30,000
     *               unique texts of a night state at 10,000 services (segment keys, file names and digests) was half
     *               of decoding it.
     */
    CodecIn(byte[] b, int offset, int end, boolean shared) {
        this.b = b;
        this.pos = offset;
        this.end = end;
        this.shared = shared;
    }

    /** Whether the values read are to be shared with other entries' ({@link SharedValues}). */
    boolean shared() {
        return shared;
    }

    /** Whether every byte of the entry was read. */
    boolean atEnd() {
        return pos == end;
    }

    private int need(int n) throws java.io.EOFException {
        if (n > end - pos) {
            throw new java.io.EOFException("truncated entry");
        }
        int at = pos;
        pos += n;
        return at;
    }

    boolean readBoolean() throws IOException {
        return b[need(1)] != 0;
    }

    /** A variable-length whole number of at most {@code 64} bits ({@link CodecOut#writeSize}). */
    long readVarLong() throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw new java.io.EOFException("truncated entry");
            }
            byte x = b[pos++];
            v |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                // only the shortest form: a last byte of 0 pads, and the tenth carries bit 63 only
                if (shift == 63 ? x > 1 : shift > 0 && x == 0) {
                    throw new IOException("overlong number");
                }
                return v;
            }
        }
        throw new IOException("overlong number");
    }

    /** A zigzag-mapped signed number ({@link CodecOut#writeSigned}). */
    long readLong() throws IOException {
        long z = readVarLong();
        return (z >>> 1) ^ -(z & 1);
    }

    int readInt() throws IOException {
        long v = readLong();
        if (v != (int) v) {
            throw new IOException("bad int " + v);
        }
        return (int) v;
    }

    /** How many bytes are left to read. */
    int remaining() {
        return end - pos;
    }

    /** A non-negative number below {@code limit}. */
    int readBelow(long limit, String what) throws IOException {
        long v = readVarLong();
        if (v < 0 || v >= limit) {
            throw new IOException("bad " + what + " " + v);
        }
        return (int) v;
    }

    int readIndex() throws IOException {
        return readBelow(Integer.MAX_VALUE, "index");
    }

    int readNano() throws IOException {
        return readBelow(1_000_000_000, "nanosecond");
    }

    int size() throws IOException {
        return readBelow(10_000_001, "collection size");
    }

    // readString and readNumber repeat the reference table's steps on purpose: one generic reader with a
    // decoding function for both (tried) made decoding a warm night's plan 60-80% slower
    String readString() throws IOException {
        int ref = readBelow((long) textCount + 1, "text reference");
        if (ref > 0) {
            return texts[ref - 1];
        }
        int n = readBelow(100_000_001, "string size");
        int at = need(n);
        String s;
        if (n == 0) {
            s = ""; // most notes and comments
        } else if (!shared) {
            s = new String(b, at, n, StandardCharsets.UTF_8);
        } else if (n <= SharedValues.MAX_SHARED_LENGTH) {
            s = SharedValues.TEXTS.of(b, at, n);
        } else {
            s = new String(b, at, n, StandardCharsets.UTF_8);
            s = s.length() <= SharedValues.MAX_SHARED_LENGTH ? s.intern() : s;
        }
        if (textCount == texts.length) {
            texts = Arrays.copyOf(texts, textCount * 2);
        }
        texts[textCount++] = s;
        return s;
    }

    /** Bytes written by {@link CodecOut#writeBytes}, copied out. */
    byte[] readBytes() throws IOException {
        int n = byteCount();
        int at = need(n);
        return Arrays.copyOfRange(b, at, at + n);
    }

    /** The count before bytes written by {@link CodecOut#writeBytes}, for {@link #skip}. */
    int byteCount() throws IOException {
        return readBelow(CacheEntry.MAX_BYTES + 1, "byte count");
    }

    /** The offset of the next {@code n} bytes, passed over: a part decoded where it lies, by another reader. */
    int skip(int n) throws java.io.EOFException {
        return need(n);
    }

    /** A number written as its text, shared ({@link SharedValues#NUMBERS}) unless the entry is decoded alone. */
    BigDecimal readNumber() throws IOException {
        int ref = readBelow((long) numberCount + 1, "number reference");
        if (ref > 0) {
            return numbers[ref - 1];
        }
        int n = readBelow(100_000_001, "number size");
        int at = need(n);
        BigDecimal v = !shared ? new BigDecimal(new String(b, at, n, StandardCharsets.UTF_8))
                : n <= SharedValues.MAX_SHARED_LENGTH ? SharedValues.NUMBER_TEXTS.of(b, at, n)
                : SharedValues.NUMBERS.of(new String(b, at, n, StandardCharsets.UTF_8));
        if (numberCount == numbers.length) {
            numbers = Arrays.copyOf(numbers, numberCount * 2);
        }
        numbers[numberCount++] = v;
        return v;
    }
}
