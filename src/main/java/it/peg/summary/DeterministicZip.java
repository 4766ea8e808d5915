package it.peg.summary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) with a fixed time on every entry: POI stamps entries with the current time,
 * which would make two runs over the same data differ.
 */
final class DeterministicZip {
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private DeterministicZip() {
    }

    static void normalize(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream zos = new ZipOutputStream(out);
        try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry in = zis.getNextEntry(); in != null; in = zis.getNextEntry()) {
                ZipEntry entry = new ZipEntry(in.getName());
                entry.setTimeLocal(FIXED);
                zos.putNextEntry(entry);
                zis.transferTo(zos);
                zos.closeEntry();
            }
        }
        zos.finish();
        zos.flush();
    }
}
