package it.peg.xlsx;

import it.peg.io.SegmentIndex;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeflatedSegmentsTest {
    private static final String PART = "xl/worksheets/sheet4.xml";

    @TempDir
    Path tmp;

    /** Segments' texts by key, in order: rows of a few services, some long enough to span deflate buffers. */
    private static Map<String, String> texts(long seed, int changed) {
        Random random = new Random(seed);
        Map<String, String> texts = new LinkedHashMap<>();
        for (int s = 0; s < 40; s++) {
            StringBuilder sb = new StringBuilder();
            int rows = s == 7 ? 3000 : random.nextInt(30);
            for (int r = 0; r < rows; r++) {
                sb.append("<row r=\"").append(s * 1000 + r).append("\"><c><v>")
                        .append(s == changed ? 7_000_000 + r : s * 31 + r).append("</v></c></row>");
            }
            texts.put("service " + s + (s == changed ? " changed" : ""), sb.toString());
        }
        return texts;
    }

    /** Writes the texts as one zip entry, copying what {@code earlier} holds; returns the index. */
    private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the first time a zip header can hold

    private SegmentIndex write(Path zip, Map<String, String> texts, Optional<SegmentIndex.Earlier> earlier,
                               List<String> copied) throws IOException {
        return write(zip, texts, earlier, copied, 2);
    }

    private SegmentIndex write(Path zip, Map<String, String> texts, Optional<SegmentIndex.Earlier> earlier,
                               List<String> copied, int level) throws IOException {
        try (DeflatedSegments segments = new DeflatedSegments(PART, level, earlier, Optional.empty());
             OutputStream file = Files.newOutputStream(zip);
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                if (segments.copy(e.getKey())) {
                    copied.add(e.getKey());
                    continue;
                }
                segments.out().write(e.getValue().getBytes(StandardCharsets.UTF_8));
                segments.end(e.getKey());
            }
            return finish(segments, zout);
        }
    }

    /** The segments finished and added to the zip as one raw entry; their index. */
    private static SegmentIndex finish(DeflatedSegments segments, ZipArchiveOutputStream zout) throws IOException {
        DeflatedSegments.Result r = segments.finish();
        try (InputStream raw = segments.openRaw()) {
            // a fixed time, as DeterministicXlsx gives every entry: without it the entry takes the clock's
            // second, and two files written across a second's boundary differ in their headers (a flaky test)
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry = segments.entry(r);
            entry.setTime(FIXED_TIME);
            zout.addRawArchiveEntry(entry, raw);
        }
        zout.finish();
        return r.index();
    }

    private static String inflated(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(PART);
            try (InputStream in = z.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8); // the JDK checks the entry's CRC
            }
        }
    }

    @Test
    void theSegmentsInflateToTheirTextsOneAfterTheOtherWithTheEntrysCrc() throws IOException {
        Map<String, String> texts = texts(1, -1);
        Path zip = tmp.resolve("a.zip");
        SegmentIndex index = write(zip, texts, Optional.empty(), new ArrayList<>());
        String all = String.join("", texts.values());
        assertEquals(all, inflated(zip));
        CRC32 crc = new CRC32();
        crc.update(all.getBytes(StandardCharsets.UTF_8));
        assertEquals((int) crc.getValue(), index.crc());
        assertEquals(texts.size(), index.segments().size());
    }

    @Test
    void segmentsWrittenInPiecesIntoReusedArraysGiveTheFileOneWriteEachGives() throws IOException {
        // many more segments than are in flight, longer and shorter than the arrays handed back before, some empty,
        // written a byte, a piece or all at once: the arrays the worker hands back carry nothing from before
        Random random = new Random(27);
        Map<String, String> texts = new LinkedHashMap<>();
        for (int s = 0; s < 200; s++) {
            StringBuilder sb = new StringBuilder();
            int rows = s % 23 == 0 ? 2_000 + random.nextInt(3_000) : s % 5 == 0 ? 0 : random.nextInt(60);
            for (int r = 0; r < rows; r++) {
                sb.append("<row r=\"").append(r).append("\"><v>").append(random.nextInt(1000)).append("</v></row>");
            }
            texts.put("k" + s, sb.toString());
        }
        Path whole = tmp.resolve("whole.zip");
        write(whole, texts, Optional.empty(), new ArrayList<>());
        Path pieces = tmp.resolve("pieces.zip");
        try (DeflatedSegments segments = new DeflatedSegments(PART, 2, Optional.empty(), Optional.empty());
             OutputStream file = Files.newOutputStream(pieces);
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                for (int at = 0; at < bytes.length; ) {
                    int n = Math.min(bytes.length - at, random.nextInt(3) == 0 ? 1 : random.nextInt(70_000));
                    if (n == 1) {
                        segments.out().write(bytes[at]);
                    } else {
                        segments.out().write(bytes, at, n);
                    }
                    at += n;
                }
                segments.end(e.getKey());
            }
            finish(segments, zout);
        }
        assertEquals(String.join("", texts.values()), inflated(pieces));
        assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(pieces));
    }

    @Test
    void unchangedSegmentsAreCopiedAndTheFileIsTheOneAFullWriteGives() throws IOException {
        Path first = tmp.resolve("first.zip");
        SegmentIndex index = write(first, texts(1, -1), Optional.empty(), new ArrayList<>());
        Map<String, String> next = texts(1, 12);
        List<String> copied = new ArrayList<>();
        Path incremental = tmp.resolve("incremental.zip");
        SegmentIndex index2 = write(incremental, next, Optional.of(new SegmentIndex.Earlier(first, index)), copied);
        Path full = tmp.resolve("full.zip");
        SegmentIndex fullIndex = write(full, next, Optional.empty(), new ArrayList<>());
        assertEquals(next.size() - 1, copied.size());
        assertFalse(copied.contains("service 12 changed"));
        assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(incremental));
        assertEquals(fullIndex, index2);
    }

    @Test
    void aSegmentWhoseBytesChangedSinceIsRenderedNotCopied() throws IOException {
        Path first = tmp.resolve("first.zip");
        Map<String, String> texts = texts(1, -1);
        SegmentIndex index = write(first, texts, Optional.empty(), new ArrayList<>());
        // one byte of the 8th segment's deflate data altered in place: the entry's CRC and size still match
        byte[] bytes = Files.readAllBytes(first);
        int dataStart = 30 + PART.length(); // the entry is the first: local header, name, no extra field
        bytes[dataStart + (int) index.segments().get(7).offset() + 5] ^= 0x55;
        Files.write(first, bytes);
        List<String> copied = new ArrayList<>();
        Path again = tmp.resolve("again.zip");
        write(again, texts, Optional.of(new SegmentIndex.Earlier(first, index)), copied);
        assertFalse(copied.contains("service 7"));
        assertTrue(copied.contains("service 8"), "the segments after it are still copied: " + copied);
        assertEquals(String.join("", texts.values()), inflated(again));
    }

    @Test
    void anEarlierFileThatIsNotTheOneIndexedIsNotCopiedFrom() throws IOException {
        Path first = tmp.resolve("first.zip");
        Map<String, String> texts = texts(1, -1);
        SegmentIndex index = write(first, texts, Optional.empty(), new ArrayList<>());
        Path other = tmp.resolve("other.zip");
        write(other, texts(2, 3), Optional.empty(), new ArrayList<>());
        Files.writeString(tmp.resolve("notazip.zip"), "testo");
        for (Path earlier : List.of(other, tmp.resolve("notazip.zip"), tmp.resolve("missing.zip"))) {
            List<String> copied = new ArrayList<>();
            write(tmp.resolve("out.zip"), texts, Optional.of(new SegmentIndex.Earlier(earlier, index)), copied);
            assertEquals(List.of(), copied, earlier.toString());
            assertEquals(String.join("", texts.values()), inflated(tmp.resolve("out.zip")));
        }
    }

    @Test
    void segmentsDeflatedAnotherWayAreNotCopied() throws IOException {
        // equal keys, equal text: but the raw bytes are the deflater's (its level here; zlib's version on a JDK or
        // system upgrade), and a copied segment must be what this deflater would write
        Map<String, String> texts = texts(1, -1);
        Path first = tmp.resolve("level2.zip");
        SegmentIndex index = write(first, texts, Optional.empty(), new ArrayList<>(), 2);
        List<String> copied = new ArrayList<>();
        Path incremental = tmp.resolve("incremental.zip");
        write(incremental, texts, Optional.of(new SegmentIndex.Earlier(first, index)), copied, 9);
        Path full = tmp.resolve("full.zip");
        write(full, texts, Optional.empty(), new ArrayList<>(), 9);
        assertEquals(List.of(), copied);
        assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(incremental));
    }

    @Test
    void aFailedStartLeavesTheEarlierFileClosed() throws IOException {
        Path first = tmp.resolve("first.zip");
        SegmentIndex index = write(first, texts(1, -1), Optional.empty(), new ArrayList<>());
        Path noFolder = tmp.resolve("cartella-mancante");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new DeflatedSegments(PART, 2,
                Optional.of(new SegmentIndex.Earlier(first, index)), Optional.of(noFolder)));
        assertEquals(0, openDescriptorsOf(first), "the earlier zip is still open");
    }

    /** How many of this process's file descriptors point to {@code file} (Linux). */
    private static long openDescriptorsOf(Path file) throws IOException {
        Path target = file.toRealPath();
        long n = 0;
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).equals(target)) {
                        n++;
                    }
                } catch (IOException e) {
                    // a descriptor closed meanwhile (the listing's own)
                }
            }
        }
        return n;
    }

    @Test
    void theTemporaryDataIsRemoved() throws IOException {
        long before = count();
        write(tmp.resolve("a.zip"), texts(1, -1), Optional.empty(), new ArrayList<>());
        assertEquals(before, count());
    }

    private static long count() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("peg-segments-")).count();
        }
    }
}
