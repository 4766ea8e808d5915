package it.peg.merge.cache;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The values {@link CodecIn} decodes, shared between entries and bounded: texts, numbers and dates repeat across the
 * thousands of entries a night decodes, and holding one copy of each is what kept a night of 10,000 files in memory.
 */
final class SharedValues {
    private SharedValues() {
    }

    static final int MAX_SHARED_LENGTH = 300;

    /**
     * One copy of each short text however many entries repeat it (a cell reference, a unit, the same finding in
     * 2,000 files): 10,000 decoded assessments and the plan did not fit in 256 MB otherwise. Texts are interned;
     * the recent ones are found by their bytes first, so that a repeated text is neither decoded nor looked up
     * in the JVM's string table again (that was a quarter of decoding a warm night's entries).
     */
    static final Recent<String> TEXTS = new Recent<>(1 << 14, String::intern);
    /** Numbers by the bytes of their text, before {@link #NUMBERS}. */
    static final Recent<BigDecimal> NUMBER_TEXTS = new Recent<>(1 << 13, text -> SharedValues.NUMBERS.of(text));

    /**
     * A fixed number of slots, each holding the last value decoded from bytes that hash to it: bounded whatever
     * the entries hold, and without locks (a slot holds an immutable pair; a lost race only costs a decoding).
     */
    static final class Recent<V> {
        private record Slot<V>(byte[] bytes, V value) {
        }

        private final Slot<V>[] slots;
        private final java.util.function.Function<String, V> make;

        @SuppressWarnings("unchecked")
        Recent(int size, java.util.function.Function<String, V> make) {
            this.slots = (Slot<V>[]) new Slot<?>[size]; // a power of two
            this.make = make;
        }

        V of(byte[] b, int at, int n) {
            // the length and at most 8 bytes at each end: enough to spread the texts of a plan and its files
            // over the slots, and a long text is not walked twice (the comparison below walks it once)
            int h = n;
            int head = Math.min(n, 8);
            for (int i = at; i < at + head; i++) {
                h = 31 * h + b[i];
            }
            for (int i = Math.max(at + head, at + n - 8); i < at + n; i++) {
                h = 31 * h + b[i];
            }
            int index = (h ^ (h >>> 15)) & (slots.length - 1);
            Slot<V> slot = slots[index];
            if (slot != null && Arrays.equals(slot.bytes, 0, slot.bytes.length, b, at, at + n)) {
                return slot.value;
            }
            V value = make.apply(new String(b, at, n, StandardCharsets.UTF_8));
            slots[index] = new Slot<>(Arrays.copyOfRange(b, at, at + n), value);
            return value;
        }

        /** Every slot emptied: the values stay wherever they are held, only this way to them is gone. */
        void clear() {
            Arrays.fill(slots, null);
        }

        /** How many slots hold a value (tests). */
        int held() {
            int n = 0;
            for (Slot<V> s : slots) {
                n += s == null ? 0 : 1;
            }
            return n;
        }
    }

    /**
     * Equal values decoded once and shared, up to a bound (a hostile or huge entry must not grow it without end):
     * a plan has a handful of verifica dates and every indicator report of every decoded assessment carries one
     * (440,000 LocalDate objects, 10 MB, for a night of 10,000 files); nine in ten numbers of decoded assessments
     * repeat (52,762 with 5,060 distinct at 2,000 services). Numbers are keyed by their text, so that scale is
     * kept (1.0 and 1.00 stay apart).
     */
    static final class Shared<K, V> {
        private final java.util.concurrent.ConcurrentHashMap<K, V> values;
        private final int max;
        private final java.util.function.Function<K, V> make;

        Shared(int max, java.util.function.Function<K, V> make) {
            this.max = max;
            this.make = make;
            // sized for a night's values from the start: grown from 16 a table at a time, copying it into a larger one
            // was a visible part of decoding a night's entries (ConcurrentHashMap.transfer)
            this.values = new java.util.concurrent.ConcurrentHashMap<>(Math.min(max, 1 << 14));
        }

        V of(K key) {
            V v = values.get(key);
            if (v != null) {
                return v;
            }
            v = make.apply(key);
            if (values.size() < max) {
                V raced = values.putIfAbsent(key, v);
                return raced != null ? raced : v;
            }
            return v;
        }

        void clear() {
            values.clear();
        }

        int held() {
            return values.size();
        }
    }

    /**
     * Dates by their day, one slot per day of a 90-year window (a slot holds the last date decoded there):
     * bounded, no boxing of the day and no lock, for the one date of every indicator report.
     */
    private static final LocalDate[] DAYS = new LocalDate[1 << 15];

