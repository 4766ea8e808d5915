package it.peg.readback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A part inflated from the file's bytes ({@link RawEntries}) gives what ZipFile's stream gives, bytes and failure
 * alike, on every entry of the test workbooks and the hostile corpus and on seeded mutations of them; and whatever is
 * not a plain zip is left to ZipFile.
 */
class RawEntriesTest {
    @TempDir
    Path dir;

    /**
     * What reading an entry gave: its bytes until it ended or failed, the failure, and where each read ended: a parser
     * reads ahead as far as its buffer and the stream's reads take it, so a read that ends elsewhere than ZipFile's
     * makes it inflate a part's tail (and meet its corruption, its caps) where ZipFile's reading stopped short.
     */
    private static String outcome(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder reads = new StringBuilder();
        String failure = "";
        try (in) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf, 0, buf.length)) >= 0) {
                out.write(buf, 0, n);
                reads.append(n).append(',');
            }
        } catch (IOException | RuntimeException e) {
            failure = e.getClass().getName() + ": " + e.getMessage();
        }
        return it.peg.io.Sha256.hex(out.toByteArray()) + " " + out.size() + " " + failure + " reads "
                + it.peg.io.Sha256.hex(reads.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Entries of {@code file} compared both ways: how many were read from its bytes (-1: not a zip ZipFile opens). */
    private static int compare(Path file, String label) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notAZip) {
            return -1;
        }
        int raw = 0;
        try (zip) {
            Optional<RawEntries> entries = RawEntries.of(bytes, bytes.length, zip);
            if (entries.isEmpty()) {
                return 0;
            }
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || e.getSize() > 20_000_000) {
                    continue;
                }
                Optional<InputStream> inMemory = entries.get().open(e);
                if (inMemory.isEmpty()) {
                    continue;
                }
                raw++;
                String expected;
                try {
                    expected = outcome(zip.getInputStream(e));
                } catch (IOException | RuntimeException fails) {
                    expected = "open: " + fails;
                }
                assertEquals(expected, outcome(inMemory.get()), label + " " + e.getName());
            }
        }
        return raw;
    }

    private static List<Path> testFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        // the full corpus found as CorpusIT finds it (peg.corpus / PEG_CORPUS, else shared/ beside the project); its
        // committed subset is already under src/test/resources, and is not counted twice
        Path corpus = CorpusIT.corpus();
        assertTrue(!corpus.equals(CorpusIT.COMMITTED.toAbsolutePath()), "the full corpus is needed (the shared folder"
                + " beside the project, or PEG_CORPUS): only the committed subset was found");
        for (Path root : List.of(Paths.get("src/test/resources"), corpus)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(p -> p.toString().matches("(?i).*\\.(xlsx|xlsm|xltx|zip|ods|docx)$"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyEntryOfTheTestFilesInflatesAsZipFileInflatesIt() throws IOException {
        int raw = 0;
        int zips = 0;
        for (Path f : testFiles()) {
            int n = compare(f, f.toString());
            raw += Math.max(0, n);
            zips += n > 0 ? 1 : 0;
        }
        assertTrue(raw > 1000 && zips > 100, raw + " entries of " + zips + " files read from their bytes");
    }

    @Test
    void mutatedFilesInflateAsZipFileInflatesThem() throws IOException {
        Random random = new Random(26);
        List<Path> sources = testFiles().stream().filter(p -> p.toString().startsWith("src/test/resources"))
                .limit(40).toList();
        int raw = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] bytes = Files.readAllBytes(sources.get(random.nextInt(sources.size())));
            int flips = 1 + random.nextInt(3);
            for (int k = 0; k < flips; k++) {
                // mostly near the end (central directory, last entries) and in the data
                int at = random.nextBoolean() ? bytes.length - 1 - random.nextInt(Math.min(bytes.length, 600))
                        : random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
            }
            Path f = dir.resolve("m" + i + ".xlsx");
            Files.write(f, bytes);
            raw += Math.max(0, compare(f, "mutation " + i));
            Files.delete(f);
        }
        assertTrue(raw > 1000, raw + " entries read from their bytes");
    }

    @Test
    void whatIsNotAPlainZipIsLeftToZipFile() throws IOException {
        Path plain = new RawPackage().put("a.xml", "<a>" + "x".repeat(5000) + "</a>").write(dir.resolve("p.xlsx"));
        byte[] bytes = Files.readAllBytes(plain);
        try (ZipFile zip = new ZipFile(plain.toFile())) {
            assertTrue(RawEntries.of(bytes, bytes.length, zip).isPresent(), "a plain zip");
            ZipEntry a = zip.getEntry("a.xml");
            // the local header's signature broken: ZipFile's to say
            byte[] badLocal = bytes.clone();
            int loc = indexOf(bytes, "PK\u0003\u0004".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
            badLocal[loc] = 'X';
            assertTrue(RawEntries.of(badLocal, badLocal.length, zip).orElseThrow().open(a).isEmpty());
        }
        // bytes before the first entry (a self-extracting stub): ZipFile reads such zips its own way
        byte[] prefixed = new byte[bytes.length + 100];
        System.arraycopy(bytes, 0, prefixed, 100, bytes.length);
        Path stub = dir.resolve("stub.zip");
        Files.write(stub, prefixed);
        try (ZipFile zip = new ZipFile(stub.toFile())) {
            assertTrue(RawEntries.of(prefixed, prefixed.length, zip).isEmpty());
        } catch (IOException notOpened) {
            // this JDK refuses it: nothing to compare
        }
        // a comment longer than the file: not plain
        byte[] comment = bytes.clone();
        comment[comment.length - 2] = 5;
        try (ZipFile zip = new ZipFile(plain.toFile())) {
            assertTrue(RawEntries.of(comment, comment.length, zip).isEmpty());
        }
    }

    /**
     * ZipFile feeds its inflater the compressed bytes in chunks the size the central directory declares the part
     * inflates to, plus 2 (8 KB past 64 KB): a part declaring a size smaller than it inflates to, or longer than 64 KB,
     * is read in shorter reads than a buffer's length. Read from the file's bytes in one chunk, a scheda whose Scheda
     * sheet declares size 0 and whose deflate data is corrupt 2,000 bytes after its sheetData was refused as
     * ZIP_CORROTTO, where ZipFile's short reads let the sheet's reader stop before the corruption and accept it.
     */
    @Test
    void eachReadEndsWhereZipFileStreamsReadEnds() throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("<a>");
        while (text.length() < 150_000) {
            text.append("<c r=\"A").append(random.nextInt(100_000)).append("\"><v>").append(random.nextLong())
                    .append("</v></c>");
        }
        byte[] xml = text.append("</a>").toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int compared = 0;
        for (boolean corruptTail : new boolean[] {false, true}) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
            deflater.setInput(xml, 0, corruptTail ? 90_000 : xml.length);
            if (!corruptTail) {
                deflater.finish();
            }
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            int n;
            while ((n = deflater.deflate(chunk, 0, chunk.length, corruptTail ? java.util.zip.Deflater.FULL_FLUSH
                    : java.util.zip.Deflater.NO_FLUSH)) > 0 || !corruptTail && !deflater.finished()) {
                data.write(chunk, 0, n);
            }
            deflater.end();
            if (corruptTail) {
                data.write(new byte[] {7, 0, 0}); // a last block of the reserved type: "invalid block type"
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(xml);
            for (long declared : new long[] {0, 1, 100, 5_000, 65_533, 65_534, 65_535, 70_000, xml.length}) {
                Path f = dir.resolve("declared" + declared + corruptTail + ".zip");
                Files.write(f, oneEntryZip("xl/worksheets/sheet1.xml", data.toByteArray(), crc.getValue(), declared));
                assertEquals(1, compare(f, "declared " + declared + (corruptTail ? ", corrupt tail" : "")));
                compared++;
            }
        }
        assertEquals(18, compared);
    }

    /** A zip of one deflated entry, its compressed data and its declared CRC and size as given. */
    private static byte[] oneEntryZip(String name, byte[] data, long crc, long size) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(30 + n.length + data.length + 46 + n.length + 22)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putInt(0)
                .putInt((int) crc).putInt(data.length).putInt((int) size).putShort((short) n.length).putShort((short) 0)
                .put(n).put(data);
        int cen = b.position();
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                .putInt(0).putInt((int) crc).putInt(data.length).putInt((int) size).putShort((short) n.length)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0)
                .put(n);
        int cenLength = b.position() - cen;
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(cenLength).putInt(cen).putShort((short) 0);
        return b.array();
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        for (int i = from; i + what.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
