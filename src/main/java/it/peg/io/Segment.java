package it.peg.io;

import java.util.Objects;

/**
 * One stretch of an output that a later run may copy instead of rendering it again: the rows of one service,
 * say. {@code offset} and {@code length} locate its stored bytes (the raw deflate data of a zip entry, or the
 * bytes of a plain file); {@code crc} is their CRC-32, checked when they are copied, so that a file changed
 * since is never copied from; {@code plainLength} and {@code plainCrc} describe the content before deflation
 * (equal to the stored ones for a plain file), from which a zip entry's CRC is combined.
 *
 * @param key what the content was rendered from: equal keys, equal content
 */
public record Segment(String key, long offset, long length, long plainLength, int plainCrc, int crc) {
    public Segment {
        Objects.requireNonNull(key, "key");
        if (offset < 0 || length < 0 || plainLength < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length + ", " + plainLength);
        }
    }
}
