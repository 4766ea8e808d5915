package it.peg.xlsx;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The zip {@link KeyedEntries} writes is, byte for byte, the one Commons Compress wrote for it before (the Schede per
 * la valutazione of every night and consolidate must not change): the same entries added raw to a
 * {@code ZipArchiveOutputStream} as KeyedEntries added them.
 */
class RawEntriesZipTest {
    private record Entry(String name, byte[] plain, byte[] deflated, int crc) {
    }

    private static List<Entry> entries(long seed, int n) {
        Random r = new Random(seed);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // ASCII part names as the workbooks have, a few other names, an empty entry, sizes up to ~200 KB
            String name = i % 7 == 3 ? "xl/città/foglio è " + i + ".xml" : "xl/worksheets/sheet" + (i + 1) + ".xml";
            byte[] plain = new byte[i == 2 ? 0 : r.nextInt(i % 5 == 0 ? 200_000 : 5_000)];
            for (int j = 0; j < plain.length; j++) {
                plain[j] = (byte) ('a' + r.nextInt(r.nextBoolean() ? 3 : 26));
            }
            Deflater d = new Deflater(6, true);
            d.setInput(plain);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 15];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            d.end();
            CRC32 crc = new CRC32();
            crc.update(plain);
            entries.add(new Entry(name, plain, out.toByteArray(), (int) crc.getValue()));
        }
        return entries;
    }

    /** As KeyedEntries wrote them through Commons Compress. */
    private static byte[] byCommonsCompress(List<Entry> entries, long time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setUseZip64(Zip64Mode.AsNeeded);
            for (Entry e : entries) {
                ZipArchiveEntry z = new ZipArchiveEntry(e.name());
                z.setTime(time);
                z.setMethod(ZipEntry.DEFLATED);
                z.setCrc(e.crc() & 0xFFFFFFFFL);
                z.setSize(e.plain().length);
                z.setCompressedSize(e.deflated().length);
                zip.addRawArchiveEntry(z, new ByteArrayInputStream(e.deflated()));
            }
            zip.finish();
        }
        return bytes.toByteArray();
    }

    private static byte[] byRawEntriesZip(List<Entry> entries, long time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RawEntriesZip zip = new RawEntriesZip(bytes, time);
        for (Entry e : entries) {
            // from the middle of a larger array, as a copied entry may come
            byte[] padded = new byte[e.deflated().length + 7];
            System.arraycopy(e.deflated(), 0, padded, 3, e.deflated().length);
            zip.add(e.name(), e.crc(), e.plain().length, padded, 3, e.deflated().length);
        }
        zip.finish();
        return bytes.toByteArray();
    }

    @Test
    void theBytesAreThoseCommonsCompressWrote() throws IOException {
        for (long seed : new long[] {1, 20261206, 42}) {
            List<Entry> entries = entries(seed, 40);
            for (long time : new long[] {PackageZip.epochMillis(), 315_532_800_000L + 86_400_000L, 1_733_000_000_000L,
                    1_733_000_001_234L}) {
                assertArrayEquals(byCommonsCompress(entries, time), byRawEntriesZip(entries, time),
                        "seed " + seed + ", time " + time);
            }
        }
        assertArrayEquals(byCommonsCompress(List.of(), PackageZip.epochMillis()),
                byRawEntriesZip(List.of(), PackageZip.epochMillis()), "no entry");
    }

    @Test
    void itsEntriesReadBackAsWritten() throws IOException {
        List<Entry> entries = entries(7, 12);
        byte[] zip = byRawEntriesZip(entries, PackageZip.epochMillis());
        try (ZipFile read = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (Entry e : entries) {
                try (InputStream in = read.getInputStream(read.getEntry(e.name()))) {
                    assertArrayEquals(e.plain(), in.readAllBytes(), e.name());
                }
            }
        }
    }

    /** Commons Compress writes extra fields for a time a DOS time cannot hold: never one of these zips' times. */
    @Test
    void aTimeBeforeDosTimesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RawEntriesZip(java.io.OutputStream.nullOutputStream(), 0L));
    }

    @Test
    void moreEntriesThanAZipWithoutZip64HoldsAreRefusedNotWrittenWrong() throws IOException {
        RawEntriesZip zip = new RawEntriesZip(java.io.OutputStream.nullOutputStream(), PackageZip.epochMillis());
        byte[] none = new byte[0];
        for (int i = 0; i < 0xFFFF; i++) {
            zip.add("e" + i, 0, 0, none, 0, 0);
        }
        IOException e = assertThrows(IOException.class, () -> zip.add("one more", 0, 0, none, 0, 0));
        assertEquals("peg's limit: a zip of more than 65535 entries or 4 GB would need Zip64, which this writer"
                + " does not write", e.getMessage());
    }
}
