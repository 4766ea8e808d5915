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
        // written out: a record's generated ones go through ObjectMethods' method handles, which C1 runs slowly,
        // and every part of every file is looked up (docs/performance.md, "h27-read")
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && crc == k.crc && size == k.size && part.equals(k.part);
        }

        @Override
        public int hashCode() {
            return (part.hashCode() * 31 + Long.hashCode(crc)) * 31 + Long.hashCode(size);
        }
    }

    private record Entry<T>(byte[] bytes, T value) {
    }

    /** A part's compressed bytes, what they inflate to, how many bytes that is, and its parsed value. */
    private record Deflated<T>(byte[] compressed, Entry<T> entry) {
    }

    /**
     * A thread's buffer for the bytes read to be compared with an entry's: each file's styles, relationships and
     * content types were read into new arrays (about a sixth of what a read allocated, docs/performance.md,
     * "h25-parse"). Shared by every memo of the thread: a part is compared, or copied, before the next is read.
     */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[MAX_PART_BYTES + 1]);

    private final ConcurrentHashMap<Key, Entry<T>> entries = new ConcurrentHashMap<>();
    /**
     * Entries by the part's compressed bytes (key: name, CRC-32 and compressed length), when the part is inflated from
     * the file's bytes: the same compressed bytes inflate to the same bytes, so a part equal to one read before is not
     * inflated at all (the styles are 15 KB a scheda; docs/performance.md, "h26-read").
     */
    private final ConcurrentHashMap<Key, Deflated<T>> deflated = new ConcurrentHashMap<>();

    T get(BoundedZip zip, String part, Parser<T> parser) throws ReadFailure {
        Optional<ZipEntry> entry = zip.entry(part);
        if (entry.isEmpty() || entry.get().getSize() < 0 || entry.get().getSize() > MAX_PART_BYTES
                || entry.get().getCrc() < 0) {
            return parse(zip, part, parser);
        }
        Optional<RawEntries.Deflated> compressed = zip.deflated(part);
        Key deflatedKey = null;
        if (compressed.isPresent()) {
            RawEntries.Deflated c = compressed.get();
            deflatedKey = new Key(part.toLowerCase(Locale.ROOT), entry.get().getCrc(), c.length());
            Deflated<T> hit = deflated.get(deflatedKey);
            if (hit != null && Arrays.equals(hit.compressed(), 0, hit.compressed().length, c.bytes(), c.from(),
                    c.from() + c.length()) && zip.countUnread(hit.entry().bytes().length)) {
                return hit.entry().value();
            }
        }
        Entry<T> read = read(zip, part, entry.get(), parser);
        if (read == null) {
            return parse(zip, part, parser);
        }
        if (deflatedKey != null) {
            RawEntries.Deflated c = compressed.get();
            if (deflated.size() >= MAX_ENTRIES) {
                deflated.clear();
            }
            deflated.put(deflatedKey, new Deflated<>(Arrays.copyOfRange(c.bytes(), c.from(), c.from() + c.length()), read));
        }
        return read.value();
    }

    /** The part inflated, then its memo's entry (the value parsed now on a miss), or null when it is too long. */
    private Entry<T> read(BoundedZip zip, String part, ZipEntry entry, Parser<T> parser) throws ReadFailure {
        // the declared size may lie: never more than the cap in memory, a longer part is streamed as before
        byte[] read = SCRATCH.get();
        int n = zip.readAtMost(part, MAX_PART_BYTES, read);
        if (n < 0 || n > MAX_PART_BYTES) {
            return null;
        }
        Key key = new Key(part.toLowerCase(Locale.ROOT), entry.getCrc(), n);
        Entry<T> hit = entries.get(key);
        if (hit != null && Arrays.equals(hit.bytes(), 0, hit.bytes().length, read, 0, n)) {
            return hit; // the usual case: compared where they were read, no copy
        }
        byte[] bytes = Arrays.copyOf(read, n);
        T value;
        try (XmlStream xml = XmlStream.over(zip, part, bytes)) {
            value = parser.parse(Optional.of(xml));
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Entry<T> made = new Entry<>(bytes, value);
        entries.put(key, made);
        return made;
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

    /** Entries held by their compressed bytes (for tests). */
    int deflatedSize() {
        return deflated.size();
    }
}
