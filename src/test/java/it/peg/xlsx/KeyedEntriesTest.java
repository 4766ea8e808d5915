package it.peg.xlsx;

import it.peg.io.Segment;
import it.peg.io.SegmentIndex;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A zip of keyed entries copied from an earlier one where their key is unchanged is the zip a full render writes;
 * an earlier file that is not the one its index describes, or an entry whose bytes are not theirs, is not copied.
 */
class KeyedEntriesTest {
    @TempDir
    Path tmp;

    /** Sheets by key: a seeded pseudo-random XML-ish text each, compressible as worksheets are. */
    private static Map<String, String> sheets(int n, long seed) {
        Map<String, String> sheets = new LinkedHashMap<>();
        long x = seed;
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder("<worksheet>");
            for (int r = 0; r < 40; r++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                sb.append("<row r=\"").append(r).append("\"><c><v>").append(x >>> 33).append("</v></c></row>");
            }
            sheets.put("k" + i + "-" + Long.toHexString(x), sb.append("</worksheet>").toString());
        }
        return sheets;
    }

    private record Written(byte[] bytes, SegmentIndex index, List<String> log) {
    }

    private static Written write(Map<String, String> sheets, Optional<SegmentIndex.Earlier> earlier) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        it.peg.LogCapture.Captured<SegmentIndex> written = it.peg.LogCapture.during(() -> {
            try (KeyedEntries zip = new KeyedEntries(out, 6, earlier)) {
                zip.text("[Content_Types].xml", "<Types/>");
                int i = 1;
                for (Map.Entry<String, String> s : sheets.entrySet()) {
                    String name = "xl/worksheets/sheet" + i++ + ".xml";
                    if (!zip.copy(name, s.getKey())) {
                        zip.put(name, s.getKey(), s.getValue().getBytes(StandardCharsets.UTF_8));
                    }
                }
                return zip.finish();
            }
        }, KeyedEntries.class);
        return new Written(out.toByteArray(), written.value(), written.messages());
    }

    private Optional<SegmentIndex.Earlier> earlier(Written w, String name) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, w.bytes());
        return Optional.of(new SegmentIndex.Earlier(file, w.index()));
    }

    @Test
    void copiedEntriesGiveTheBytesOfAFullRenderAndAValidZip() throws Exception {
        Map<String, String> before = sheets(6, 1);
        Written first = write(before, Optional.empty());
        assertEquals(first.bytes().length, first.index().length());
        Map<String, String> after = new LinkedHashMap<>(before);
        List<String> keys = new ArrayList<>(before.keySet());
        after.remove(keys.get(4));
        after.put("changed", "<worksheet>another sheet</worksheet>"); // one sheet changed, one gone, order kept
        Written full = write(after, Optional.empty());
        Written copied = write(after, earlier(first, "first.xlsx"));
        assertEquals(List.of("5 of 6 sheets copied from " + tmp.resolve("first.xlsx")), copied.log());
        assertArrayEquals(full.bytes(), copied.bytes());
        assertEquals(full.index(), copied.index());
        try (ZipFile zip = ZipFile.builder().setByteArray(copied.bytes()).get()) {
            int i = 1;
            for (String text : after.values()) {
                ZipArchiveEntry e = zip.getEntry("xl/worksheets/sheet" + i++ + ".xml");
                try (InputStream in = zip.getInputStream(e)) {
                    assertEquals(text, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            // the index locates each entry's raw data where a zip reader finds it
            for (Segment s : copied.index().segments().subList(1, copied.index().segments().size())) {
                assertTrue(java.util.Collections.list(zip.getEntries()).stream()
                        .anyMatch(e -> e.getDataOffset() == s.offset() && e.getCompressedSize() == s.length()), s.key());
            }
        }
    }

    @Test
    void aSheetMovedToAnotherPlaceIsCopiedUnderItsNewName() throws Exception {
        Map<String, String> before = sheets(4, 2);
        Written first = write(before, Optional.empty());
        List<String> keys = new ArrayList<>(before.keySet());
        Map<String, String> reversed = new LinkedHashMap<>();
        for (int i = keys.size() - 1; i >= 0; i--) {
            reversed.put(keys.get(i), before.get(keys.get(i)));
        }
        Written copied = write(reversed, earlier(first, "first.xlsx"));
        assertEquals(List.of("4 of 4 sheets copied from " + tmp.resolve("first.xlsx")), copied.log());
        assertArrayEquals(write(reversed, Optional.empty()).bytes(), copied.bytes());
    }

    @Test
    void anEarlierFileAlteredSinceIsNotCopiedFrom() throws Exception {
        Map<String, String> sheets = sheets(5, 3);
        Written first = write(sheets, Optional.empty());
        byte[] expected = first.bytes();
        Segment third = first.index().segments().get(2);
        // one byte of a sheet's deflate data, the length kept: the file's CRC-32 is not the index's
        byte[] flipped = expected.clone();
        flipped[(int) third.offset() + 5] ^= 0x04;
        // the same bytes and one more at the end, and one fewer
        byte[] longer = java.util.Arrays.copyOf(expected, expected.length + 1);
        byte[] shorter = java.util.Arrays.copyOf(expected, expected.length - 1);
        for (byte[] altered : List.of(flipped, longer, shorter)) {
            Path file = tmp.resolve("altered.xlsx");
            Files.write(file, altered);
            Written again = write(sheets, Optional.of(new SegmentIndex.Earlier(file, first.index())));
            assertEquals(List.of(file + " is not the file the last night wrote: every sheet is rendered"), again.log(),
                    "nothing copied");
            assertArrayEquals(expected, again.bytes());
        }
        // gone: rendered too
        Written none = write(sheets, Optional.of(new SegmentIndex.Earlier(tmp.resolve("gone.xlsx"), first.index())));
        assertArrayEquals(expected, none.bytes());
    }

    @Test
    void anEntryWhoseBytesAreNotThoseItsIndexGivesIsRendered() throws Exception {
        Map<String, String> sheets = sheets(5, 4);
        Written first = write(sheets, Optional.empty());
        List<Segment> segments = new ArrayList<>(first.index().segments());
        Segment s = segments.get(1);
        segments.set(1, new Segment(s.key(), s.offset(), s.length(), s.plainLength(), s.plainCrc(), s.crc() ^ 1));
        SegmentIndex wrong = new SegmentIndex("", first.index().length(), first.index().crc(), segments);
        Written again = write(sheets, earlier(new Written(first.bytes(), wrong, List.of()), "first.xlsx"));
        assertEquals(List.of("4 of 5 sheets copied from " + tmp.resolve("first.xlsx")), again.log());
        assertArrayEquals(first.bytes(), again.bytes());
    }

    /** The negative control: copying does happen, so an index that lies about a key shows in the bytes. */
    @Test
    void copyingTrustsTheKeyAsTheIndexGivesIt() throws Exception {
        Map<String, String> sheets = sheets(3, 5);
        Written first = write(sheets, Optional.empty());
        List<Segment> segments = new ArrayList<>(first.index().segments());
        Segment a = segments.get(1);
        Segment b = segments.get(2);
        segments.set(1, new Segment(b.key(), a.offset(), a.length(), a.plainLength(), a.plainCrc(), a.crc()));
        segments.set(2, new Segment(a.key(), b.offset(), b.length(), b.plainLength(), b.plainCrc(), b.crc()));
        SegmentIndex swapped = new SegmentIndex("", first.index().length(), first.index().crc(), segments);
        Written again = write(sheets, earlier(new Written(first.bytes(), swapped, List.of()), "first.xlsx"));
        assertFalse(java.util.Arrays.equals(first.bytes(), again.bytes()));
    }

    /** The index's first segment names the deflater: an index without it (another zlib, another level) is not used. */
    @Test
    void anIndexWithoutThisDeflatersMarkIsNotUsed() throws Exception {
        Map<String, String> sheets = sheets(3, 7);
        Written first = write(sheets, Optional.empty());
        assertEquals("\u0000deflater\u0000" + KeyedEntries.identity(6), first.index().segments().get(0).key());
        List<Segment> segments = new ArrayList<>(first.index().segments());
        Segment m = segments.get(0);
        segments.set(0, new Segment("\u0000deflater\u0000zf6-1-0", m.offset(), 0, 0, 0, 0));
        SegmentIndex other = new SegmentIndex("", first.index().length(), first.index().crc(), segments);
        Written again = write(sheets, earlier(new Written(first.bytes(), other, List.of()), "first.xlsx"));
        assertEquals(List.of(), again.log());
        assertArrayEquals(first.bytes(), again.bytes());
    }

    @Test
    void anIndexOfAnotherKindOfFileIsNotUsed() throws Exception {
        Map<String, String> sheets = sheets(2, 6);
        Written first = write(sheets, Optional.empty());
        SegmentIndex ofAnEntry = new SegmentIndex("xl/worksheets/sheet1.xml", first.index().length(),
                first.index().crc(), first.index().segments());
        Written again = write(sheets, earlier(new Written(first.bytes(), ofAnEntry, List.of()), "first.xlsx"));
        assertEquals(List.of(), again.log());
        assertArrayEquals(first.bytes(), again.bytes());
    }
}
