package it.peg.readback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A thread's buffer is kept from one part to the next (h25-parse): what a cursor reads, and how far ahead of the
 * caller it inflates a part, must not depend on the parts its thread read before. How far it reads ahead counts
 * toward the package's caps (the inflate ratio once past its grace, the total), so a buffer grown by an earlier
 * file's long tag and kept would let a later file hit a cap it does not hit read first: a finding depending on
 * which thread read which file before, not on the file (h25-review-read).
 */
class PlainXmlBufferReuseTest {
    @TempDir
    Path dir;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"" + RawPackage.MAIN_NS + "\"><sheetData>";

    /** A sheet whose one wanted cell is on row 1, followed by many compressible rows the reader never needs. */
    private static String sheet() {
        StringBuilder sb = new StringBuilder(HEAD);
        sb.append("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>");
        for (int r = 2; r < 20_000; r++) {
            sb.append("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");
        }
        return sb.append("</sheetData></worksheet>").toString();
    }

    /** Reads a part with a tag far longer than the initial buffer (it grows the buffer) on this thread. */
    private static void readALongTag(BoundedZip zip) throws ReadFailure {
        byte[] doc = ("<a b=\"" + "v".repeat(40_000) + "\"/>").getBytes(StandardCharsets.UTF_8);
        try (PlainXml x = PlainXml.over(zip, "long.xml", new ByteArrayInputStream(doc))) {
            while (x.hasNext()) {
                x.next();
            }
        }
    }

    /** How many bytes a cursor took from the part's stream to give the root element and its first child. */
    private static long readAhead(BoundedZip zip, byte[] doc) throws ReadFailure {
        try (PlainXml x = PlainXml.over(zip, "p.xml", new ByteArrayInputStream(doc))) {
            x.nextStart();
            x.nextStart();
            return x.bytesRead();
        }
    }

    private static <T> T onAFreshThread(Callable<T> task) throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            return one.submit(task).get();
        } finally {
            one.shutdown();
        }
    }

    private BoundedZip defaultZip() throws Exception {
        Path file = new RawPackage().put("a.xml", "<a/>").write(dir.resolve("defaults.zip"));
        return BoundedZip.open(file, ReadLimits.defaults(), new Deadline(Duration.ofSeconds(30)));
    }

    @Test
    void aCursorReadsAheadAsFarAfterALongTagOnItsThreadAsFirst() throws Exception {
        byte[] doc = sheet().getBytes(StandardCharsets.UTF_8);
        long first = onAFreshThread(() -> {
            try (BoundedZip zip = defaultZip()) {
                return readAhead(zip, doc);
            }
        });
        long after = onAFreshThread(() -> {
            try (BoundedZip zip = defaultZip()) {
                readALongTag(zip);
                return readAhead(zip, doc);
            }
        });
        assertEquals(first, after, "bytes inflated ahead of the caller");
    }

    @Test
    void aSheetReadAfterAnotherFileWithALongTagMeetsTheSameCaps() throws Exception {
        Path file = new RawPackage().put("xl/worksheets/sheet1.xml", sheet()).write(dir.resolve("tail.zip"));
        ReadLimits d = ReadLimits.defaults();
        // a grace above what the reader inflates before it stops (its 16 KB buffer), a ratio any part exceeds past it
        ReadLimits tight = new ReadLimits(d.maxFileBytes(), d.maxZipEntries(), d.maxEntryBytes(), d.maxTotalBytes(),
                1.5, 24 * 1024, Duration.ofSeconds(30), d.maxMetadataRows(), d.content());
        Callable<String> readSheet = () -> {
            try (BoundedZip zip = BoundedZip.open(file, tight, new Deadline(Duration.ofSeconds(30)))) {
                Map<Long, SheetCells.CellData> cells = SheetCells.read(zip, "xl/worksheets/sheet1.xml",
                        Set.of(new CellAddress(0, 0).key()), 0, new Deadline(Duration.ofSeconds(30)));
                return "cells " + cells.keySet();
            } catch (ReadFailure f) {
                return "failure " + f.problem();
            }
        };
        String first = onAFreshThread(readSheet);
        assertEquals("cells [0]", first);
        String after = onAFreshThread(() -> {
            try (BoundedZip zip = defaultZip()) {
                readALongTag(zip);
            }
            return readSheet.call();
        });
        assertEquals(first, after);
    }
}
