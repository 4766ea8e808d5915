package it.peg.xlsx;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The segment {@link DeflatedSegments} is given to render: an output stream over an array that is handed to the
 * deflating thread whole when the segment ends ({@link #buf}, {@link #count}), and replaced by another. Unsynchronised:
 * one thread renders.
 */
final class SegmentBuffer extends OutputStream {
    byte[] buf = new byte[1 << 16];
    int count;

    @Override
    public void write(int b) {
        if (count == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (count + len > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(count + len, buf.length * 2));
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }
}
