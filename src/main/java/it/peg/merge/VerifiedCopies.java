package it.peg.merge;

import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.io.Sha256;
import it.peg.readback.ReadProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The archived copies a night reads (cache misses) checked first against the SHA-256 they were stored under, unless
 * this night stored or found them verified ({@link Archive#store} reads every copy back). The archive is only ever
 * looked at for whether a copy is there (by its folder's stamp, or one by one): a copy damaged in place (a disk error,
 * someone who opened it in an editor and saved) was read as the file received, its findings and values shown under
 * the received file's SHA-256 and cached under it, while the office's file, still in the inbox, was never taken again.
 * A damaged copy is moved aside ({@code <copy>.danneggiata-<millis>}, kept for whoever looks into it) and the file is
 * reported unreadable for this night ({@link ReadProblem#FILE_ILLEGGIBILE}: a failure of the night, not a verdict on
 * the bytes received, so it is not cached and the night leaves no state); the next night finds the copy missing and
 * restores it from the inbox (RESTORED), or records it as missing (ARCHIVE_MISSING) when the office's file is gone.
 * Costs one more reading of each copy read that was stored on an earlier night: none on a first night or for
 * tonight's new files, every copy once after a new build of peg.
 */
final class VerifiedCopies implements Stages.AssessFile {
    // the logger made when first used: a quiet night loads this class with MergeJob and logs through none (issue 21)
    private static final class Log { static final Logger LOG = LoggerFactory.getLogger(VerifiedCopies.class); }

    private final Stages.AssessFile assess;
    private final Set<String> verified;

    /**
     * @param assess   what reads a copy once checked
     * @param verified the copies this night stored or found in place by their SHA-256 ({@link History.Known#key})
     */
    VerifiedCopies(Stages.AssessFile assess, Set<String> verified) {
        this.assess = assess;
        this.verified = Set.copyOf(verified);
    }

    /** {@code stages} reading archived copies through this check. */
    static Stages of(Stages stages, Set<String> verified) {
        return new Stages(stages.readPlan(), new VerifiedCopies(stages.assess(), verified), stages.combine(),
                stages.readNucleo(), stages.nucleoOf(), stages.writeSummary(), stages.writeCsv(), stages.writeForms());
    }

    @Override
    public FileAssessment assess(Plan plan, Verifica verifica, InputFile file) {
        Optional<InputFile.Content> content = file.content();
        if (content.isPresent() && !verified.contains(History.Known.key(file.name(), content.get().sha256()))) {
            String sha;
            try {
                sha = Sha256.ofFile(file.path());
            } catch (IOException e) {
                return assess.assess(plan, verifica, file); // the reader meets the failure and says what it is
            }
            if (!sha.equals(content.get().sha256())) {
                return damaged(file, content.get(), sha);
            }
        }
        return assess.assess(plan, verifica, file);
    }

    @Override
    public void readAhead(List<InputFile> inboxFiles, BooleanSupplier stopped) {
        assess.readAhead(inboxFiles, stopped);
    }

    private static FileAssessment damaged(InputFile file, InputFile.Content content, String found) {
        Path aside = file.path().resolveSibling(file.path().getFileName() + ".danneggiata-" + System.currentTimeMillis());
        try {
            Files.move(file.path(), aside);
            Log.LOG.error("archived copy of {} ({}) is damaged (its bytes have SHA-256 {}): moved to {}; the next run"
                    + " restores it from the inbox, or records it as missing", file.name(), content.sha256(), found, aside);
        } catch (IOException e) {
            // another name's reading of the same copy moved it first, or the archive cannot be written: either way the
            // copy is not read as the file received tonight
            Log.LOG.error("archived copy of {} ({}) is damaged (its bytes have SHA-256 {}) and was not moved aside: {}",
                    file.name(), content.sha256(), found, String.valueOf(e.getMessage()));
        }
        return new FileAssessment(file, content.sha256(), content.size(), Optional.empty(), Optional.empty(),
                List.of(ReadProblem.FILE_ILLEGGIBILE.finding(file.name(), "archived copy damaged").shared()));
    }
}
