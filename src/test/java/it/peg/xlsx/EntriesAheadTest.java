package it.peg.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntriesAheadTest {
    @TempDir
    Path scratch;

    private static byte[] content(long seed, int size) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < size) {
            sb.append("<row r=\"").append(random.nextInt(100_000)).append("\"><c><v>").append(random.nextInt(1000))
                    .append("</v></c></row>");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] zipOf(byte[] first, byte[] second) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (EntriesAhead ahead = new EntriesAhead(2, Optional.of(scratch));
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(zip)) {
            ahead.start("a.xml", out -> out.write(first));
            ahead.start("b.xml", out -> {
                for (int i = 0; i < second.length; i += 1000) {
                    out.write(second, i, Math.min(1000, second.length - i));
                }
            });
            ahead.addTo("a.xml", 0L, zout);
            ahead.addTo("b.xml", 0L, zout);
        }
        return zip.toByteArray();
    }

    @Test
    void entriesReadBackAsWrittenTheSameBytesEveryTimeAndNoTempFileStays() throws Exception {
        byte[] first = content(1, 300_000);
        byte[] second = content(2, 2_000_000);
        byte[] zip = zipOf(first, second);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e = in.getNextEntry();
            assertEquals("a.xml", e.getName());
            assertArrayEquals(first, in.readAllBytes());
            e = in.getNextEntry();
            assertEquals("b.xml", e.getName());
            assertArrayEquals(second, in.readAllBytes());
        }
        assertArrayEquals(zip, zipOf(first, second), "the same content, the same bytes");
        assertNoTempFiles();
    }

    @Test
    void aFailingEntryFailsTheWriteAndLeavesNoTempFile() throws Exception {
        IOException e = assertThrows(IOException.class, () -> {
            try (EntriesAhead ahead = new EntriesAhead(2, Optional.of(scratch));
                 ZipArchiveOutputStream zout = new ZipArchiveOutputStream(new ByteArrayOutputStream())) {
                ahead.start("a.xml", out -> {
                    out.write(content(3, 100_000));
                    throw new IOException("disco pieno");
                });
                ahead.addTo("a.xml", 0L, zout);
            }
        });
        assertTrue(e.getMessage().contains("disco pieno"), e.getMessage());
        assertNoTempFiles();
    }

    @Test
    void closingBeforeTheEntriesAreTakenStopsThemAndLeavesNoTempFile() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        try (EntriesAhead ahead = new EntriesAhead(2, Optional.of(scratch))) {
            ahead.start("a.xml", out -> {
                out.write(content(4, 10_000));
                started.countDown();
                try {
                    Thread.sleep(600_000); // a long sheet: the write failed elsewhere meanwhile
                } catch (InterruptedException stop) {
                    throw new InterruptedIOException("stopped");
                }
            });
            ahead.start("b.xml", out -> out.write(content(5, 10_000)));
            started.await();
        }
        assertNoTempFiles();
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(scratch)) {
            assertEquals(java.util.List.of(), files.toList());
        }
    }
}
