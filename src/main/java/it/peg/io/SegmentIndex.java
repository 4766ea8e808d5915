package it.peg.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The segments of one output as it was written, in order, so that the next run can copy those whose key has
 * not changed: see {@link SegmentSink}.
 *
 * @param part     the zip entry that holds them ({@code xl/worksheets/sheet4.xml}), "" for a plain file
 * @param length   the stored length of the whole part (compressed size of the entry, size of the file): a part of
 *                 another length is not the one described
 * @param crc      CRC-32 of the whole plain content
 * @param segments in output order, with distinct keys
 */
public record SegmentIndex(String part, long length, int crc, List<Segment> segments) {
    public SegmentIndex {
        Objects.requireNonNull(part, "part");
        segments = List.copyOf(segments);
    }

    /** The segments by key, for a writer that looks each one up once. */
    public Map<String, Segment> byKey() {
        Map<String, Segment> map = new HashMap<>(segments.size() * 2);
        for (Segment s : segments) {
            if (map.putIfAbsent(s.key(), s) != null) {
                throw new IllegalStateException("segment key twice: " + s.key());
            }
        }
        return map;
    }

    /** An earlier output's segments and where that output is: what a writer may copy from. */
    public record Earlier(java.nio.file.Path file, SegmentIndex index) {
        public Earlier {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(index, "index");
        }
    }
}
