package it.peg.readback;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one part as {@link PlainXml} reads them: a buffer over the part's stream, refilled as the cursor asks,
 * and how many bytes it has taken from the stream (they count toward the package's caps, and again when the full
 * parser reads the part again).
 */
abstract class PlainBytes {
    final BoundedZip zip;
    final String part;
    final InputStream in;

    byte[] buf;
    int pos;
    int limit;
    boolean eof;
    private long bytesRead;

    PlainBytes(BoundedZip zip, String part, InputStream in, byte[] buf) {
        this.zip = zip;
        this.part = part;
        this.in = in;
        this.buf = buf;
    }

    /** Inflated bytes taken from the part's stream so far (they count again when the part is read again). */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * Makes {@code n} bytes from {@code pos} available (moving the unread bytes to the buffer's start, growing it
     * when needed); false when the part ends first. A failure of the stream is a cap hit (thrown as it is) or
     * something the full parser is to meet for itself.
     */
    final boolean ensure(int n) throws ReadFailure {
        if (limit - pos >= n) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
        while (limit < n) {
            int r;
            try {
                r = in.read(buf, limit, buf.length - limit);
            } catch (IOException e) {
                ReadFailure f = zip.translate(e, part);
                if (f.problem() != ReadProblem.XML_CORROTTO) {
                    throw f;
                }
                throw new PlainXml.GiveWay("stream");
            }
            if (r < 0) {
                eof = true;
                return false;
            }
            limit += r;
            bytesRead += r;
        }
        return true;
    }
}
