package it.peg.domain;

import java.util.function.Function;

/**
 * The index built for the object last asked, for a record that cannot hold a cache of its own ({@link Plan},
 * {@code scoring.ScoreReport}): their lookups by code were linear scans, quadratic in a plan's size. The index is
 * kept beside the object it was built for, checked by identity, published through a volatile (both are immutable),
 * and built again (one linear pass) only when another object is asked.
 *
 * @param <K> the indexed object
 * @param <I> its index
 */
public final class LastIndex<K, I> {
    private final Function<K, I> build;
    private volatile Built<K, I> last;

    public LastIndex(Function<K, I> build) {
        this.build = build;
    }

    /** The index of {@code key}: the one built last when it was for this very object, else a new one. */
    public I of(K key) {
        Built<K, I> b = last;
        if (b == null || b.key != key) {
            b = new Built<>(key, build.apply(key));
            last = b;
        }
        return b.index;
    }

    private static final class Built<K, I> {
        final K key;
        final I index;

        Built(K key, I index) {
            this.key = key;
            this.index = index;
        }
    }
}
