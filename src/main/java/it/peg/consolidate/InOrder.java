package it.peg.consolidate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A function applied to every item of a list on a bounded pool of daemon threads, the results in the
 * items' order whatever the scheduling (deterministic output). Used to read files in parallel: each item is
 * an independent task and only its small result is kept.
 */
public final class InOrder {
    private InOrder() {
    }

    /**
     * @param threads  at most this many threads (one: the calling thread, no pool)
     * @param name     the threads' name (seen in thread dumps and profiles)
     * @param progress called with the number of results so far, from the calling thread
     * @throws ExecutionException when {@code fn} threw: its cause is the exception
     */
    public static <T, R> List<R> map(List<T> items, int threads, String name, Function<T, R> fn, IntConsumer progress)
            throws InterruptedException, ExecutionException {
        int n = Math.max(1, Math.min(threads, items.size()));
        List<R> out = new ArrayList<>(items.size());
        if (n == 1) {
            for (T item : items) {
                try {
                    out.add(fn.apply(item));
                } catch (RuntimeException e) {
                    throw new ExecutionException(e);
                }
                progress.accept(out.size());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> fn.apply(item)));
            }
            for (Future<R> f : futures) {
                out.add(f.get());
                progress.accept(out.size());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
