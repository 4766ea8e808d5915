package it.peg.merge.cache;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of an entry as they are written: variable-length integers, and each text and number's text once,
 * then by its index (see {@link RecordCodec}'s class comment).
 */
final class CodecOut {
    private byte[] b = new byte[4096];
    private int n;
    private final java.util.HashMap<String, Integer> texts = new java.util.HashMap<>();
    private final java.util.HashMap<String, Integer> numbers = new java.util.HashMap<>();

    private void ensure(int more) {
        if (n + more > b.length) {
            b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
        }
    }

    void writeBoolean(boolean v) {
        ensure(1);
        b[n++] = (byte) (v ? 1 : 0);
    }

    /** A non-negative whole number, seven bits a byte, lowest first. */
    void writeSize(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            b[n++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        b[n++] = (byte) v;
    }

    /** A signed whole number, zigzag-mapped so that small negative ones stay short. */
    void writeSigned(long v) {
        writeSize((v << 1) ^ (v >> 63));
    }

    void writeText(String s) {
        writeShared(texts, s);
    }

    void writeNumber(BigDecimal v) {
        writeShared(numbers, v.toString());
    }

    /** 0 and the UTF-8 bytes the first time; after that the index among the earlier ones, plus one. */
    private void writeShared(java.util.HashMap<String, Integer> seen, String s) {
        Integer index = seen.get(s);
        if (index != null) {
            writeSize(index + 1L);
            return;
        }
        seen.put(s, seen.size());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeSize(0);
        writeSize(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, b, n, bytes.length);
        n += bytes.length;
    }

    /** Bytes as they are, after their count. */
    void writeBytes(byte[] bytes) {
        writeSize(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, b, n, bytes.length);
        n += bytes.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(b, n);
    }
}
