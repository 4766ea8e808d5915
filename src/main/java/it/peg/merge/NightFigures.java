package it.peg.merge;

import it.peg.consolidate.KeptFigures;
import it.peg.domain.Verifica;
import it.peg.merge.cache.AssessmentCache;
import it.peg.merge.cache.CacheEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-service and per-file figures the last complete combine gave ({@link KeptFigures}), kept beside the night
 * state in {@code work/cache/night-figures.bin} so that a night can combine only the services something changed for
 * ({@link it.peg.consolidate.PartialCombine}). The cache's entry format ({@link CacheEntry}: its format mark, the
 * codec's layout and the schema of every type held, a CRC32C of the payload) under a key of the build, the plan and
 * what the files were assessed under: a file torn, foreign, of another schema, build, plan or context is not read, and
 * the night does what it does without it. Derivable: written atomically, no fsync.
 *
 * @param verifica the verifica the figures were combined at
 * @param figures  the figures
 */
public record NightFigures(Verifica verifica, KeptFigures figures) {
    static final String FILE_NAME = "night-figures.bin";
    static final String MAGIC = "peg-night-figures/1";
    private static final Logger LOG = LoggerFactory.getLogger(NightFigures.class);

    public NightFigures {
        Objects.requireNonNull(verifica, "verifica");
        Objects.requireNonNull(figures, "figures");
    }

    /**
     * What the files' assessments depend on besides the build and the plan, as the assessment cache keys them: the
     * verifica (which values are due). The key's third text.
     */
    static String context(Verifica verifica) {
        return "verifica " + verifica.code();
    }

    /**
     * The figures kept under this key, if any and readable.
     *
     * @param build      the build that wrote them
     * @param planDigest the plan they were combined against (its file's SHA-256)
     * @param context    everything else the files' assessments depend on (the day values are due by, the seal)
     */
    static Optional<NightFigures> read(Path work, String build, String planDigest, String context) {
        try {
            return CacheEntry.read(path(work), MAGIC, List.of(build, planDigest, context), NightFigures.class)
                    .map(CacheEntry.Stored::value);
        } catch (IOException | RuntimeException e) {
            LOG.warn("night figures not usable, this run combines every service: {}", e.toString());
            return Optional.empty();
        }
    }

    /**
     * Written atomically, unless the file already holds these figures under this key (a night whose figures did not
     * change rewrites nothing); a failure costs the next night a full combine.
     *
     * @return whether the file was written
     */
    boolean write(Path work, String build, String planDigest, String context) throws IOException {
        Files.createDirectories(path(work).getParent());
        return CacheEntry.writeIfChanged(path(work), MAGIC, List.of(build, planDigest, context), "", this);
    }


    /** Forgets the figures: the next night combines every service. */
    static void delete(Path work) {
        try {
            Files.deleteIfExists(path(work));
        } catch (IOException e) {
            // the next reader finds them keyed to another night's inputs or combines everything anyway
        }
    }

    static Path path(Path work) {
        return work.resolve(AssessmentCache.DIR).resolve(FILE_NAME);
    }
}
