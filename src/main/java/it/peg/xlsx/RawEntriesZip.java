package it.peg.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The zip {@link KeyedEntries} writes, written here byte for byte as Commons Compress' {@code ZipArchiveOutputStream}
 * writes deflated entries added raw with their sizes and CRC known, names in UTF-8 ({@code Zip64Mode.AsNeeded},
 * nothing that needs Zip64): a local header of 30 bytes and the name, no extra field, no data descriptor; the central
 * directory and its end record. A night copies the sheets of the Schede per la valutazione of every unchanged service
 * (2,000 to 10,000 entries): through Commons Compress each entry cost an entry object, a name encoder, two headers
 * built field by field and a stream over its bytes, most of the writer's CPU on such a night; here a header is a few
 * array stores (docs/performance.md, "h31-outputs").
 */
final class RawEntriesZip {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    /** Deflated entries need version 2.0, and Commons Compress says it made them as 2.0 on FAT (no Unix modes). */
    private static final int VERSION = 20;
    /** Bit 11: the name is UTF-8 (Commons Compress sets it for UTF-8 names). */
    private static final int UTF8_NAMES = 0x0800;
    private static final int DEFLATED = 8;
    /** Beyond these Commons Compress writes Zip64 records, which this writer does not. */
    private static final long MAX_32 = 0xFFFFFFFFL;
    private static final int MAX_ENTRIES = 0xFFFF;

    private final OutputStream out;
    /** The DOS time and date of every entry, as Commons Compress writes them. */
    private final byte[] dosTime;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream(1 << 14);
    private final byte[] header = new byte[46];
    private long offset;
    private int entries;
    private boolean finished;

    /**
     * @param out  where the zip goes, from its first byte
     * @param time every entry's time (Java millis), one a DOS time can hold (1980 to 2107)
     */
    RawEntriesZip(OutputStream out, long time) {
        if (!org.apache.commons.compress.archivers.zip.ZipUtil.isDosTime(time)) {
            // Commons Compress then adds extended time fields, which this writer does not write
            throw new IllegalArgumentException("not a DOS time: " + time);
        }
        this.out = out;
        this.dosTime = org.apache.commons.compress.archivers.zip.ZipUtil.toDosTime(time);
    }

    /** An entry of {@code length} deflated bytes at {@code deflated[from]}, of {@code size} bytes inflated. */
    void add(String name, int crc, long size, byte[] deflated, int from, int length) throws IOException {
        if (finished) {
            throw new IllegalStateException("the zip is finished");
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (entries == MAX_ENTRIES || size > MAX_32 || offset > MAX_32 || nameBytes.length > 0xFFFF) {
            throw new IOException("peg's limit: a zip of more than " + MAX_ENTRIES
                    + " entries or 4 GB would need Zip64, which this writer does not write");
        }
        fill(LOCAL, crc, size, length, nameBytes.length);
        out.write(header, 0, 30);
        out.write(nameBytes);
        out.write(deflated, from, length);
        // the central header: the same fields after "version made by", then comment, disk, attributes, offset
        putInt(header, 0, CENTRAL);
        putShort(header, 4, VERSION);
        fill(header, 6, crc, size, length, nameBytes.length);
        putShort(header, 32, 0); // comment
        putShort(header, 34, 0); // disk
        putShort(header, 36, 0); // internal attributes
        putInt(header, 38, 0); // external attributes
        putInt(header, 42, (int) offset);
        central.write(header, 0, 46);
        central.write(nameBytes);
        offset += 30L + nameBytes.length + length;
        entries++;
    }

    /** The central directory and its end record. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (offset > MAX_32 || central.size() > MAX_32) {
            throw new IOException("peg's limit: a zip of 4 GB would need Zip64, which this writer does not write");
        }
        central.writeTo(out);
        byte[] end = new byte[22];
        putInt(end, 0, END);
        putShort(end, 8, entries);
        putShort(end, 10, entries);
        putInt(end, 12, central.size());
        putInt(end, 16, (int) offset);
        out.write(end);
    }

    private void fill(int signature, int crc, long size, long compressed, int nameLength) {
        putInt(header, 0, signature);
        fill(header, 4, crc, size, compressed, nameLength);
    }

    /** From "version needed" to "extra field length": the part the local and the central header share. */
    private void fill(byte[] b, int at, int crc, long size, long compressed, int nameLength) {
        putShort(b, at, VERSION);
        putShort(b, at + 2, UTF8_NAMES);
        putShort(b, at + 4, DEFLATED);
        System.arraycopy(dosTime, 0, b, at + 6, 4);
        putInt(b, at + 10, crc);
        putInt(b, at + 14, (int) compressed);
        putInt(b, at + 18, (int) size);
        putShort(b, at + 22, nameLength);
        putShort(b, at + 24, 0); // extra field
    }

    private static void putShort(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
