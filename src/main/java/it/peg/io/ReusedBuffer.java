package it.peg.io;

import java.nio.ByteBuffer;

/**
 * One array for the stored bytes of segments copied one after another, grown to the longest asked for (at least
 * doubling): a night copies thousands of segments, and a new array for each was megabytes of garbage a night.
 */
public final class ReusedBuffer {
    private byte[] bytes = new byte[0];

    /** The array, at least {@code length} bytes long, wrapped from 0 to {@code length}: valid until the next call. */
    public ByteBuffer of(int length) {
        if (bytes.length < length) {
            bytes = new byte[(int) Math.max(length, Math.min(2L * bytes.length, Integer.MAX_VALUE - 8))];
        }
        return ByteBuffer.wrap(bytes, 0, length);
    }
}
