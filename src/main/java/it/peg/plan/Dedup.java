package it.peg.plan;

/**
 * Shares equal immutable values read from a plan (texts such as units, types and "SI", numbers, targets) so that a
 * plan of thousands of rows holds one instance of each repeated value, not one per cell. A fixed-size,
 * direct-mapped cache: bounded memory, and a value that was evicted is merely kept as its own instance.
 */
final class Dedup {
    private static final int SIZE = 1 << 14;
    private final Object[] slots = new Object[SIZE];

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        int h = value.hashCode();
        int i = (h ^ (h >>> 16)) & (SIZE - 1);
        Object seen = slots[i];
        if (seen != null && seen.getClass() == value.getClass() && seen.equals(value)) {
            return (T) seen;
        }
        slots[i] = value;
        return value;
    }
}
