package it.peg.readback;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where each deflated entry's bytes lie in a zip already read whole ({@link WholeFile}), so that a part is inflated
 * from those bytes with the thread's inflater, instead of read again from the file through {@link ZipFile}, which
 * gives each part a new input buffer as long as the part inflated (a quarter of what reading a returned scheda
 * allocated) and each file new inflaters (docs/performance.md, "h26-read").
 *
 * <p>{@link ZipFile} still opens the file and decides what is a zip: these positions are used only for a plain zip
 * whose central directory, read here, names exactly the entries ZipFile listed with the same method, CRC and sizes
 * (no zip64, no bytes before the first entry, no comment of another length than declared, no two entries of one
 * name); and for an entry only when it is deflated, not encrypted, its local header has its signature and its data
 * lies inside the file. Anything else is read through ZipFile as before, which fails where it failed. The inflated
 * bytes are ZipFile's: the same raw inflater, fed the same compressed bytes in the same chunks (so each read ends where
 * ZipFile's ends), ending as ZipFile's stream ends (one byte 0 after the data, then "Unexpected end of ZLIB input
 * stream").
 */
final class RawEntries {
    private static final int LOC_SIG = 0x04034b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int END_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int END_SIZE = 22;
    private static final int CEN_SIZE = 46;
    private static final int LOC_SIZE = 30;

    /** Each thread's inflaters, reset and kept from one part (and one file) to the next. */
    private static final ThreadLocal<ArrayDeque<Inflater>> INFLATERS = ThreadLocal.withInitial(ArrayDeque::new);
    private static final int MAX_POOLED = 4;

    private record Raw(int method, int flags, long crc, long compressed, long size, long localHeader) {
    }

    private final byte[] bytes;
    private final int length;
    private final Map<String, Raw> byName;

    private RawEntries(byte[] bytes, int length, Map<String, Raw> byName) {
        this.bytes = bytes;
        this.length = length;
        this.byName = byName;
    }

    /** The entries of {@code zip}, whose file's {@code length} bytes are {@code bytes}; empty when not plain. */
    static Optional<RawEntries> of(byte[] bytes, int length, ZipFile zip) {
        Map<String, Raw> byName = centralDirectory(bytes, length);
        if (byName == null || byName.size() != zip.size()) {
            return Optional.empty();
        }
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            Raw r = byName.get(e.getName());
            if (r == null || r.method() != e.getMethod() || r.crc() != e.getCrc() || r.compressed() != e.getCompressedSize()
                    || r.size() != e.getSize()) {
                return Optional.empty();
            }
        }
        return Optional.of(new RawEntries(bytes, length, byName));
    }

    private static Map<String, Raw> centralDirectory(byte[] b, int length) {
        int end = -1;
        for (int i = length - END_SIZE; i >= Math.max(0, length - END_SIZE - 0xFFFF); i--) {
            if (i32(b, i) == END_SIG) {
                end = i;
                break;
            }
        }
        if (end < 0 || end + END_SIZE + u16(b, end + 20) != length
                || (end >= 20 && i32(b, end - 20) == ZIP64_LOCATOR_SIG)) {
            return null;
        }
        int count = u16(b, end + 10);
        long cenLength = u32(b, end + 12);
        long cenOffset = u32(b, end + 16);
        if (count == 0xFFFF || cenLength == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL || count != u16(b, end + 8)
                || u16(b, end + 4) != 0 || u16(b, end + 6) != 0 || end - cenLength != cenOffset) {
            return null; // zip64, several disks, or bytes before the first entry: ZipFile's own way
        }
        Map<String, Raw> byName = new HashMap<>(count * 2);
        int p = (int) cenOffset;
        for (int n = 0; n < count; n++) {
            if (p + CEN_SIZE > end || i32(b, p) != CEN_SIG) {
                return null;
            }
            int nameLength = u16(b, p + 28);
            int next = p + CEN_SIZE + nameLength + u16(b, p + 30) + u16(b, p + 32);
            if (next > end) {
                return null;
            }
            Raw r = new Raw(u16(b, p + 10), u16(b, p + 8), u32(b, p + 16), u32(b, p + 20), u32(b, p + 24),
                    u32(b, p + 42));
            if (r.compressed() == 0xFFFFFFFFL || r.size() == 0xFFFFFFFFL || r.localHeader() == 0xFFFFFFFFL) {
                return null;
            }
            if (byName.put(new String(b, p + CEN_SIZE, nameLength, StandardCharsets.UTF_8), r) != null) {
                return null; // two entries of one name: which one ZipFile reads is ZipFile's to say
            }
            p = next;
        }
        return p == end ? byName : null;
    }

    /** Where a deflated entry's compressed bytes are: {@code length} bytes of {@code bytes} from {@code from}. */
    record Deflated(byte[] bytes, int from, int length) {
    }

    /** The entry's compressed bytes, when it is read from the file's bytes ({@link #open}); else empty. */
    Optional<Deflated> deflated(ZipEntry entry) {
        Raw r = byName.get(entry.getName());
        if (r == null || r.method() != ZipEntry.DEFLATED || (r.flags() & 1) != 0 || r.localHeader() + LOC_SIZE > length) {
            return Optional.empty();
        }
        int loc = (int) r.localHeader();
        if (i32(bytes, loc) != LOC_SIG) {
            return Optional.empty();
        }
        long data = (long) loc + LOC_SIZE + u16(bytes, loc + 26) + u16(bytes, loc + 28);
        if (data + r.compressed() > length) {
            return Optional.empty();
        }
        return Optional.of(new Deflated(bytes, (int) data, (int) r.compressed()));
    }

    /** The entry's inflated bytes read from the file's bytes, or empty when ZipFile is to read it. */
    Optional<InputStream> open(ZipEntry entry) {
        Optional<Deflated> d = deflated(entry);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        ArrayDeque<Inflater> pool = INFLATERS.get();
        Inflater inflater = pool.isEmpty() ? new Inflater(true) : pool.pop();
        return Optional.of(new Inflating(bytes, d.get().from(), d.get().length(), entry.getSize(), inflater, pool));
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static int i32(byte[] b, int i) {
        return u16(b, i) | u16(b, i + 2) << 16;
    }

    private static long u32(byte[] b, int i) {
        return i32(b, i) & 0xFFFFFFFFL;
    }

    /** ZipFile's inflating stream over bytes in memory: the data given in ZipFile's chunks, then its end as ZipFile's. */
    private static final class Inflating extends InflaterInputStream {
        private final ArrayDeque<Inflater> pool;
        private final long size;
        private final byte[] bytes;
        private final int end;
        /**
         * ZipFile's input buffer: the part's declared inflated size plus 2, 8 KB past 64 KB. Its stream gives the
         * inflater the compressed bytes a buffer at a time, so each read ends where the inflater needs more input: fed
         * in one go, a parser's reads would reach further into the part than ZipFile's do, and meet a corruption or
         * a cap in a tail that ZipFile's reading never inflated (a file read before would be refused).
         */
        private final int chunk;
        private int from;
        private boolean eof;
        private boolean closed;

        Inflating(byte[] bytes, int from, int length, long size, Inflater inflater, ArrayDeque<Inflater> pool) {
            super(InputStream.nullInputStream(), inflater, 1);
            this.pool = pool;
            this.size = size;
            this.bytes = bytes;
            this.from = from;
            this.end = from + length;
            long buffer = size + 2;
            this.chunk = buffer > 65536 ? 8192 : buffer <= 0 ? 4096 : (int) buffer;
        }

        @Override
        protected void fill() throws IOException {
            if (eof) {
                throw new EOFException("Unexpected end of ZLIB input stream");
            }
            if (from < end) {
                int n = Math.min(chunk, end - from);
                inf.setInput(bytes, from, n);
                from += n;
                return;
            }
            // the data given; ZipFile's stream then gives one byte 0, and fails on the next need
            buf[0] = 0;
            len = 1;
            eof = true;
            inf.setInput(buf, 0, 1);
        }

        /** As ZipFile's: the declared size less what was inflated. */
        @Override
        public int available() {
            if (closed) {
                return 0;
            }
            long avail = size - inf.getBytesWritten();
            return avail > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) avail;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                super.close(); // the inflater is ours: not ended, reset and kept for the thread's next part
                inf.reset();
                if (pool.size() < MAX_POOLED) {
                    pool.push(inf);
                } else {
                    inf.end();
                }
            }
        }
    }
}
