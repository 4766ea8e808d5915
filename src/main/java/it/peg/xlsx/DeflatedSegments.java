package it.peg.xlsx;

import it.peg.io.Segment;
import it.peg.io.SegmentIndex;
import it.peg.io.SegmentSink;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * The content of one zip entry as raw deflate data made of independent segments: each rendered segment is
 * deflated on its own (a fresh dictionary, ended by a sync flush, no final block), so that any segment's bytes
 * can be copied into another entry's stream and still inflate to the same text; a final empty block closes the
 * stream. A segment whose key the earlier entry holds is copied from it (its bytes checked against their
 * CRC-32), not rendered and deflated again: a night that changed one service in a thousand copies the other
 * services' rows. The entry's CRC-32 is combined from the segments'.
 *
 * <p>Rendered segments are deflated on a thread of their own, in order, while the caller renders the next
 * (at most {@value #IN_FLIGHT} waiting). The raw data goes to a temporary file: a zip writer needs the CRC and
 * sizes of a pre-deflated entry before its bytes, and a 10,000-service Indicatori sheet is tens of MB.
 */
public final class DeflatedSegments implements SegmentSink, AutoCloseable {
    static final int IN_FLIGHT = 16;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeflatedSegments.class);
    /** A final deflate block with no data (fixed Huffman codes, end of block): ends the stream. */
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};

    private final String part;
    private final int level;
    /** Prefixed to every key stored or looked up: {@link #deflaterIdentity}. */
    private final String keyPrefix;
    /** The segment being rendered; its array is handed to the worker whole when the segment ends. */
    private final SegmentBuffer current = new SegmentBuffer();
    /** Arrays the worker has deflated, for the segments rendered next (at most {@value #IN_FLIGHT} + 1 exist). */
    private final java.util.concurrent.ConcurrentLinkedQueue<byte[]> spare =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final ExecutorService worker;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final Path spool;
    private final OutputStream spoolOut;
    private final EarlierEntry earlier;
    private volatile Throwable failure;
    private int copied;
    // written by the worker only, read after it has stopped
    private final List<Segment> segments = new ArrayList<>();
    private long rawLength;
    private long plainLength;
    private int crc;
    private boolean finished;
    private boolean keyed = true;

    /**
     * @param part    the zip entry being written (named in the index)
     * @param level   the deflate level of rendered segments
     * @param earlier the entry's segments in the file an earlier run wrote, if any
     * @param scratch the folder of the temporary file (named as {@link it.peg.io.AtomicFiles#tempFor} names them, so
     *                that whoever cleans that folder of a killed run's temp files cleans this one too); empty: the
     *                system's temp folder
     */
    public DeflatedSegments(String part, int level, Optional<SegmentIndex.Earlier> earlier, Optional<Path> scratch)
            throws IOException {
        this(part, level, earlier.map(SegmentIndex.Earlier::index),
                earlier.map(e -> EarlierPackage.at(e.file())).orElse(EarlierPackage.none()), true, scratch);
    }

    /**
     * As {@link #DeflatedSegments(String, int, Optional, Optional)}, the earlier file being {@code from}, opened once
     * for several entries (and closed by its owner): {@code index} describes this entry in it.
     */
    public DeflatedSegments(String part, int level, Optional<SegmentIndex> index, EarlierPackage from,
                            Optional<Path> scratch) throws IOException {
        this(part, level, index, from, false, scratch);
    }

    private DeflatedSegments(String part, int level, Optional<SegmentIndex> index, EarlierPackage from, boolean owns,
                             Optional<Path> scratch) throws IOException {
        this.part = part;
        this.level = level;
        this.keyPrefix = deflaterIdentity(level) + "\u0000";
        // the spool first, then the earlier file: a start that fails leaves neither open nor behind
        this.spool = scratch.isPresent()
                ? Files.createFile(it.peg.io.AtomicFiles.tempFor(scratch.get().resolve("righe.deflate")))
                : Files.createTempFile("peg-segments-", ".deflate");
        OutputStream spooled = null;
        try {
            spooled = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
            this.earlier = EarlierEntry.open(index, from, owns);
        } catch (IOException | RuntimeException | Error e) {
            try {
                if (owns) {
                    from.close();
                }
                if (spooled != null) {
                    spooled.close();
                }
                Files.deleteIfExists(spool);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        this.spoolOut = spooled;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "peg-deflate-segments");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public OutputStream out() {
        return current;
    }

    /**
     * No key is needed: nothing is copied (no earlier entry) and the index {@link #finish} returns is not kept; its
     * segments are then labelled, not keyed. The entry's bytes are the same either way.
     */
    public DeflatedSegments unkeyed() {
        this.keyed = false;
        return this;
    }

    @Override
    public boolean keyed() {
        return keyed;
    }

    @Override
    public boolean copy(String key) throws IOException {
        if (current.count > 0) {
            throw new IllegalStateException("a segment is open: end it before copying " + key);
        }
        String stored = keyPrefix + key; // storedKey's
        Optional<EarlierEntry.Copied> bytes = earlier.read(stored);
        if (bytes.isEmpty()) {
            return false;
        }
        pendingCopies.add(bytes.get());
        pendingBytes += bytes.get().raw().length;
        if (pendingBytes >= PENDING_BYTES) {
            submitCopies();
        }
        copied++;
        return true;
    }

    /**
     * Copied segments not yet handed to the worker: a run of them goes as one task (a night copies thousands of
     * segments; a hand-over each cost more than the copy), up to {@value #PENDING_BYTES} bytes held.
     */
    private final List<EarlierEntry.Copied> pendingCopies = new ArrayList<>();
    private long pendingBytes;
    private static final int PENDING_BYTES = 1 << 20;

    private void submitCopies() throws IOException {
        if (pendingCopies.isEmpty()) {
            return;
        }
        List<EarlierEntry.Copied> run = List.copyOf(pendingCopies);
        pendingCopies.clear();
        pendingBytes = 0;
        submit(() -> {
            for (EarlierEntry.Copied c : run) {
                Segment s = c.segment();
                append(s.key(), c.raw(), c.raw().length, s.plainLength(), s.plainCrc());
            }
        });
    }

    @Override
    public void end(String key) throws IOException {
        submitCopies();
        // the rendered array itself goes to the worker, and the next segment is rendered into a spare one: the
        // Indicatori part (51 MB of XML at 2,000 services) was copied out of the stream's array segment by segment
        byte[] plain = current.buf;
        int length = current.count;
        byte[] next = spare.poll();
        current.buf = next != null ? next : new byte[Math.max(1 << 16, length)];
        current.count = 0;
        submit(new Deflation(key, plain, length));
    }

    /** A segment's deflation, as a task of its own (not a lambda made per segment). */
    private final class Deflation implements Task {
        private final String key;
        private final byte[] plain;
        private final int length;

        Deflation(String key, byte[] plain, int length) {
            this.key = key;
            this.plain = plain;
            this.length = length;
        }

        @Override
        public void run() throws IOException {
            deflate(keyPrefix + key, plain, length);
            spare.offer(plain);
        }
    }


    /** The entry's raw data is complete: its CRC, sizes and segments. */
    public record Result(int crc, long plainLength, long rawLength, SegmentIndex index) {
    }

    public Result finish() throws IOException {
        if (current.count > 0) {
            throw new IllegalStateException("the last segment was not ended");
        }
        submitCopies();
        stopWorker();
        rethrow();
        spoolOut.write(FINAL_BLOCK);
        spoolOut.close();
        finished = true;
        long total = rawLength + FINAL_BLOCK.length;
        earlier.file().ifPresent(file -> LOG.info("{}: {} of {} segments copied from {}", part, copied,
                segments.size(), file));
        return new Result(crc, plainLength, total, new SegmentIndex(part, total, crc, segments));
    }

    /** The raw deflate data, once {@link #finish()}ed. */
    public InputStream openRaw() throws IOException {
        if (!finished) {
            throw new IllegalStateException("not finished");
        }
        return Files.newInputStream(spool);
    }

    /** A zip entry for the finished data, to add raw. */
    public ZipArchiveEntry entry(Result r) {
        ZipArchiveEntry e = new ZipArchiveEntry(part);
        e.setMethod(ZipEntry.DEFLATED);
        e.setCrc(r.crc() & 0xFFFFFFFFL);
        e.setSize(r.plainLength());
        e.setCompressedSize(r.rawLength());
        return e;
    }

    @Override
    public void close() throws IOException {
        try {
            stopWorker();
        } finally {
            try {
                spoolOut.close();
                earlier.close();
            } finally {
                Files.deleteIfExists(spool);
            }
        }
    }

    private interface Task {
        void run() throws IOException;
    }

    private void submit(Task task) throws IOException {
        rethrow();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating " + part);
        }
        worker.execute(() -> {
            try {
                if (failure == null) {
                    task.run();
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                inFlight.release();
            }
        });
    }

    private static final DeflaterProbe.Identities IDENTITIES = new DeflaterProbe.Identities(l -> {
        Deflater d = new Deflater(l, true);
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 14);
            byte[] probe = DeflaterProbe.bytes();
            syncFlushed(d, probe, probe.length, new byte[1 << 16], raw);
            byte[] bytes = raw.toByteArray();
            return "z" + l + "-" + bytes.length + "-" + Integer.toHexString(crc(bytes, bytes.length));
        } finally {
            d.end();
        }
    });

    /**
     * What this deflater makes of {@link DeflaterProbe}'s text at this level, sync-flushed as segments are, as a short
     * digest: a segment deflated another way is rendered again, so that the entry stays the one a full render writes.
     */
    /** A segment's key as the index of an entry deflated at {@code level} holds it (what {@link #copy} looks up). */
    public static String storedKey(int level, String key) {
        return deflaterIdentity(level) + "\u0000" + key;
    }

    static String deflaterIdentity(int level) {
        return IDENTITIES.at(level);
    }

    private Deflater deflater;
    private final byte[] deflated = new byte[1 << 16];
    private final ByteArrayOutputStream segmentRaw = new ByteArrayOutputStream(1 << 14);

    /** On the worker: one segment deflated with a fresh dictionary, ended on a byte boundary. */
    private void deflate(String key, byte[] plain, int length) throws IOException {
        if (deflater == null) {
            deflater = new Deflater(level, true);
        }
        deflater.reset();
        segmentRaw.reset();
        syncFlushed(deflater, plain, length, deflated, segmentRaw);
        byte[] raw = segmentRaw.toByteArray();
        append(key, raw, raw.length, length, crc(plain, length));
    }

    /** Deflates all of {@code plain} into {@code out}, ended by a sync flush (on a byte boundary, no final block). */
    private static void syncFlushed(Deflater d, byte[] plain, int length, byte[] buf, ByteArrayOutputStream out) {
        d.setInput(plain, 0, length);
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length || !d.needsInput());
    }

    static int crc(byte[] bytes, int length) {
        CRC32 c = new CRC32();
        c.update(bytes, 0, length);
        return (int) c.getValue();
    }

    /** On the worker: appends a segment's raw bytes and notes it. */
    private void append(String key, byte[] raw, int length, long plainLen, int plainCrc) throws IOException {
        spoolOut.write(raw, 0, length);
        segments.add(new Segment(key, rawLength, length, plainLen, plainCrc, crc(raw, length)));
        rawLength += length;
        crc = Crc32Combine.combine(crc, plainCrc, plainLen);
        plainLength += plainLen;
    }

    private void stopWorker() throws IOException {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IOException("deflating " + part + " did not end");
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating " + part);
        } finally {
            if (deflater != null) {
                deflater.end();
                deflater = null;
            }
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw new IOException("deflating " + part + " failed: " + io.getMessage(), io);
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }
}
