package it.peg.merge;

import it.peg.io.AtomicFiles;
import it.peg.io.Sha256;
import it.peg.merge.cache.AssessmentCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The SHA-256 of last year's summary ({@code merge --previous}), read again only when the file's {@link FileStamp}
 * changed: the nightly job names the same summary every night, and hashing its 5-9 MB was a fifth of a night with
 * nothing new. The digest is kept with the stamp it was read under in {@code cache/precedente.tsv} of the work folder,
 * one line: the SHA-256 of the file's absolute path (a path may hold any character), size, modification and change
 * times, identity, digest. The line vouches only for a stamp settled before the reading ({@link FileStamp#settledBefore}:
 * a write in the same tick of the file system's clock is then impossible), as the inbox's stamps do; on a file system
 * without a change time (Windows) a program that sets the time back while keeping the size could hide a change, as
 * for the inbox (docs/merge.md). Anything else (no line, a damaged one, another file, a link) reads the file. The line
 * is advisory: written atomically, never fsynced, and only where the work folder's cache already exists (a refused
 * command creates nothing).
 */
public final class PreviousSummaryDigest {
    static final String FILE = "precedente.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(PreviousSummaryDigest.class);

    private PreviousSummaryDigest() {
    }

    /** The hex SHA-256 of {@code previous}, "" when it cannot be read (whoever reads it reports that). */
    public static String of(Path previous, Path work) {
        return of(previous, work, System::currentTimeMillis, Sha256::ofFileOrEmpty);
    }

    static String of(Path previous, Path work, LongSupplier nowMillis, Function<Path, String> hash) {
        Path kept = work.resolve(AssessmentCache.DIR).resolve(FILE);
        String pathKey = Sha256.hex(previous.toAbsolutePath().normalize().toString());
        Optional<FileStamp> before = FileStamp.of(previous);
        if (before.isPresent()) {
            Optional<String> digest = keptDigest(kept, pathKey, before.get());
            if (digest.isPresent()) {
                return digest.get();
            }
        }
        long readAt = nowMillis.getAsLong();
        String digest = hash.apply(previous);
        Optional<FileStamp> after = FileStamp.of(previous);
        if (!digest.isEmpty() && before.isPresent() && before.equals(after) && before.get().settledBefore(readAt)
                && Files.isDirectory(kept.getParent())) {
            FileStamp s = before.get();
            String line = pathKey + '\t' + s.size() + '\t' + s.modified() + '\t' + s.changed() + '\t' + s.key() + '\t'
                    + digest + '\n';
            try {
                AtomicFiles.write(kept, line.getBytes(StandardCharsets.UTF_8), false);
            } catch (IOException e) {
                LOG.debug("{} not written: read again next night", kept, e);
            }
        }
        return digest;
    }

    private static Optional<String> keptDigest(Path kept, String pathKey, FileStamp now) {
        try {
            if (!Files.isRegularFile(kept) || Files.size(kept) > 4096) {
                return Optional.empty();
            }
            String[] f = Files.readString(kept, StandardCharsets.UTF_8).split("\n", -1)[0].split("\t", -1);
            if (f.length != 6 || !f[0].equals(pathKey) || !Sha256.isHex(f[5])) {
                return Optional.empty();
            }
            FileStamp stamp = new FileStamp(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]);
            return stamp.equals(now) ? Optional.of(f[5]) : Optional.empty();
        } catch (IOException | RuntimeException e) { // a damaged line: read the file
            return Optional.empty();
        }
    }
}
