package it.peg.xlsx;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date fixed = Date.from(documentDate.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        core.setCreator("peg");
        core.setLastModifiedByUser("peg");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            workbook.write(raw);
            return normaliseZip(raw.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a zip with the same entries in the same order and a constant entry time. */
    public static byte[] normaliseZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            zout.setLevel(6);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(EPOCH);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
