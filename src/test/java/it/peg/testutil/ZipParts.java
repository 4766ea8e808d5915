package it.peg.testutil;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A workbook's zip with one part's text edited, as a hand (or a broken program) would leave it. */
public final class ZipParts {
    private ZipParts() {
    }

    /** {@code zip} with the first {@code from} of its part {@code part} replaced by {@code to}; fails when absent. */
    public static byte[] rewritten(byte[] zip, String part, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf(from);
                    if (at < 0) {
                        throw new AssertionError(part + " has no " + from);
                    }
                    found = true;
                    data = (xml.substring(0, at) + to + xml.substring(at + from.length())).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        if (!found) {
            throw new AssertionError("no part " + part);
        }
        return out.toByteArray();
    }
}
