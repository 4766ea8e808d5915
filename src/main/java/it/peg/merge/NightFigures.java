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
     * The figures of a complete combine ({@link KeptFigures#of}); none when its result does not split into them (a
     * stand-in combine of the tests) or making them fails: they are derivable, and a bug here must not fail the night.
     */
    static Optional<NightFigures> of(it.peg.domain.Plan plan, Verifica verifica,
                                     java.util.Map<String, it.peg.scoring.NucleoOverride> overrides,
                                     List<it.peg.consolidate.FileAssessment> assessed,
                                     it.peg.consolidate.ConsolidationResult combined) {
        try {
            return KeptFigures.of(plan, verifica, overrides, assessed, combined).map(f -> new NightFigures(verifica, f));
        } catch (RuntimeException e) {
            LOG.warn("night figures not made ({}): the next night combines every service", e.toString());
            LOG.debug("night figures not made", e);
            return Optional.empty();
        }
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
            return CacheEntry.readAlone(path(work), MAGIC, List.of(build, planDigest, context), NightFigures.class)
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

    /**
     * Night figures made and encoded, ready to be written ({@link #keep}).
     *
     * @param verifica the verifica they are of
     * @param payload  their encoding
     */
    record Encoded(Verifica verifica, CacheEntry.Encoded payload) {
        Encoded {
            Objects.requireNonNull(verifica, "verifica");
            if (payload.type() != NightFigures.class) {
                throw new IllegalArgumentException("not night figures: " + payload.type());
            }
        }
    }

    /**
     * Night figures being made and encoded on a thread of their own ({@link #encodeMeanwhile}); closing it waits for
     * that thread, so that no thread of a night goes on after it, whatever way the night ends.
     */
    static final class Pending implements AutoCloseable {
        private final java.util.concurrent.CompletableFuture<Optional<Encoded>> task;

        private Pending(java.util.concurrent.CompletableFuture<Optional<Encoded>> task) {
            this.task = task;
        }

        /** The figures encoded, once they are; empty when they could not be made. */
        Optional<Encoded> get() {
            return it.peg.consolidate.SideTask.awaitQuietly(task).flatMap(f -> f);
        }

        @Override
        public void close() {
            get();
        }
    }

    /**
     * The figures of a complete night made ({@code make}: {@link #of} on a full night, the partial combine's own on a
     * partial one) and encoded on a thread of their own, while the night writes its outputs: what the next night may
     * take for the services nothing changed for (written once the night is complete, {@link #keep}). Most of their
     * cost is the encoding of every service's and file's figures (docs/performance.md, "h29-combine"). Empty when they
     * cannot be made; never fails.
     */
    static Pending encodeMeanwhile(java.util.function.Supplier<Optional<NightFigures>> make) {
        return new Pending(it.peg.consolidate.SideTask.start("peg-merge-figures", () -> {
            try {
                Optional<NightFigures> figures = make.get();
                if (figures.isEmpty()) {
                    return Optional.<Encoded>empty();
                }
                return Optional.of(new Encoded(figures.get().verifica(), CacheEntry.encode(figures.get())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("night figures not encoded ({}): the next night combines every service", e.toString());
                return Optional.<Encoded>empty();
            }
        }));
    }

    /**
     * What a complete night leaves for the next one: these figures written (unless the file already holds them), or
     * none (then any figures of an earlier night are forgotten). Never fails: a failure costs the next night a full
     * combine.
     */
    static void keep(Path work, String build, String planDigest, Optional<Encoded> figures) {
        try {
            if (figures.isEmpty()) {
                delete(work);
                return;
            }
            Files.createDirectories(path(work).getParent());
            CacheEntry.writeIfChanged(path(work), MAGIC, List.of(build, planDigest, context(figures.get().verifica())),
                    "", figures.get().payload());
        } catch (IOException | RuntimeException e) {
            delete(work);
            LOG.warn("night figures not written ({}): the next night combines every service", e.toString());
        }
    }

    /** Whether a night left figures (not read: whether they are of this build, plan and verifica is not known). */
    static boolean kept(Path work) {
        return Files.isRegularFile(path(work));
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
