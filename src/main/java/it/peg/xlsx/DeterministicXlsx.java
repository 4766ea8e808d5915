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
     * zip entry, in place of the empty {@code <sheetData/>}. Nothing grows with the number of rows, nothing
     * is deflated twice, no temporary file.
     *
     * @param sheetData the rows' writer of each worksheet, by zip entry name (e.g. {@code xl/worksheets/sheet2.xml})
     * @param level     deflate level of the output (see {@link java.util.zip.Deflater})
     */
    public static void write(POIXMLDocument workbook, LocalDateTime documentDate, Map<String, RowsWriter> sheetData,
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
                RowsWriter rows = sheetData.get(entry.getName());
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

    /** Writes the rows of one worksheet's {@code sheetData} into an open stream (which it must not close). */
    @FunctionalInterface
    public interface RowsWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String EMPTY_SHEET_DATA = "<sheetData/>";

    private static void splice(String name, String xml, RowsWriter rows, OutputStream out) throws IOException {
        int at = xml.indexOf(EMPTY_SHEET_DATA);
        if (at < 0 || xml.indexOf(EMPTY_SHEET_DATA, at + 1) >= 0) {
            throw new IllegalStateException(name + " has no single empty <sheetData/> to fill");
        }
        out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write("<sheetData>".getBytes(StandardCharsets.US_ASCII));
        // the rows are made on this thread and deflated on another: on two cores the deflater, half the work,
        // no longer waits for the XML nor the XML for the deflater
        try (PipedDeflation piped = new PipedDeflation(out)) {
            rows.writeTo(piped);
        }
        out.write("</sheetData>".getBytes(StandardCharsets.US_ASCII));
        out.write(xml.substring(at + EMPTY_SHEET_DATA.length()).getBytes(StandardCharsets.UTF_8));
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
