package it.peg.xlsx;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import it.peg.io.SegmentIndex;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a workbook so that the same content always gives the same bytes: fixed core-property dates
 * and a re-zipped package whose entries keep POI's order but carry a constant timestamp (POI stamps
 * zip entries with the wall clock).
 */
public final class DeterministicXlsx {
    /** The constant used for created/modified dates and zip entry times. */
    public static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

    private DeterministicXlsx() {
    }

    /** Serialises the workbook deterministically, dated {@link #EPOCH}. */
    public static byte[] toBytes(XSSFWorkbook workbook) {
        return toBytes(workbook, EPOCH);
    }

    /**
     * Serialises the workbook deterministically, with {@code documentDate} (read as UTC) as its created and
     * modified dates: a document that belongs to a date (the summary of a verifica) carries that date.
     */
    public static byte[] toBytes(XSSFWorkbook workbook, LocalDateTime documentDate) {
        fixProperties(workbook, documentDate);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            workbook.write(raw);
            return normaliseZip(raw.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a large workbook deterministically to {@code out} in one pass: the workbook (its small parts, and
     * worksheets whose {@code sheetData} is empty) is serialised in memory, then re-zipped entry by entry,
     * and the rows of each worksheet named in {@code sheetData} are written by the caller straight into the
     * zip entry, after the rows POI holds for that sheet (none, for a sheet that is all streamed). Nothing grows
     * with the number of rows, nothing is deflated twice, no temporary file.
     *
     * @param sheetData the streamed rows of each worksheet, by zip entry name (e.g. {@code xl/worksheets/sheet2.xml})
     * @param level     deflate level of the output (see {@link java.util.zip.Deflater})
     */
    public static void write(POIXMLDocument workbook, LocalDateTime documentDate, Map<String, StreamedRows> sheetData,
                             int level, OutputStream out) throws IOException {
        write(workbook, documentDate, sheetData, Map.of(), level, out);
    }

    /**
     * As {@link #write(POIXMLDocument, LocalDateTime, Map, int, OutputStream)}, and the rows of each worksheet named
     * in {@code segmented} are written as keyed segments ({@link DeflatedSegments}): those an earlier file holds
     * under the same key are copied from it, not rendered again. The same content gives the same bytes either way.
     *
     * @return the segments of each segmented worksheet, by zip entry name, to be kept for the next run
     */
    public static Map<String, SegmentIndex> write(POIXMLDocument workbook, LocalDateTime documentDate,
                                                  Map<String, StreamedRows> sheetData,
                                                  Map<String, SegmentedRows> segmented, int level, OutputStream out)
            throws IOException {
        fixProperties(workbook, documentDate);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        workbook.write(raw);
        Set<String> spliced = new HashSet<>();
        Map<String, SegmentIndex> indexes = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(unclosable(out))) {
            zout.setLevel(level);
            zout.setUseZip64(Zip64Mode.AsNeeded);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                StreamedRows rows = sheetData.get(name);
                SegmentedRows segments = segmented.get(name);
                if (segments != null) {
                    indexes.put(name, writeSegmented(name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            segments, level, zout));
                    spliced.add(name);
                    continue;
                }
                zout.putArchiveEntry(archiveEntry(name));
                if (rows == null) {
                    in.transferTo(zout);
                } else {
                    splice(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), rows, zout);
                    spliced.add(name);
                }
                zout.closeArchiveEntry();
            }
            zout.finish();
        }
        Set<String> expected = new HashSet<>(sheetData.keySet());
        expected.addAll(segmented.keySet());
        if (!spliced.equals(expected)) {
            throw new IllegalStateException("worksheets not in the package: " + expected);
        }
        return indexes;
    }

    /**
     * A worksheet's rows written by the caller as keyed segments (see {@link it.peg.io.SegmentSink}), copied from
     * {@code earlier} where their key is unchanged.
     *
     * @param dimension the used range, e.g. {@code A1:V54001}; "" keeps what POI wrote
     * @param scratch   where the entry's deflate data waits until its CRC is known (see {@link DeflatedSegments})
     */
    public record SegmentedRows(String dimension, SegmentedWriter writer, Optional<SegmentIndex.Earlier> earlier,
                                Optional<java.nio.file.Path> scratch) {
        public SegmentedRows {
            java.util.Objects.requireNonNull(scratch, "scratch");
            java.util.Objects.requireNonNull(dimension, "dimension");
            java.util.Objects.requireNonNull(writer, "writer");
            java.util.Objects.requireNonNull(earlier, "earlier");
        }
    }

    /** Writes a worksheet's {@code <row>} elements as segments. */
    @FunctionalInterface
    public interface SegmentedWriter {
        void writeTo(it.peg.io.SegmentSink sink) throws IOException;
    }

    private static final String HEAD_KEY = "\u0000head";
    private static final String TAIL_KEY = "\u0000tail";

    private static SegmentIndex writeSegmented(String name, String xml, SegmentedRows rows, int level,
                                               ZipArchiveOutputStream zout) throws IOException {
        Splice parts = split(name, xml, rows.dimension());
        try (DeflatedSegments segments = new DeflatedSegments(name, level, rows.earlier(), rows.scratch())) {
            segments.out().write(parts.before().getBytes(StandardCharsets.UTF_8));
            segments.end(HEAD_KEY);
            rows.writer().writeTo(segments);
            segments.out().write((SHEET_DATA_END + parts.after()).getBytes(StandardCharsets.UTF_8));
            segments.end(TAIL_KEY);
            DeflatedSegments.Result result = segments.finish();
            ZipArchiveEntry entry = segments.entry(result);
            entry.setTime(epochMillis());
            try (InputStream data = segments.openRaw()) {
                zout.addRawArchiveEntry(entry, data);
            }
            return result.index();
        }
    }

    private static ZipArchiveEntry archiveEntry(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setTime(epochMillis());
        return e;
    }

    /**
     * {@link #EPOCH} as the local time of this machine, as java.util.zip's {@code setTimeLocal} gives it: the DOS
     * time fields say 2000-01-01 00:00 in every time zone.
     */
    private static long epochMillis() {
        return EPOCH.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /**
     * Rows streamed into a worksheet and the sheet's used range, which the part states before its rows (POI
     * cannot compute it from rows it never held).
     *
     * @param dimension the used range, e.g. {@code A1:V54001}; "" keeps what POI wrote
     * @param writer    writes the worksheet's {@code <row>} elements
     */
    public record StreamedRows(String dimension, it.peg.io.ContentWriter writer) {
        public StreamedRows {
            java.util.Objects.requireNonNull(dimension, "dimension");
            java.util.Objects.requireNonNull(writer, "writer");
        }
    }

    private static final String EMPTY_SHEET_DATA = "<sheetData/>";
    private static final String SHEET_DATA_END = "</sheetData>";
    private static final java.util.regex.Pattern DIMENSION = java.util.regex.Pattern.compile("<dimension ref=\"[^\"]*\"/>");

    /** A worksheet's XML around its rows: up to and including {@code <sheetData>}, and after {@code </sheetData>}. */
    private record Splice(String before, String after) {
    }

    private static Splice split(String name, String xml, String dimension) {
        int at = single(name, xml, EMPTY_SHEET_DATA);
        int resume;
        String before;
        if (at >= 0) {
            before = xml.substring(0, at) + "<sheetData>";
            resume = at + EMPTY_SHEET_DATA.length();
        } else {
            at = single(name, xml, SHEET_DATA_END);
            if (at < 0) {
                throw new IllegalStateException(name + " has no sheetData to fill");
            }
            before = xml.substring(0, at);
            resume = at + SHEET_DATA_END.length();
        }
        if (!dimension.isEmpty()) {
            java.util.regex.Matcher m = DIMENSION.matcher(before);
            if (!m.find()) {
                throw new IllegalStateException(name + " has no dimension to set");
            }
            before = m.replaceFirst("<dimension ref=\"" + dimension + "\"/>");
        }
        return new Splice(before, xml.substring(resume));
    }

    private static void splice(String name, String xml, StreamedRows rows, OutputStream out) throws IOException {
        Splice parts = split(name, xml, rows.dimension());
        out.write(parts.before().getBytes(StandardCharsets.UTF_8));
        rows.writer().writeTo(out);
        out.write(SHEET_DATA_END.getBytes(StandardCharsets.US_ASCII));
        out.write(parts.after().getBytes(StandardCharsets.UTF_8));
    }

    /** Where {@code token} is, -1 when absent; a token found twice is a package this splice cannot trust. */
    private static int single(String name, String xml, String token) {
        int at = xml.indexOf(token);
        if (at >= 0 && xml.indexOf(token, at + 1) >= 0) {
            throw new IllegalStateException(name + " has " + token + " twice");
        }
        return at;
    }

    /**
     * Writes a package produced by {@code write} (e.g. an {@code SXSSFWorkbook}, whose rows are in temp files)
     * with fixed document dates and zip entry times: written to a temporary file, then re-zipped from its
     * central directory straight into {@code out} (left open). Used by the plan writer.
     */
    public static void write(POIXMLDocument properties, it.peg.io.ContentWriter write, LocalDateTime documentDate,
                             OutputStream out) throws IOException {
        fixProperties(properties, documentDate);
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("peg-xlsx-", ".zip");
        try {
            try (OutputStream raw = java.nio.file.Files.newOutputStream(tmp)) {
                write.writeTo(raw);
            }
            // the central directory, not a ZipInputStream: SXSSF's entries carry sizes a stream reader rejects
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile());
                 ZipOutputStream zout = new ZipOutputStream(unclosable(out))) {
                zout.setLevel(6);
                java.util.Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    try (InputStream in = zip.getInputStream(entry)) {
                        copy(entry, in, zout);
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    private static void fixProperties(POIXMLDocument workbook, LocalDateTime documentDate) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date fixed = Date.from(documentDate.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator("peg");
        core.setLastModifiedByUser("peg");
    }

    /** Rewrites a zip with the same entries in the same order and a constant entry time. */
    public static byte[] normaliseZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        normaliseZip(new ByteArrayInputStream(zip), out);
        return out.toByteArray();
    }

    /** Streams a zip to {@code out} with the same entries in the same order and a constant entry time. */
    public static void normaliseZip(InputStream zip, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip);
             ZipOutputStream zout = new ZipOutputStream(unclosable(out))) {
            zout.setLevel(6);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy(entry, in, zout);
            }
        }
    }

    private static void copy(ZipEntry entry, InputStream in, ZipOutputStream zout) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(EPOCH);
        zout.putNextEntry(copy);
        in.transferTo(zout);
        zout.closeEntry();
    }

    /** The caller owns {@code out}: closing the zip finishes it and leaves the stream open. */
    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
