package it.peg.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading side of {@link IndexedTextOut}, over the bytes as read: a quiet night decodes a few hundred KB in cold
 * code, where a {@code DataInputStream} over a {@code ByteArrayInputStream} (a synchronized call per byte) was most of
 * it. A length or an index out of range is an {@link IOException}: the file is not used.
 */
class IndexedTextIn {
    final java.nio.ByteBuffer data;
    /** The texts read so far, in the order written: what an index refers to. */
    final List<String> read = new ArrayList<>();

    IndexedTextIn(java.nio.ByteBuffer data) {
        this.data = data;
    }

    final String text() throws IOException {
        int n = data.getInt();
        if (n < 0) {
            if (-1 - n >= read.size()) {
                throw new IOException("bad text index " + n);
            }
            return read.get(-1 - n);
        }
        if (n > data.remaining()) {
            throw new IOException("bad length " + n);
        }
        String s = new String(data.array(), data.arrayOffset() + data.position(), n, StandardCharsets.UTF_8);
        data.position(data.position() + n);
        read.add(s);
        return s;
    }
}
