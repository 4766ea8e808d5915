package it.peg.consolidate;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the work of one file so that running out of memory on it ends that file, not the batch: the reader
 * already turns this into a finding while reading; this guards what comes after (validating what was read).
 */
public final class ResourceGuard {
    private ResourceGuard() {
    }

    /** The work's result, or empty when it ran out of memory (all it held is garbage once this returns). */
    public static <T> Optional<T> validate(Supplier<T> work) {
        try {
            return Optional.of(work.get());
        } catch (OutOfMemoryError e) {
            return Optional.empty();
        }
    }
}
