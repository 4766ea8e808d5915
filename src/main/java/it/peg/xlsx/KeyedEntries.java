package it.peg.xlsx;

import it.peg.io.ReusedBuffer;
import it.peg.io.Segment;
import it.peg.io.SegmentIndex;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip whose every entry is deflated whole by this class and added raw (sizes and CRC in the local header, no data
 * descriptor), so that an entry copied from an earlier file and one rendered now are written alike: keyed entries
 * (one worksheet each) whose key the earlier file's index holds are copied from it as their stored bytes, not
 * rendered and deflated again, and the file is the same, byte for byte, whichever way each entry came.
 *
 * <p>The index ({@link #finish}) treats the zip as a plain file ({@code part} ""): its length and CRC-32, and per
 * keyed entry where its raw data lies, their CRC-32, and the entry's plain length and CRC. Nothing is copied from an
 * earlier file unless its length and CRC-32 are the index's (someone opened and saved it, a night that failed after
 * replacing it: everything is rendered), nor any entry whose bytes do not have their CRC-32.
 */
public final class KeyedEntries implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeyedEntries.class);
    private static final String WHOLE_FILE = "";

    private final Counting counted;
    private final RawEntriesZip zip;
    private final Deflater deflater;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 15);
    private final byte[] buf = new byte[1 << 15];
    /**
     * The index's first segment, of no bytes: the same text deflated by another zlib is other bytes, so an index
     * without this deflater's mark is not copied from. One mark, not a prefix on every key: at 10,000 services the
     * index is held twice in a night whose heap is at its limit.
     */
    private final String mark;
    private final Earlier earlier;
    private final List<Segment> segments = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private int copied;
    /** Of the keyed entries, the parts ({@link #text(String, String, Supplier)}), not sheets. */
    private int keyedParts;
    private int copiedParts;

    /**
     * @param out     where the zip goes (not closed)
     * @param level   the deflate level of every entry
     * @param earlier the index of the file an earlier run wrote with this class, and where that file is
     */
    public KeyedEntries(OutputStream out, int level, Optional<SegmentIndex.Earlier> earlier) throws IOException {
        this.counted = new Counting(out);
        // every entry's time: PackageZip.epochMillis once, not a time zone lookup per sheet
        this.zip = new RawEntriesZip(counted, PackageZip.epochMillis());
        this.mark = markOf(level);
        this.earlier = Earlier.open(earlier, mark);
        segments.add(new Segment(mark, 0, 0, 0, 0, 0));
        this.deflater = new Deflater(level, true);
    }

    /** An entry no index names (the package's small parts): always written from its text. */
    public void text(String name, String text) throws IOException {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A part whose text is keyed by what it is made of ({@code key}: equal keys, equal texts), copied from the earlier
     * file like a sheet, else made and written: the package's parts that list every sheet (hundreds of KB at 2,000
     * services) are the same night after night.
     */
    public void text(String name, String key, Supplier<String> text) throws IOException {
        keyedParts++;
        if (copy(name, key)) {
            copiedParts++;
        } else {
            put(name, key, text.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Copies the earlier file's entry with this key under {@code name}, when there is one and it is intact. */
    public boolean copy(String name, String key) throws IOException {
        Optional<Copied> bytes = earlier.read(key);
        if (bytes.isEmpty()) {
            return false;
        }
        Segment s = bytes.get().segment();
        addRaw(name, key, bytes.get().raw(), (int) s.length(), s.plainLength(), s.plainCrc(), s.crc());
        copied++;
        return true;
    }

    /** An entry rendered now: {@code key} names everything {@code plain} was made from (equal keys, equal bytes). */
    public void put(String name, String key, byte[] plain) throws IOException {
        put(name, key, plain, plain.length);
    }

    /** As {@link #put(String, String, byte[])}, the entry being the first {@code length} bytes of {@code plain}. */
    public void put(String name, String key, byte[] plain, int length) throws IOException {
        byte[] deflated = deflate(plain, length);
        addRaw(name, key, deflated, deflated.length, length, crc(plain, length), crc(deflated, deflated.length));
    }

    /** Ends the zip (its central directory); returns the index the next run copies from. */
    public SegmentIndex finish() throws IOException {
        zip.finish();
        counted.flush();
        earlier.file.ifPresent(file -> LOG.info("{} of {} sheets copied from {}", copied - copiedParts,
                segments.size() - 1 - keyedParts, file));
        return new SegmentIndex(WHOLE_FILE, counted.count, (int) counted.crc.getValue(), segments);
    }

    @Override
    public void close() throws IOException {
        try {
            counted.flush(); // the caller's stream is left open
        } finally {
            deflater.end();
            earlier.close();
        }
    }

    private void add(String name, byte[] plain) throws IOException {
        byte[] deflated = deflate(plain);
        zip.add(name, crc(plain, plain.length), plain.length, deflated, 0, deflated.length);
    }

    /**
     * @param length the deflated bytes' length: the first {@code length} bytes of {@code deflated}
     * @param rawCrc the CRC-32 of those: a copied entry's was checked as it was read
     */
    private void addRaw(String name, String key, byte[] deflated, int length, long plainLength, int plainCrc,
                        int rawCrc) throws IOException {
        zip.add(name, plainCrc, plainLength, deflated, 0, length);
        // sizes known, no data descriptor: the raw data is the last thing written
        if (!key.equals(mark) && keys.add(key)) {
            segments.add(new Segment(key, counted.count - length, length, plainLength, plainCrc, rawCrc));
        }
    }

    private byte[] deflate(byte[] plain) {
        return deflate(plain, plain.length);
    }

    private byte[] deflate(byte[] plain, int length) {
        deflater.reset();
        raw.reset();
        deflateAll(deflater, plain, length, buf, raw);
        return raw.toByteArray();
    }

    private static void deflateAll(Deflater d, byte[] plain, int length, byte[] buf, ByteArrayOutputStream out) {
        d.setInput(plain, 0, length);
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 c = new CRC32();
        c.update(bytes, 0, length);
        return (int) c.getValue();
    }

    private static final DeflaterProbe.Identities IDENTITIES = new DeflaterProbe.Identities(l -> {
        Deflater d = new Deflater(l, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
            byte[] probe = DeflaterProbe.bytes();
            deflateAll(d, probe, probe.length, new byte[1 << 15], out);
            byte[] bytes = out.toByteArray();
            return "zf" + l + "-" + bytes.length + "-" + Integer.toHexString(crc(bytes, bytes.length));
        } finally {
            d.end();
        }
    });

    /**
     * What this deflater makes of {@link DeflaterProbe}'s text at this level, deflated whole, as a short digest: an
     * entry deflated another way is rendered again, so that the file stays the one a full render writes.
     */
    /**
     * Whether a writer at {@code level} copying from a file {@code earlier} indexes would find the entry keyed
     * {@code key} there (the index of a whole file made with this deflater, as {@link #copy} requires), from the
     * index alone: the file itself may still turn out unusable (then more is rendered).
     */
    public static java.util.function.Predicate<String> indexHolds(Optional<SegmentIndex> earlier, int level) {
        if (earlier.isEmpty() || !earlier.get().part().equals(WHOLE_FILE) || earlier.get().segments().isEmpty()
                || !earlier.get().segments().get(0).key().equals(markOf(level))) {
            return key -> false;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        earlier.get().segments().forEach(s -> keys.add(s.key()));
        return keys::contains;
    }

    /** The first segment of an index this deflater's files have: {@link #identity} as a key no entry has. */
    private static String markOf(int level) {
        return "\u0000deflater\u0000" + identity(level);
    }

    static String identity(int level) {
        return IDENTITIES.at(level);
    }

    /** Counts and checksums what the zip writes; closing it leaves the caller's stream open. */
    private static final class Counting extends FilterOutputStream {
        final CRC32 crc = new CRC32();
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            crc.update(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** An entry's stored bytes: the first {@code segment.length()} of {@code raw}, valid until the next is read. */
    private record Copied(Segment segment, byte[] raw) {
    }

    /** The file an earlier run wrote, used only when it is still the one its index describes. */
    private static final class Earlier implements AutoCloseable {
        private static final java.util.Comparator<Segment> BY_KEY = java.util.Comparator.comparing(Segment::key);
        private final Optional<java.nio.file.Path> file;
        private final FileChannel channel;
        /** By key, for a binary search: an array of the index's own segments, not a map of them. */
        private Segment[] byKey;
        /** Every copied entry's bytes, each written before the next is read (tens of MB a night at 10,000 services). */
        private final ReusedBuffer buffer = new ReusedBuffer();

        private Earlier(Optional<java.nio.file.Path> file, FileChannel channel, Segment[] byKey) {
            this.file = file;
            this.channel = channel;
            this.byKey = byKey;
        }

        static Earlier open(Optional<SegmentIndex.Earlier> earlier, String mark) throws IOException {
            Earlier none = new Earlier(Optional.empty(), null, new Segment[0]);
            if (earlier.isEmpty() || !earlier.get().index().part().equals(WHOLE_FILE)
                    || !Files.isRegularFile(earlier.get().file())) {
                return none;
            }
            SegmentIndex index = earlier.get().index();
            if (index.segments().isEmpty() || !index.segments().get(0).key().equals(mark)) {
                return none; // deflated by another zlib, or by another level
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(earlier.get().file(), StandardOpenOption.READ);
            } catch (IOException e) {
                return none;
            }
            try {
                if (channel.size() != index.length() || wholeCrc(channel) != index.crc()) {
                    LOG.info("{} is not the file the last night wrote: every sheet is rendered", earlier.get().file());
                    channel.close();
                    return none;
                }
                Segment[] sorted = index.segments().subList(1, index.segments().size()).toArray(new Segment[0]);
                java.util.Arrays.sort(sorted, BY_KEY);
                return new Earlier(Optional.of(earlier.get().file()), channel, sorted);
            } catch (IOException | RuntimeException e) {
                channel.close();
                return none; // unreadable: everything is rendered
            }
        }

        private static int wholeCrc(FileChannel channel) throws IOException {
            CRC32 crc = new CRC32();
            ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
            for (long at = 0; channel.read(chunk.clear(), at) > 0; at += chunk.position()) {
                crc.update(chunk.flip());
            }
            return (int) crc.getValue();
        }

        Optional<Copied> read(String key) {
            int at = java.util.Arrays.binarySearch(byKey, new Segment(key, 0, 0, 0, 0, 0), BY_KEY);
            if (at < 0 || byKey[at].length() > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            Segment s = byKey[at];
            ByteBuffer into = buffer.of((int) s.length());
            byte[] bytes = into.array();
            try {
                while (into.hasRemaining()) {
                    if (channel.read(into, s.offset() + into.position()) < 0) {
                        byKey = new Segment[0]; // cut short since it was checked: what is left is rendered
                        return Optional.empty();
                    }
                }
            } catch (IOException e) {
                byKey = new Segment[0];
                return Optional.empty();
            }
            return crc(bytes, (int) s.length()) == s.crc() ? Optional.of(new Copied(s, bytes)) : Optional.empty();
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