    static LocalDate day(long epochDay) {
        int slot = (int) (epochDay & (DAYS.length - 1));
        LocalDate d = DAYS[slot];
        if (d == null || d.toEpochDay() != epochDay) {
            d = LocalDate.ofEpochDay(epochDay);
            DAYS[slot] = d; // a lost race only costs a decoding: LocalDate is immutable
        }
        return d;
    }
    static final Shared<String, BigDecimal> NUMBERS = new Shared<>(50_000, BigDecimal::new);

    /**
     * The reported values of decoded assessments, one copy of each equal one (records of shared numbers and dates,
     * equal by value and scale): at 10,000 services a night held 200,000 of them, most repeated.
     */
    private static final Shared<Kind, Optional<it.peg.domain.ReportedValue>> REPORTED =
            new Shared<>(100_000, k -> Optional.of(k.value));
    private static final Optional<it.peg.domain.ReportedValue> YES = Optional.of(new it.peg.domain.YesNoValue(true));
    private static final Optional<it.peg.domain.ReportedValue> NO = Optional.of(new it.peg.domain.YesNoValue(false));

    /**
     * Looked up by what they hold, not by themselves: a record's first {@code hashCode} or {@code equals} spins its
     * method handles at run time (~20 ms of two threads where a 1% night's first files are assessed), and the numbers and
     * dates they hold are shared already. Equal keys, equal values: a number's scale is kept, as the record's
     * {@code equals} keeps it. The present {@code Optional} of each is shared with it ({@link #optionalOf}).
     */
    static it.peg.domain.ReportedValue reported(it.peg.domain.ReportedValue value) {
        return sharedOptional(value).get();
    }

    private static Optional<it.peg.domain.ReportedValue> sharedOptional(it.peg.domain.ReportedValue value) {
        if (value instanceof it.peg.domain.YesNoValue y) {
            return y.yes() ? YES : NO;
        }
        return REPORTED.of(new Kind(value));
    }

    /** A reported value's key among the shared ones: its kind and what it holds (the value itself is not compared). */
    private static final class Kind {
        private final Class<?> type;
        private final Object held;
        private final it.peg.domain.ReportedValue value;

        Kind(it.peg.domain.ReportedValue value) {
            this.type = value.getClass();
            this.value = value;
            if (value instanceof it.peg.domain.NumberValue n) {
                held = n.value();
            } else if (value instanceof it.peg.domain.RatioValue r) {
                held = List.of(r.numerator(), r.denominator());
            } else if (value instanceof it.peg.domain.DateValue d) {
                held = d.date();
            } else if (value instanceof it.peg.domain.ProgressValue p) {
                held = p.fraction();
            } else {
                throw new IllegalArgumentException("a reported value of an unknown kind: " + type);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Kind k && k.type == type && k.held.equals(held);
        }

        @Override
        public int hashCode() {
            return type.hashCode() * 31 + held.hashCode();
        }
    }

    /**
     * A present {@code Optional} of a decoded value: one per shared value (a text, a number, a date, a reported value)
     * rather than one per place it is held. A night of 10,000 files held 900,000 {@code Optional}s (14 MB); an
     * {@code Optional} is immutable and compared by its value, so sharing it changes nothing a reader can see.
     */
    private static final Shared<Object, Optional<Object>> OPTIONALS = new Shared<>(100_000, Optional::of);

    @SuppressWarnings("unchecked")
    static <T> Optional<T> optionalOf(T value) {
        if (value instanceof it.peg.domain.ReportedValue v) {
            Optional<it.peg.domain.ReportedValue> shared = sharedOptional(v); // by what it holds, as reported() shares it
            if (shared.get() == value) {
                return (Optional<T>) shared;
            }
        } else if (value instanceof String || value instanceof BigDecimal || value instanceof LocalDate) {
            Optional<Object> shared = OPTIONALS.of(value);
            // equal keys of another class cannot meet here (a String never equals a BigDecimal), but the value kept
            // must be this very instance's equal: checked, not assumed
            if (shared.get() == value || shared.get().equals(value) && shared.get().getClass() == value.getClass()) {
                return (Optional<T>) shared;
            }
        }
        return Optional.of(value);
    }

    /**
     * Every table emptied, once a night's entries are decoded: the shared values stay in the assessments that hold
     * them, and the tables' own entries and copies of bytes (about 8 MB at 10,000 services) are garbage through the
     * outputs, the night's peak of memory. A decoding after this only shares less (the dates' slots, 256 KB, stay).
     */
    static void forget() {
        TEXTS.clear();
        NUMBER_TEXTS.clear();
        NUMBERS.clear();
        REPORTED.clear();
        OPTIONALS.clear();
    }

    /** How many values the tables hold (tests). */
    static int held() {
        return TEXTS.held() + NUMBER_TEXTS.held() + NUMBERS.held() + REPORTED.held() + OPTIONALS.held();
    }
}
