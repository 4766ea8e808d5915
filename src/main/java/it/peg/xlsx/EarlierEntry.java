package it.peg.xlsx;

import it.peg.io.Segment;
import it.peg.io.SegmentIndex;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The raw data of the entry an earlier run wrote, read forward once: used only when the file still holds an
 * entry of that name with the CRC and compressed size its index gives, and each segment only when its bytes
 * have their CRC-32.
 */
final class EarlierEntry implements AutoCloseable {
    /** A segment of the earlier entry and its raw bytes, checked against their CRC-32. */
    record Copied(Segment segment, byte[] raw) {
    }

    private final InputStream raw;
    private Optional<Path> file = Optional.empty();
    private Map<String, Segment> segments;
    private long position;

    /** Closes the earlier package when done: it was opened for this entry alone. */
    private final boolean owns;
    private EarlierPackage from;

    private EarlierEntry(InputStream raw, Map<String, Segment> segments, boolean owns) {
        this.raw = raw;
        this.segments = segments;
        this.owns = owns;
    }

    static EarlierEntry open(Optional<SegmentIndex> indexed, EarlierPackage from, boolean owns)
            throws IOException {
        Optional<ZipFile> opened = indexed.isPresent() ? from.zip() : Optional.empty();
        if (opened.isEmpty()) {
            if (owns) {
                from.close();
            }
            return new EarlierEntry(null, Map.of(), false);
        }
        SegmentIndex index = indexed.get();
        ZipFile zip = opened.get();
        ZipArchiveEntry entry = zip.getEntry(index.part());
        if (!EarlierPackage.describes(entry, index)) {
            if (owns) {
                from.close();
            }
            return new EarlierEntry(null, Map.of(), false);
        }
        try {
            // buffered: the copied segments of a night are mostly next to each other, a read each was a system call
            EarlierEntry usable = new EarlierEntry(
                    new java.io.BufferedInputStream(zip.getRawInputStream(entry), 1 << 16), index.byKey(), owns);
            usable.file = from.file();
            usable.from = from;
            return usable;
        } catch (IOException | RuntimeException e) {
            if (owns) {
                from.close();
            }
            throw e;
        }
    }

    Optional<Path> file() {
        return file;
    }

    Optional<Copied> read(String key) throws IOException {
        Segment s = segments.get(key);
        if (s == null || s.offset() < position || s.length() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            raw.skipNBytes(s.offset() - position);
            bytes = raw.readNBytes((int) s.length());
        } catch (IOException e) {
            segments = Map.of(); // cut short since its index was written: what is left is rendered
            return Optional.empty();
        }
        position = s.offset() + bytes.length;
        if (bytes.length != s.length()) {
            segments = Map.of();
            return Optional.empty();
        }
        return DeflatedSegments.crc(bytes, bytes.length) == s.crc() ? Optional.of(new Copied(s, bytes)) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        if (raw != null) {
            raw.close();
        }
        if (owns && from != null) {
            from.close();
        }
    }
}
