package it.peg.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash-safe file replacement: write a temp file in the same directory, fsync it, rename it over the
 * target with ATOMIC_MOVE, fsync the directory. At any moment a reader (or a crash) sees either the whole
 * old file or the whole new one. Temp files are named {@code .<name>.tmp-<random>} so that
 * {@link #removeTemps} can clean what a killed run left behind.
 */
public final class AtomicFiles {
    /** Marks the temp files {@link #removeTemps} cleans. */
    public static final String TEMP_MARK = ".tmp-";
    /** Files' contents made durable in this JVM (tests count what a step fsyncs). */
    public static final java.util.concurrent.atomic.AtomicInteger FILE_FORCES =
            new java.util.concurrent.atomic.AtomicInteger();
    /** Folders' entries made durable in this JVM (tests count what a step fsyncs). */
    public static final java.util.concurrent.atomic.AtomicInteger DIRECTORY_FORCES =
            new java.util.concurrent.atomic.AtomicInteger();

    private AtomicFiles() {
    }

    /** A fresh temp path next to {@code target}. */
    public static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMP_MARK
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
    }

    /** Replaces {@code target} with {@code content} atomically and durably. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /**
     * @param durable when false the fsyncs are skipped (for derivable data such as the cache: a torn file
     *                after a power loss is detected and rebuilt); the rename stays atomic
     */
    public static void write(Path target, byte[] content, boolean durable) throws IOException {
        write(target, out -> out.write(content), durable);
    }

    /**
     * Replaces {@code target} atomically and durably with what {@code writer} streams: content too large to
     * hold in memory (a summary of 10,000 services) goes straight to the temp file.
     */
    public static void write(Path target, ContentWriter writer) throws IOException {
        write(target, writer, true);
    }

    private static void write(Path target, ContentWriter writer, boolean durable) throws IOException {
        Path temp = writeTemp(target, writer, durable, Optional.empty());
        try {
            moveAtomically(temp, target);
            if (durable) {
                fsyncDirectory(target.getParent());
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A fresh temp file next to {@code target} holding what {@code writer} streams, fsync'd, not yet in place: for
     * content rendered on another thread while the output before it is written; the caller puts it in place with
     * {@link #moveAtomically} and {@link #fsyncDirectory}, or deletes it.
     */
    public static Path writeTemp(Path target, ContentWriter writer) throws IOException {
        return writeTemp(target, writer, true, Optional.empty());
    }

    /**
     * A fresh temp file next to {@code target} holding what {@code writer} streams (fsync'd when durable,
     * its {@link OutputDigest} taken on the way when given); deleted again if writing fails.
     */
    private static Path writeTemp(Path target, ContentWriter writer, boolean durable,
                                  Optional<OutputDigest.Digesting> digest) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = tempFor(target);
        boolean done = false;
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream channel = java.nio.channels.Channels.newOutputStream(ch);
            // the digest sees the buffer's 64 KB writes, not each small write of the writer
            try (OutputStream out = new java.io.BufferedOutputStream(digest.<OutputStream>map(d -> d.into(channel))
                    .orElse(channel), 64 * 1024)) {
                writer.writeTo(out);
                out.flush();
                if (durable) {
                    FILE_FORCES.incrementAndGet();
                    ch.force(true);
                }
            }
            done = true;
            return temp;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Writes only when the bytes differ, so that a run with nothing new leaves the file (and its mtime)
     * untouched. Returns true when the file was replaced.
     */
    public static boolean replaceIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        write(target, content);
        return true;
    }

    /**
     * Content written to a temp file next to its target, not yet in place: {@link #commit} renames it over
     * the target (only when the bytes differ), {@link #close} deletes what was not committed. Staging every
     * output before committing any means a failure while rendering leaves all outputs as they were.
     */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final String digest;
        private final boolean changed;

        private Staged(Path target, Path temp, String digest, boolean changed) {
            this.target = target;
            this.temp = temp;
            this.digest = digest;
            this.changed = changed;
        }

        /** The {@link OutputDigest} of the staged content (not a SHA-256: see that class). */
        public String digest() {
            return digest;
        }

        /** The content differs from the target's (or there is no target yet). */
        public boolean changed() {
            return changed;
        }

        /** Puts the content in place, atomically and durably, when it changed; returns {@link #changed()}. */
        public boolean commit() throws IOException {
            boolean moved = moveInPlace();
            if (moved) {
                fsyncDirectory(target.getParent());
            }
            return moved;
        }

        /**
         * As {@link #commit}, the folder's fsync left to the caller, who puts several outputs of one folder in place
         * and makes their renames durable with one {@link #fsyncDirectory} before recording them.
         */
        public boolean moveInPlace() throws IOException {
            if (changed) {
                moveAtomically(temp, target);
            }
            return changed;
        }

        /** The target this content replaces. */
        public Path target() {
            return target;
        }

        /**
         * The same content staged for {@code copy} too (written from this temp and fsync'd), unless {@code copy} is a
         * regular file holding these bytes already: whether or not this content changes its own target, it is what
         * that target holds once committed, so the copy is of the target's bytes. Made on the thread that staged this
         * (a night's copies under the verifica's name, 21 MB at 2,000 services, were read and written one after the
         * other on the main thread once all three outputs were in place).
         */
        public Optional<Staged> stageCopy(Path copy) throws IOException {
            if (sameBytes(temp, copy)) {
                return Optional.empty();
            }
            return Optional.of(new Staged(copy, writeTemp(copy, out -> Files.copy(temp, out)), digest, true));
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Stages content too large to hold in memory (a summary of 10,000 services): written to a temp file while its
     * {@link OutputDigest} is taken, compared with the target by streaming, and fsync'd when it differs: content the
     * same as the target's is never put in place, so its temp is not made durable (a 1% night's CSV and Schede, 16 MB
     * at 2,000 services, were written to disk only to be deleted).
     */
    public static Staged stage(Path target, ContentWriter writer) throws IOException {
        OutputDigest.Digesting digest = new OutputDigest.Digesting();
        Path temp = writeTemp(target, writer, false, Optional.of(digest));
        boolean done = false;
        try {
            String sha = digest.digest();
            boolean same = sameBytes(temp, target);
            if (!same) {
                force(temp);
            }
            done = true;
            return new Staged(target, temp, sha, !same);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** {@code b} is a regular file (never followed through a link) holding the bytes of {@code a}. */
    static boolean sameBytes(Path a, Path b) throws IOException {
        // the sizes first: a file of another size is told without reading either
        return Files.isRegularFile(b, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(a) == Files.size(b)
                && Files.mismatch(a, b) == -1L;
    }

    /** fsync of a file written and closed earlier (every write to it, by any descriptor). */
    private static void force(Path file) throws IOException {
        FILE_FORCES.incrementAndGet();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** rename(2): atomic on POSIX file systems; replaces the target. */
    public static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("Il file system di " + to.getParent()
                    + " non consente la sostituzione atomica dei file: usare una cartella locale.", e);
        }
    }

    /** How many threads {@link #fsyncDirectories} waits on at once. */
    static final int DIRECTORY_SYNCS_AT_ONCE = 4;

    /**
     * {@link #fsyncDirectory} of each folder, several at once, every one done when this returns (the first failure
     * thrown then): the file system commits fsyncs that wait together in one journal commit, so 20 folders' fsyncs on
     * four threads took a fifth of the time of one after the other on this host's ext4 (h27-night-out in
     * docs/performance.md). Waiting on the disk, not computing: threads beyond the cores cost nothing.
     */
    public static void fsyncDirectories(java.util.Collection<Path> dirs) throws IOException {
        java.util.Map<Path, IOException> failed = fsyncEach(dirs, AtomicFiles::fsyncDirectory);
        if (!failed.isEmpty()) {
            throw failed.values().iterator().next();
        }
    }

    /** How a folder is made durable: {@link #fsyncDirectory}, or a test's stand-in that fails. */
    @FunctionalInterface
    public interface DirectorySync {
        void sync(Path dir) throws IOException;
    }

    /**
     * As {@link #fsyncDirectories}, each folder's failure returned instead of thrown (in {@code dirs}' order; empty when
     * every folder was made durable), so that a caller records what did become durable.
     */
    public static java.util.Map<Path, IOException> fsyncEach(java.util.Collection<Path> dirs, DirectorySync sync) {
        List<Path> all = List.copyOf(dirs);
        IOException[] failed = new IOException[all.size()];
        int threads = Math.min(DIRECTORY_SYNCS_AT_ONCE, all.size());
        Thread[] helpers = new Thread[Math.max(0, threads - 1)];
        for (int t = 1; t < threads; t++) {
            int from = t;
            helpers[t - 1] = new Thread(() -> syncEvery(all, from, threads, sync, failed), "peg-fsync-" + t);
            helpers[t - 1].setDaemon(true);
            try {
                helpers[t - 1].start();
            } catch (OutOfMemoryError e) {
                // no thread to be had: this one does those folders (a thread never started is joined at once)
                syncEvery(all, from, threads, sync, failed);
            }
        }
        syncEvery(all, 0, Math.max(1, threads), sync, failed);
        boolean interrupted = false;
        for (Thread h : helpers) {
            while (true) {
                try {
                    h.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // every fsync is waited for: none is left running after this returns
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        java.util.Map<Path, IOException> result = new java.util.LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (failed[i] != null) {
                result.put(all.get(i), failed[i]);
            }
        }
        return result;
    }

    /** The fsyncs of every {@code step}-th folder of {@code dirs} from {@code from}, each failure noted. */
    private static void syncEvery(List<Path> dirs, int from, int step, DirectorySync sync, IOException[] failed) {
        for (int i = from; i < dirs.size(); i += step) {
            try {
                sync.sync(dirs.get(i));
            } catch (IOException e) {
                failed[i] = e; // the others are still made durable
            } catch (RuntimeException | Error e) {
                // this folder's failure, not the thread's: a helper dying of it left its other folders unsynced
                // and the caller believing every folder durable
                failed[i] = new IOException("fsync di " + dirs.get(i) + " non riuscito", e);
            }
        }
    }

    /** Makes a rename durable: fsync of the directory entry (a no-op where the OS refuses it, e.g. Windows). */
    public static void fsyncDirectory(Path dir) throws IOException {
        DIRECTORY_FORCES.incrementAndGet();
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }

    /** Deletes temp files a killed run left in {@code dir} (call only while holding the run lock). */
    public static int removeTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && n.contains(TEMP_MARK) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        return removed;
    }
}
