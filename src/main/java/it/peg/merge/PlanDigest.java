package it.peg.merge;

import it.peg.io.Sha256;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The plan's SHA-256 for one night, taken before the plan is read, and the check after the run that the plan file
 * still holds what was read: a plan saved while the run reads it must not be taken for the one read (the night state
 * would then describe a plan nobody read, and the next night would skip work it owes).
 *
 * <p>The rule was: hash the plan before reading it and again after the run, and keep the night's state only when both
 * are equal. Under the launcher's C1-only JVM SHA-256 runs at about 80-100 MB/s, and a plan of 2,000 services (1.3 MB)
 * hashed twice was the largest single cost of hashing in a night with a few new files (issue 21). Now:
 * <ul>
 * <li>before: the plan's {@link FileStamp} is taken first; its digest is the last manifest's when that entry vouches
 *     for the stamp ({@link NightManifest.Entry#vouchesFor}: the same stamp, settled when the content was hashed, as
 *     the quiet night vouches for the inbox), else the file is hashed;</li>
 * <li>after: the plan is the one read when its stamp now is the stamp taken before and that stamp was settled
 *     ({@link FileStamp#settledBefore}) at the moment it was taken; else it is hashed again and compared, as before.</li>
 * </ul>
 * Why the stamp check after is as strong as the second hash: a save between the two stamps writes the file (in place,
 * or a new file renamed over it: another identity), and a write at time {@code w} gives the file a change time no
 * earlier than {@code w} less one tick of the file system's clock. The stamp before was taken at {@code t <= w} with
 * times older than {@code t - }{@link FileStamp#MARGIN_MILLIS}, longer than any such tick (two seconds on FAT), so the
 * change time after the save differs from the one before: the stamps differ and the plan is hashed again. A change time
 * cannot be set back by a program; where the file system has none (Windows) the creation time stands in, as for every
 * stamp peg trusts (docs/merge.md, "A night with nothing new"). It is stronger than the two hashes in one way: a save
 * of the same bytes, or a save and a save back, during the run is noticed too (then the second hash decides).
 */
final class PlanDigest {
    private final Path file;
    private final Optional<FileStamp> before;
    private final boolean settled;
    private final String sha;
    private final boolean vouched;

    private PlanDigest(Path file, Optional<FileStamp> before, boolean settled, String sha, boolean vouched) {
        this.file = file;
        this.before = before;
        this.settled = settled;
        this.sha = sha;
        this.vouched = vouched;
    }

    /** The plan's digest now, before it is read: from the last manifest when its entry vouches for the stamp. */
    static PlanDigest before(MergeRequest request, String build) {
        Path file = request.planFile();
        long now = QuietNight.now();
        Optional<FileStamp> stamp = FileStamp.of(file);
        Optional<String> known = stamp.flatMap(s -> NightManifest.read(request.workDir(), build)
                .filter(m -> m.planPath().equals(file.toString()))
                .map(NightManifest::plan)
                .filter(e -> e.vouchesFor(s))
                .map(NightManifest.Entry::digest));
        String sha = known.orElseGet(() -> Sha256.ofFileOrEmpty(file));
        return new PlanDigest(file, stamp, stamp.isPresent() && stamp.get().settledBefore(now), sha, known.isPresent());
    }

    /** The plan's SHA-256 as it was before the run read it; "" when it could not be read. */
    String sha() {
        return sha;
    }

    /** Whether the digest came from the last manifest, the plan not being hashed (tests). */
    boolean vouched() {
        return vouched;
    }

    /** Whether the plan file still holds the content of {@link #sha}: see the class for why a settled stamp suffices. */
    boolean stillTheOneRead() {
        return settled && before.equals(FileStamp.of(file)) || sha.equals(Sha256.ofFileOrEmpty(file));
    }
}
