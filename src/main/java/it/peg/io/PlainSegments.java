package it.peg.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A {@link SegmentSink} over a plain file (the CSV): segments are byte ranges, rendered ones written through to
 * the target, copied ones read from the earlier file at their offset. The earlier file is read only when it
 * still has the length its index gives; each copied range is checked against its CRC-32.
 */
public final class PlainSegments implements SegmentSink, AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlainSegments.class);
    private final CountingOut out;
    private final java.nio.file.Path earlierFile;
    private final Map<String, Segment> earlier;
    private final FileChannel source;
    private final List<Segment> written = new ArrayList<>();
    private final CRC32 whole = new CRC32();
    private long segmentStart;
    private int copied;
    private final ReusedBuffer copyBuffer = new ReusedBuffer();

    public PlainSegments(OutputStream target, Optional<SegmentIndex.Earlier> earlier) throws IOException {
        this.out = new CountingOut(target, whole);
        FileChannel channel = null;
        Map<String, Segment> segments = Map.of();
        if (earlier.isPresent()) {
            try {
                channel = FileChannel.open(earlier.get().file(), StandardOpenOption.READ);
                if (channel.size() == earlier.get().index().length()) {
                    segments = earlier.get().index().byKey();
                } else {
                    channel.close();
                    channel = null;
                }
            } catch (IOException e) {
                // missing or unreadable: everything is rendered, as with no earlier file
                LOG.info("{} not copied from: {}", earlier.get().file(), e.toString());
                if (channel != null) {
                    channel.close();
                }
                channel = null;
            }
        }
        this.source = channel;
        this.earlierFile = earlier.map(SegmentIndex.Earlier::file).orElse(java.nio.file.Path.of(""));
        this.earlier = segments;
    }

    @Override
    public OutputStream out() {
        return out;
    }

    @Override
    public boolean copy(String key) throws IOException {
        if (out.count != segmentStart) {
            throw new IllegalStateException("a segment is open: end it before copying " + key);
        }
        Segment s = earlier.get(key);
        if (s == null || s.length() > Integer.MAX_VALUE) {
            return false;
        }
        ByteBuffer buf = copyBuffer.of((int) s.length());
        long at = s.offset();
        try {
            while (buf.hasRemaining()) {
                int n = source.read(buf, at);
                if (n < 0) {
                    return false;
                }
                at += n;
            }
        } catch (IOException e) {
            return false; // an unreadable range is rendered, as DeflatedSegments does
        }
        CRC32 crc = new CRC32();
        crc.update(buf.array(), 0, buf.limit());
        if ((int) crc.getValue() != s.crc()) {
            return false;
        }
        // the segment's CRC is the one just checked: not worked out again as it is written
        out.writeCopied(buf.array(), buf.limit());
        written.add(new Segment(key, segmentStart, s.length(), s.length(), s.crc(), s.crc()));
        segmentStart = out.count;
        copied++;
        return true;
    }

    @Override
    public void end(String key) {
        long length = out.count - segmentStart;
        int crc = (int) out.segment.getValue();
        written.add(new Segment(key, segmentStart, length, length, crc, crc));
        segmentStart = out.count;
        out.segment.reset();
    }

    /** The segments written, to be kept with the output; the target is flushed, not closed. */
    public SegmentIndex finish() throws IOException {
        if (out.count != segmentStart) {
            throw new IllegalStateException("the last segment was not ended");
        }
        out.flush();
        if (source != null) {
            LOG.info("{}: {} of {} segments copied", earlierFile, copied, written.size());
        }
        return new SegmentIndex("", out.count, (int) whole.getValue(), written);
    }

    @Override
    public void close() throws IOException {
        if (source != null) {
            source.close();
        }
    }

    /** Counts and checksums what goes through, for the whole file and for the current segment. */
    private static final class CountingOut extends OutputStream {
        private final OutputStream target;
        private final CRC32 whole;
        private final CRC32 segment = new CRC32();
        private long count;

        CountingOut(OutputStream target, CRC32 whole) {
            this.target = target;
            this.whole = whole;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            whole.update(b);
            segment.update(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            whole.update(b, off, len);
            segment.update(b, off, len);
            count += len;
        }

        /** A copied segment, whose own CRC is known: counted in the whole file's only. */
        void writeCopied(byte[] b, int len) throws IOException {
            target.write(b, 0, len);
            whole.update(b, 0, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
