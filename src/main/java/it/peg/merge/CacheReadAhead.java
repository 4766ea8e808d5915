package it.peg.merge;

import it.peg.consolidate.SideTask;
import it.peg.merge.cache.AssessmentCache;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cached assessments of the files the ledger says were archived, read and decoded on another thread while the
 * night decodes the plan ({@link AssessmentCache#readAhead}; each is checked against the plan and the verifica when the
 * assess step asks for it): at 2,000 services decoding the plan and decoding them took about as long each, one after
 * the other.
 */
final class CacheReadAhead {
    private final AssessmentCache cache;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<Integer> task;

    private CacheReadAhead(AssessmentCache cache, List<AssessmentCache.FileKey> files) {
        this.cache = cache;
        this.task = SideTask.start("peg-merge-cache", () -> cache.readAhead(files, stop::get));
    }

    static CacheReadAhead start(AssessmentCache cache, Collection<History.Known> archived) {
        return new CacheReadAhead(cache, archived.stream()
                .map(k -> new AssessmentCache.FileKey(k.sha256(), k.name())).toList());
    }

    /** Waits for it before the assess step: what it has not read by then the step reads itself. */
    void await() throws IOException {
        SideTask.await(task);
    }

    /** What {@code step} returns; when it fails, the read-ahead is stopped before the failure goes on. */
    <T> T stoppedIfFails(Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** A step of the night that may fail. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException;
    }

    /**
     * Stops it, waits for it and drops what no lookup took: after the assess step, or when the night assesses nothing
     * (an invalid plan, unchanged inputs) or has failed. Never throws.
     */
    void stop() {
        stop.set(true);
        SideTask.awaitQuietly(task);
        cache.forgetReadAhead();
    }
}
