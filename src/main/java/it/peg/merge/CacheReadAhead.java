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
final class CacheReadAhead implements AutoCloseable {
    private final AssessmentCache cache;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<Integer> task;
    /** Read-aheads started and not yet stopped, in this JVM (tests: a night that ended, however, leaves none). */
    private static final java.util.concurrent.atomic.AtomicInteger RUNNING = new java.util.concurrent.atomic.AtomicInteger();

    private CacheReadAhead(AssessmentCache cache, List<AssessmentCache.FileKey> files) {
        this.cache = cache;
        RUNNING.incrementAndGet();
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

    /**
     * Stops it, waits for it and drops what no lookup took: after the assess step, or when the night assesses nothing
     * (an invalid plan, unchanged inputs) or has failed. Never throws; once is enough, again does nothing.
     */
    void stop() {
        if (!stop.getAndSet(true)) {
            SideTask.awaitQuietly(task);
            cache.forgetReadAhead();
            RUNNING.decrementAndGet();
        }
    }

    /** {@link #stop}: the night holds it in a try-with-resources, so that every way out of it stops the thread. */
    @Override
    public void close() {
        stop();
    }

    static int running() {
        return RUNNING.get();
    }
}
