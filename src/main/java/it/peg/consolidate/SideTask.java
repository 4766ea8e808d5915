package it.peg.consolidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One piece of a run done on its own thread while the run goes on (the Nucleo's columns read while the files
 * are looked up, the CSV rendered while the summary is, consolidate's Schede per la valutazione built while the
 * summary is written): on two cores a run's fixed work takes less time.
 * Its exceptions are the run's, rethrown by {@link #await}.
 */
public final class SideTask {
    /** Work that may fail with an I/O error. */
    public interface Work<T> {
        T run() throws IOException;
    }

    private SideTask() {
    }

    public static <T> CompletableFuture<T> start(String threadName, Work<T> work) {
        // the run's id (merge.log's [%X{run}]) follows the work onto its thread
        java.util.Map<String, String> context = org.slf4j.MDC.getCopyOfContextMap();
        return startUnlogged(threadName, () -> {
            withContext(context);
            try {
                return work.run();
            } finally {
                org.slf4j.MDC.clear();
            }
        });
    }

    /**
     * As {@link #start}, for work that logs nothing: the logging context is not carried over, so starting it does not
     * set logging up (SLF4J's MDC binds it), which a night with nothing new never does (issue 21).
     */
    public static <T> CompletableFuture<T> startUnlogged(String threadName, Work<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.start();
        });
    }

    /** Sets the logging context captured on the run's thread (nothing when it had none). */
    public static void withContext(java.util.Map<String, String> context) {
        if (context != null) {
            org.slf4j.MDC.setContextMap(context);
        }
    }

    /** The task's result; its I/O and runtime failures are rethrown as they were. */
    public static <T> T await(CompletableFuture<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** The result if the task succeeded, after waiting for it (for cleaning up when the run already failed). */
    public static <T> Optional<T> awaitQuietly(CompletableFuture<T> task) {
        try {
            return Optional.ofNullable(task.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
