package it.peg.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: size, modification time, change time and identity.
 * Where the file system has a change time (Linux, macOS: {@code ctime}, which no program can set back), any
 * write to the file, in place or by a rename over it, gives it another stamp; elsewhere (Windows) the creation
 * time stands in, and a program that sets a file's modification time back while keeping its size could hide a
 * change: then only a full run notices it (docs/merge.md, "A night with nothing new").
 *
 * <p>A stamp vouches for content read at a time {@code t} only when the file's times are older than {@code t} by
 * more than {@link #MARGIN_MILLIS} ({@link #settledBefore}): a write a moment after the read could otherwise fall
 * in the same tick of the file system's clock (two seconds on FAT, and a file server's clock is not ours) and leave
 * the stamp as it was. Such a file is simply read again the next time.
 *
 * @param size     bytes
 * @param modified modification time, nanoseconds since the epoch
 * @param changed  change time ({@code ctime}), or the creation time where there is none, nanoseconds
 * @param key      the file's identity (device and inode) as text, "" where the file system has none
 */
record FileStamp(long size, long modified, long changed, String key) {
    /** How much older than the reading a file's times must be for its stamp to vouch for what was read. */
    static final long MARGIN_MILLIS = 2_000;

    FileStamp {
        Objects.requireNonNull(key, "key");
    }

    /** The stamp of a regular file (never through a link); empty when it is missing or not a regular file. */
    static Optional<FileStamp> of(Path file) {
        try {
            Typed t = typed(file);
            return t.kind() == Kind.FILE ? Optional.of(t.stamp()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What a folder's entry is, read without following a link. */
    enum Kind { FILE, FOLDER, LINK, OTHER }

    /** An entry's kind and stamp, from one call to the file system. */
    record Typed(Kind kind, FileStamp stamp) {
    }

    /** The kind and stamp of {@code path} itself (a link is not followed); an exception when it cannot be read. */
    static Typed typed(Path path) throws IOException {
        if (UNIX) {
            try {
                Map<String, Object> a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino,dev,mode",
                        LinkOption.NOFOLLOW_LINKS);
                int type = (Integer) a.get("mode") & 0170000;
                Kind kind = type == 0100000 ? Kind.FILE : type == 0040000 ? Kind.FOLDER : type == 0120000 ? Kind.LINK
                        : Kind.OTHER;
                return new Typed(kind, new FileStamp((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")),
                        nanos((FileTime) a.get("ctime")), a.get("dev") + ":" + a.get("ino")));
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
                // a file system without the unix view: the basic attributes below
            }
        }
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Kind kind = a.isSymbolicLink() ? Kind.LINK : a.isRegularFile() ? Kind.FILE : a.isDirectory() ? Kind.FOLDER
                : Kind.OTHER;
        return new Typed(kind, new FileStamp(a.size(), nanos(a.lastModifiedTime()), nanos(a.creationTime()),
                a.fileKey() == null ? "" : a.fileKey().toString()));
    }

    /** The modification time as an instant. */
    java.time.Instant modifiedInstant() {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(modified, 1_000_000_000L), Math.floorMod(modified, 1_000_000_000L));
    }

    // equals and hashCode by hand: a record's own are linked through invokedynamic (ObjectMethods) the first time
    // they run, spinning method handles a quiet night, a process of 0.2 s, would pay for each record type

    @Override
    public boolean equals(Object o) {
        return o instanceof FileStamp s && size == s.size && modified == s.modified && changed == s.changed
                && key.equals(s.key);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(size) * 31 + Long.hashCode(modified)) * 31 + Long.hashCode(changed) * 31 + key.hashCode();
    }

    /** Whether the file's times are older than {@code epochMillis} by more than the margin (see the class). */
    boolean settledBefore(long epochMillis) {
        long limit = TimeUnit.MILLISECONDS.toNanos(epochMillis - MARGIN_MILLIS);
        return modified < limit && changed < limit;
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    private static final boolean UNIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
}
