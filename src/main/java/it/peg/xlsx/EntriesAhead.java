package it.peg.xlsx;

import it.peg.io.ContentWriter;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;

/**
 * Zip entries rendered and deflated ahead, one after the other on a thread of their own, each into a temp file,
 * while the caller writes the others; each is then added to the zip as it is (raw). On two cores the summary's
 * row sheets are made while the caller lays out its segmented Indicatori rows, instead of after them. The bytes
 * of an entry depend only on its content (a fresh deflater, fixed buffer sizes), never on the scheduling.
 */
final class EntriesAhead implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final int level;
    private final Optional<Path> scratch;
    private final ExecutorService worker;
    private final Map<String, Future<Rendered>> pending = new LinkedHashMap<>();
    private final List<Path> files = new CopyOnWriteArrayList<>();

    private record Rendered(Path file, int crc, long plainLength, long rawLength) {
    }

    /**
     * @param scratch the folder of the temp files (named as {@link it.peg.io.AtomicFiles#tempFor} names them, so that
     *                whoever cleans that folder of a killed run's temp files cleans these too); empty: the system's
     */
    EntriesAhead(int level, Optional<Path> scratch) {
        this.level = level;
        this.scratch = scratch;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "peg-entries-ahead");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts rendering entry {@code name}: what {@code content} writes, deflated. */
    void start(String name, ContentWriter content) {
        pending.put(name, worker.submit(() -> render(content)));
    }

    boolean has(String name) {
        return pending.containsKey(name);
    }

    /** Adds entry {@code name} to {@code zout} once rendered (waiting for it), stamped {@code time}. */
    void addTo(String name, long time, ZipArchiveOutputStream zout) throws IOException {
        Rendered r = await(pending.get(name));
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        e.setCrc(r.crc() & 0xFFFFFFFFL);
        e.setSize(r.plainLength());
        e.setCompressedSize(r.rawLength());
        e.setTime(time);
        try (InputStream raw = Files.newInputStream(r.file())) {
            zout.addRawArchiveEntry(e, raw);
        }
        Files.deleteIfExists(r.file());
    }

    private Rendered render(ContentWriter content) throws IOException {
        Path file = scratch.isPresent()
                ? Files.createFile(it.peg.io.AtomicFiles.tempFor(scratch.get().resolve("foglio.deflate")))
                : Files.createTempFile("peg-entry-", ".deflate");
        files.add(file);
        Deflater deflater = new Deflater(level, true);
        try {
            Plain plain;
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
                 DeflaterOutputStream deflated = new DeflaterOutputStream(raw, deflater, BUFFER)) {
                plain = new Plain(deflated);
                content.writeTo(plain);
                plain.flush();
            }
            return new Rendered(file, (int) plain.crc.getValue(), plain.length, Files.size(file));
        } finally {
            deflater.end();
        }
    }

    /** Counts and checksums what passes to the deflater. */
    private static final class Plain extends FilterOutputStream {
        final CRC32 crc = new CRC32();
        long length;

        Plain(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            crc.update(b);
            length++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            crc.update(b, off, len);
            length += len;
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the caller closes the deflater's stream
        }
    }

    private static Rendered await(Future<Rendered> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while rendering an entry ahead");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** Stops what is still rendering (the write failed) and deletes every temp file. */
    @Override
    public void close() throws IOException {
        pending.values().forEach(f -> f.cancel(true));
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("rendering entries ahead did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the entries rendered ahead");
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
