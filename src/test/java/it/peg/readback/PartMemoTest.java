package it.peg.readback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parts shared by many files are parsed once, but never confused with a different part of equal CRC and size. */
class PartMemoTest {
    @TempDir
    Path dir;

    private final XlsxReturnedWorkbookReader reader = new XlsxReturnedWorkbookReader();

    private static final String DATA = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c></row>";
    private static final String NAMES = "<definedName name=\"VALORE\">Foglio!$A$1</definedName>";

    /** Style 1 shows numFmtId {@code fmt}: 14 is a date, 10 is a percentage (same length: same part size). */
    private static String styles(int fmt) {
        return "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"" + fmt + "\" applyNumberFormat=\"1\"/></cellXfs>";
    }

    private Path workbook(String name, int fmt) throws Exception {
        return RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {DATA, RawPackage.META_ROWS}, NAMES, null, styles(fmt)).write(dir.resolve(name));
    }

    private boolean readsAsDate(Path file) {
        return reader.read(file).workbook().orElseThrow().cell("VALORE").orElseThrow().dateFormatted();
    }

    @Test
    void identicalPartsFromManyFilesReadAlikeAndDifferentOnesDiffer() throws Exception {
        assertTrue(readsAsDate(workbook("a.xlsx", 14)));
        assertTrue(readsAsDate(workbook("b.xlsx", 14)), "the memo's answer for the same styles");
        assertFalse(readsAsDate(workbook("c.xlsx", 10)), "other styles: parsed, not taken from the memo");
        assertTrue(readsAsDate(workbook("a.xlsx", 14)));
    }

    /** A styles part with the same name, size and CRC-32 as one already seen, but other bytes, is parsed anew. */
    @Test
    void aForgedCrcCollisionIsAMissNotAWrongAnswer() throws Exception {
        Path date = workbook("date.xlsx", 14);
        Path percent = workbook("percent.xlsx", 10);
        long dateCrc = crc(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawPackage.MAIN_NS + "\">"
                + styles(14) + "</styleSheet>").getBytes(StandardCharsets.UTF_8));
        long percentCrc = crc(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawPackage.MAIN_NS + "\">"
                + styles(10) + "</styleSheet>").getBytes(StandardCharsets.UTF_8));
        // the zip's local header and central directory now claim the date styles' CRC for the percent styles
        byte[] zip = Files.readAllBytes(percent);
        int replaced = replaceAll(zip, le(percentCrc), le(dateCrc));
        assertEquals(2, replaced, "CRC found in the local header and in the central directory");
        Files.write(percent, zip);

        assertTrue(readsAsDate(date));
        assertFalse(readsAsDate(percent), "same name, size and CRC, other bytes: never the memo's answer");
    }

    /** A part whose zip entry declares a small size but inflates beyond the cap is streamed, never held or memoised. */
    @Test
    void aPartLargerThanItsDeclaredSizeIsStreamedNotMemoised() throws Exception {
        String padding = " ".repeat(PartMemo.MAX_PART_BYTES + 10);
        Path file = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {DATA, RawPackage.META_ROWS}, NAMES, null, styles(14) + padding).write(dir.resolve("big.xlsx"));
        byte[] zip = Files.readAllBytes(file);
        byte[] name = "xl/styles.xml".getBytes(StandardCharsets.US_ASCII);
        int patched = 0;
        for (int i = 46; i + name.length <= zip.length; i++) {
            boolean central = zip[i - 46] == 'P' && zip[i - 45] == 'K' && zip[i - 44] == 1 && zip[i - 43] == 2;
            if (central && java.util.Arrays.equals(zip, i, i + name.length, name, 0, name.length)) {
                System.arraycopy(le(100), 0, zip, i - 46 + 24, 4); // the central directory's uncompressed size
                patched++;
            }
        }
        assertEquals(1, patched);
        Files.write(file, zip);

        PartMemo<String> memo = new PartMemo<>();
        ReadLimits limits = ReadLimits.defaults();
        try (BoundedZip z = BoundedZip.open(file, limits, new Deadline(limits.timeBudget()))) {
            assertEquals(100, z.entry("xl/styles.xml").orElseThrow().getSize(), "the zip lies about the size");
            assertEquals("styleSheet", memo.get(z, "xl/styles.xml", xml -> {
                xml.orElseThrow().nextStart();
                return xml.get().local();
            }));
        }
        assertEquals(0, memo.size(), "nothing beyond the cap is kept");
        assertTrue(readsAsDate(file), "and the workbook reads as before");
    }

    /**
     * A part with the compressed bytes of one read before is not inflated again (the parser is not called), and its
     * inflated length still counts toward the package's total: past the cap, the file is refused as when it was read.
     */
    @Test
    void aPartOfCompressedBytesSeenBeforeIsNotInflatedButCounted() throws Exception {
        // styles longer than every other part of the package
        String padded = styles(14) + " ".repeat(3000);
        Path a = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {DATA, RawPackage.META_ROWS}, NAMES, null, padded).write(dir.resolve("a.xlsx"));
        Path b = RawPackage.workbook(RawPackage.XLSX_MAIN, "", new String[] {"Foglio", "_peg"},
                new String[] {DATA, RawPackage.META_ROWS}, NAMES, null, padded).write(dir.resolve("b.xlsx"));
        PartMemo<String> memo = new PartMemo<>();
        int[] parsed = {0};
        PartMemo.Parser<String> parser = xml -> {
            parsed[0]++;
            xml.orElseThrow().nextStart();
            return xml.get().local();
        };
        ReadLimits limits = ReadLimits.defaults();
        long stylesLength;
        try (BoundedZip z = BoundedZip.open(a, WholeFile.read(a), limits, new Deadline(limits.timeBudget()))) {
            assertEquals("styleSheet", memo.get(z, "xl/styles.xml", parser));
            stylesLength = z.entry("xl/styles.xml").orElseThrow().getSize();
        }
        try (BoundedZip z = BoundedZip.open(b, WholeFile.read(b), limits, new Deadline(limits.timeBudget()))) {
            assertEquals("styleSheet", memo.get(z, "xl/styles.xml", parser));
        }
        assertEquals(1, parsed[0], "the second file's styles taken by their compressed bytes");
        assertEquals(1, memo.deflatedSize());

        // the total cap at what the entries declare: every other part read, and the smallest once more, leave less
        // than the styles' length: refused, memo or not; without the second reading, the styles fit exactly
        long declared = 0;
        java.util.List<String> others = new java.util.ArrayList<>();
        String smallest = null;
        long smallestLength = Long.MAX_VALUE;
        try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(b.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zf.entries())) {
                declared += e.getSize();
                if (!e.getName().equals("xl/styles.xml")) {
                    others.add(e.getName());
                    if (e.getSize() > 0 && e.getSize() < smallestLength) {
                        smallest = e.getName();
                        smallestLength = e.getSize();
                    }
                }
            }
        }
        assertTrue(smallestLength <= stylesLength);
        ReadLimits tight = new ReadLimits(limits.maxFileBytes(), limits.maxZipEntries(), limits.maxEntryBytes(),
                declared, limits.maxInflateRatio(), limits.ratioGraceBytes(), limits.timeBudget(),
                limits.maxMetadataRows());
        for (boolean smallestTwice : new boolean[] {true, false}) {
            try (BoundedZip z = BoundedZip.open(b, WholeFile.read(b), tight, new Deadline(tight.timeBudget()))) {
                for (String part : others) {
                    readAll(z, part);
                }
                if (smallestTwice) {
                    readAll(z, smallest);
                    ReadFailure f = org.junit.jupiter.api.Assertions.assertThrows(ReadFailure.class,
                            () -> memo.get(z, "xl/styles.xml", parser));
                    assertEquals(ReadProblem.ZIP_SOSPETTO, f.problem());
                } else {
                    assertEquals("styleSheet", memo.get(z, "xl/styles.xml", parser));
                }
            }
        }
        assertEquals(1, parsed[0]);
    }

    private static void readAll(BoundedZip z, String part) throws Exception {
        try (java.io.InputStream in = z.open(part).orElseThrow()) {
            in.readAllBytes();
        }
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    private static byte[] le(long v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    private static int replaceAll(byte[] hay, byte[] from, byte[] to) {
        int n = 0;
        for (int i = 0; i + from.length <= hay.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) {
                match = hay[i + j] == from[j];
            }
            if (match) {
                System.arraycopy(to, 0, hay, i, to.length);
                n++;
            }
        }
        return n;
    }
}
