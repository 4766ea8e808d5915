package it.peg.readback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;

/**
 * Parts that are byte-identical from one file to the next are parsed once. Every scheda generated from
 * the same template carries the same {@code [Content_Types].xml}, relationships and {@code styles.xml};
 * parsing them again for each of 2,000 files was about a fifth of a read. An entry is found by the part's
 * name, CRC-32 and size from the zip's central directory, and used only when the inflated bytes are
 * equal to the ones it was parsed from: a CRC collision, accidental or crafted, is a miss, never a wrong
 * answer. Parsed values must be immutable (they are shared between threads). Bounded: small parts only,
 * and the map is emptied when full (files from many different templates simply miss).
 */
final class PartMemo<T> {
    /** Parts larger than this are parsed every time (a workbook's own data, not a template's). */
    static final int MAX_PART_BYTES = 256 * 1024;
    private static final int MAX_ENTRIES = 32;

    /** Parses a part; empty when the zip has no such part. */
    interface Parser<T> {
        T parse(Optional<XmlStream> xml) throws ReadFailure;
    }

    private record Key(String part, long crc, long size) {
    }

    private record Entry<T>(byte[] bytes, T value) {
    }

    /**
     * A thread's buffer for the bytes read to be compared with an entry's: each file's styles, relationships and
     * content types were read into new arrays (about a sixth of what a read allocated, docs/performance.md,
     * "h25-parse"). Shared by every memo of the thread: a part is compared, or copied, before the next is read.
     */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[MAX_PART_BYTES + 1]);

    private final ConcurrentHashMap<Key, Entry<T>> entries = new ConcurrentHashMap<>();

    T get(BoundedZip zip, String part, Parser<T> parser) throws ReadFailure {
        Optional<ZipEntry> entry = zip.entry(part);
        if (entry.isEmpty() || entry.get().getSize() < 0 || entry.get().getSize() > MAX_PART_BYTES
                || entry.get().getCrc() < 0) {
            return parse(zip, part, parser);
        }
        // the declared size may lie: never more than the cap in memory, a longer part is streamed as before
        byte[] read = SCRATCH.get();
        int n = zip.readAtMost(part, MAX_PART_BYTES, read);
        if (n < 0 || n > MAX_PART_BYTES) {
            return parse(zip, part, parser);
        }
        Key key = new Key(part.toLowerCase(Locale.ROOT), entry.get().getCrc(), n);
        Entry<T> hit = entries.get(key);
        if (hit != null && Arrays.equals(hit.bytes(), 0, hit.bytes().length, read, 0, n)) {
            return hit.value(); // the usual case: compared where they were read, no copy
        }
        byte[] bytes = Arrays.copyOf(read, n);
        T value;
        try (XmlStream xml = XmlStream.over(zip, part, bytes)) {
            value = parser.parse(Optional.of(xml));
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(bytes, value));
        return value;
    }

    private static <T> T parse(BoundedZip zip, String part, Parser<T> parser) throws ReadFailure {
        Optional<XmlStream> xml = XmlStream.open(zip, part);
        try {
            return parser.parse(xml);
        } finally {
            xml.ifPresent(XmlStream::close);
        }
    }

    /** Entries held (for tests). */
    int size() {
        return entries.size();
    }
}
