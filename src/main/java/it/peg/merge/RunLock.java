package it.peg.merge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The one-run-at-a-time lock on {@code work/.lock}: an OS file lock ({@link FileChannel#tryLock()}) plus the
 * owner's pid and start time written in the file, for people and for the log.
 *
 * <p>Why this is safe after a crash: the OS releases a process's file locks when the process dies, however it
 * dies (kill -9 included), so a killed run never blocks the next one. The text in the file then still names
 * the dead owner; a run that gets the lock and finds text there knows the previous run did not end cleanly,
 * logs it ("stale lock taken over") and overwrites it. A clean exit empties the file. The file itself is never
 * deleted: deleting a lock file lets two processes lock two different files. The work folder must be on a
 * local file system (locks over NFS/SMB are not reliable).
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<String> staleOwner;

    private RunLock(FileChannel channel, FileLock lock, Optional<String> staleOwner) {
        this.channel = channel;
        this.lock = lock;
        this.staleOwner = staleOwner;
    }

    /** Tries once, never waits: empty when another run holds the lock. */
    public static Optional<RunLock> tryAcquire(Path workDir, long pid, Instant start) throws IOException {
        Files.createDirectories(workDir);
        Path file = workDir.resolve(FILE_NAME);
        if (Files.isSymbolicLink(file)) {
            throw new LinkedLock(symlinkMessage(file), null);
        }
        FileChannel ch;
        try {
            // O_NOFOLLOW: a link put there between the check and the open is refused too, never truncated through
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.FileSystemException e) {
            if (Files.isSymbolicLink(file)) {
                throw new LinkedLock(symlinkMessage(file), e);
            }
            throw e;
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM (tests)
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        try {
            String previous = read(ch).strip();
            ch.truncate(0);
            String owner = "pid=" + pid + "\nstarted=" + IsoInstant.format(start) + "\n";
            ch.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            return Optional.of(new RunLock(ch, lock, previous.isEmpty() ? Optional.empty()
                    : Optional.of(previous.replace('\n', ' '))));
        } catch (IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
    }

    /** Who holds (or last held) the lock, as written in the file; "" when unknown (or the file is a link). */
    public static String describeOwner(Path workDir) {
        try (FileChannel ch = FileChannel.open(workDir.resolve(FILE_NAME), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            return read(ch).strip().replace('\n', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** The lock file is a symbolic link: refused, nothing done (the message says what to do, in Italian). */
    public static final class LinkedLock extends IOException {
        LinkedLock(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String symlinkMessage(Path file) {
        return "Il file di blocco " + file + " è un collegamento simbolico: peg non scrive mai attraverso un"
                + " collegamento. Rimuoverlo (rm " + file + ") e rilanciare; merge lo ricrea come file normale.";
    }

    /** The owner text left by a run that died holding the lock, when there was one. */
    public Optional<String> staleOwner() {
        return staleOwner;
    }

    private static String read(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0 || size > 4096) {
            return "";
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
            // keep reading
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    /** Clean exit: empty the owner text, then release. */
    @Override
    public void close() throws IOException {
        try {
            ch().truncate(0);
            ch().force(true);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private FileChannel ch() {
        return channel;
    }
}
