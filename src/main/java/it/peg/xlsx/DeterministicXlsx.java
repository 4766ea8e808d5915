package it.peg.xlsx;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
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
    public static final LocalDateTime EPOCH = PackageZip.EPOCH;

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

    /** Writes a worksheet's {@code <row>} elements as segments (see {@link DeflatedSegments}). */
    @FunctionalInterface
    public interface SegmentedWriter {
        void writeTo(it.peg.io.SegmentSink sink) throws IOException;
    }

    /**
     * Writes a package produced by {@code write} (e.g. an {@code SXSSFWorkbook}, whose rows are in temp files)
     * with fixed document dates and zip entry times: written to a temporary file, then re-zipped from its
     * central directory straight into {@code out} (left open). Used by the plan writer.
     */
    static void write(POIXMLDocument properties, it.peg.io.ContentWriter write, LocalDateTime documentDate,
                             OutputStream out) throws IOException {
        fixProperties(properties, documentDate);
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("peg-xlsx-", ".zip");
        try {
            try (OutputStream raw = java.nio.file.Files.newOutputStream(tmp)) {
                write.writeTo(raw);
            }
            // the central directory, not a ZipInputStream: SXSSF's entries carry sizes a stream reader rejects
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile());
                 ZipOutputStream zout = new ZipOutputStream(PackageZip.unclosable(out))) {
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
             ZipOutputStream zout = new ZipOutputStream(PackageZip.unclosable(out))) {
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
}
