package it.peg.merge;

import it.peg.io.Sha256;
import it.peg.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The content-addressed archive {@code work/archive/<first 2 hex>/<sha256>.<ext>}: every file ever received,
 * stored once per content, never overwritten. A file enters the archive by a copy into a temp file (the
 * source opened read-only), fsync, a second read of the copy to verify its hash, an atomic rename and an
 * fsync of the folder; a crash at any step leaves either nothing or a complete, verified file. A night storing several
 * files makes their folders' entries durable once for all ({@link Batch}) before the ledger lines that commit them.
 */
public final class Archive {
    public static final String DIR = "archive";

    private final Path root;
    /** Folders whose entry in the root this instance has made durable (one instance per run). */
    private final java.util.Set<String> rootSynced = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** How the batch's folders are made durable: {@link AtomicFiles#fsyncDirectory}, or a test's stand-in. */
    private final AtomicFiles.DirectorySync sync;

    public Archive(Path workDir) {
        this(workDir, AtomicFiles::fsyncDirectory);
    }

    /** As {@link #Archive(Path)}, folders made durable by {@code sync} (tests make one fail). */
    Archive(Path workDir, AtomicFiles.DirectorySync sync) {
        this.root = workDir.resolve(DIR);
        this.sync = sync;
    }

    /** The archive's folder, {@code work/archive}. */
    Path dir() {
        return root;
    }

    /** Where content {@code sha256} received as {@code name} is (or would be) stored. */
    public Path pathOf(String sha256, String name) {
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + extension(name));
    }

    /** The file's extension, lower case, made safe (".xlsx"); "" when none. */
    static String extension(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0 || dot == base.length() - 1) {
            return "";
        }
        String ext = base.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.length() > 10) {
            return "";
        }
        for (int i = 0; i < ext.length(); i++) {
            char c = ext.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return "";
            }
        }
        return "." + ext;
    }

    /** True when the archived copy exists; its content was verified when it was stored. */
    public boolean contains(String sha256, String name) {
        return contains(pathOf(sha256, name));
    }

    /** True when the archived copy at {@code copy} ({@link #pathOf}) exists. */
    public static boolean contains(Path copy) {
        return Files.isRegularFile(copy);
    }

    /** What {@link #store} did. */
    public record Stored(String sha256, long size, Path path, boolean created) {
    }

    /**
     * Copies {@code source} into the archive. The hash is the one of the bytes actually copied (if the office
     * is still writing the file, the copy is what counts, and its hash is verified on the copy).
     */
    public Stored store(Path source, String name) throws IOException {
        Stored stored = copyIn(source, name);
        if (!stored.created()) {
            return stored;
        }
        AtomicFiles.fsyncDirectory(stored.path().getParent());
        // the root's entries change only when one of its 256 folders is created: the root is made durable
        // once per folder and run (also covering a folder an interrupted run created without that fsync),
        // not once per file, which was a third of archiving
        if (rootSynced.add(stored.path().getParent().getFileName().toString())) {
            AtomicFiles.fsyncDirectory(root);
        }
        return stored;
    }

    /** A new batch of copies made durable together ({@link Batch#durable}). */
    Batch batch() {
        return new Batch();
    }

    /**
     * Several files stored in one night: each copied, fsync'd, verified and renamed in place as {@link #store} does,
     * then {@link #durable} fsyncs each folder they went into once, and the root once, instead of a folder's and the
     * root's fsync per file (a 1% night's 20 files were 40 of its 80 archiving fsyncs). Until {@code durable} returns
     * the copies may be lost by a crash: the ledger lines that commit them are written only after it (a copy in place
     * without its line is found and recorded by the next run, as after a crash before the line).
     */
    final class Batch {
        private final java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
        /** Folders whose copies may not be durable: their fsync, or the root's, failed in {@link #durable}. */
        private final java.util.Set<Path> notDurable = new java.util.HashSet<>();
        /** The archive's own folder was created by this batch: its entry in the work folder is made durable too. */
        private boolean rootCreated;

        /** As {@link Archive#store}, the folder's fsync left to {@link #durable}. */
        Stored store(Path source, String name) throws IOException {
            rootCreated |= !Files.isDirectory(root); // the first night: copyIn creates it
            Stored stored = copyIn(source, name);
            // also a copy found in place (another name's, or one an interrupted run renamed without the folder's fsync)
            folders.add(stored.path().getParent());
            return stored;
        }

        /**
         * Makes every copy of the batch durable: each folder's entries, then the root's (its folders), and the work
         * folder's when the root is new. On a failure every folder is still tried, {@link #isDurable} tells which
         * copies became durable (all but a failed folder's; none when the root's or the work folder's fsync failed),
         * and the first failure is thrown.
         */
        void durable() throws IOException {
            if (folders.isEmpty()) {
                return;
            }
            // several at once: one journal commit for those waiting together
            java.util.Map<Path, IOException> failed = AtomicFiles.fsyncEach(folders, sync);
            IOException first = failed.values().stream().findFirst().orElse(null);
            notDurable.addAll(failed.keySet());
            try {
                sync.sync(root);
                if (rootCreated) {
                    sync.sync(root.getParent()); // else a power loss could take the whole archive from its lines
                }
            } catch (IOException e) {
                notDurable.addAll(folders); // the folders' own entries may be lost: none of the copies is durable
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
            if (first != null) {
                throw first;
            }
            folders.clear();
            rootCreated = false;
        }

        /** Whether the copy {@code stored} (of this batch) is durable, once {@link #durable} returned or failed. */
        boolean isDurable(Stored stored) {
            return !notDurable.contains(stored.path().getParent());
        }
    }

    /** The copy in place, renamed but not yet made durable by its folder's fsync. */
    private Stored copyIn(Path source, String name) throws IOException {
        Files.createDirectories(root);
        Path temp = root.resolve("." + "incoming" + AtomicFiles.TEMP_MARK
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
        try {
            Sha256.Incremental md = new Sha256.Incremental(); // for C1, as the files' other digests
            long size = 0;
            try (InputStream in = Files.newInputStream(source, StandardOpenOption.READ);
                 FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    md.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    size += n;
                }
                out.flush();
                ch.force(true);
            }
            String sha = md.hex();
            String check = Sha256.ofFile(temp);
            if (!check.equals(sha)) {
                throw new IOException("La copia in archivio di " + name + " non corrisponde all'originale"
                        + " (SHA-256 " + check + " invece di " + sha + "): disco o memoria difettosi?");
            }
            Path target = pathOf(sha, name);
            if (Files.isRegularFile(target) && Sha256.ofFile(target).equals(sha)) {
                return new Stored(sha, size, target, false);
            }
            // absent, or a damaged copy (never a different content: the name is the hash): replace it
            Files.createDirectories(target.getParent());
            AtomicFiles.moveAtomically(temp, target);
            return new Stored(sha, size, target, true);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes temp files of a killed run (only while holding the lock). */
    public void removeTemps() throws IOException {
        AtomicFiles.removeTemps(root);
    }
}
