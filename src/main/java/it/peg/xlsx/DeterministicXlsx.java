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
        fixProperties(workbook, documentDate);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        workbook.write(raw);
        Set<String> spliced = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             ZipOutputStream zout = new ZipOutputStream(unclosable(out))) {
            zout.setLevel(level);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                StreamedRows rows = sheetData.get(entry.getName());
                if (rows == null) {
                    copy(entry, in, zout);
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(EPOCH);
                zout.putNextEntry(copy);
                splice(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8), rows, zout);
                zout.closeEntry();
                spliced.add(entry.getName());
            }
        }
        if (!spliced.equals(sheetData.keySet())) {
            throw new IllegalStateException("worksheets not in the package: " + sheetData.keySet());
        }
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

    private static void splice(String name, String xml, StreamedRows rows, OutputStream out) throws IOException {
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
        if (!rows.dimension().isEmpty()) {
            java.util.regex.Matcher m = DIMENSION.matcher(before);
            if (!m.find()) {
                throw new IllegalStateException(name + " has no dimension to set");
            }
            before = m.replaceFirst("<dimension ref=\"" + rows.dimension() + "\"/>");
        }
        out.write(before.getBytes(StandardCharsets.UTF_8));
        rows.writer().writeTo(out);
        out.write(SHEET_DATA_END.getBytes(StandardCharsets.US_ASCII));
        out.write(xml.substring(resume).getBytes(StandardCharsets.UTF_8));
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
