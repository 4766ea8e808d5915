package it.peg.merge.cache;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A small, dependency-free binary codec for the domain records (records, sealed interfaces of records,
 * Optional, List, SortedMap, SortedSet, String, numbers, BigDecimal, LocalDate, Instant, enums), driven by the
 * record components so that it follows the domain as it grows. Decoding goes through the canonical constructors,
 * so every value read back is validated again. Used for merge's cache entries (assessments, plan, Nucleo's
 * columns, night state): a decoding failure (a record that changed shape, a torn file) is reported as an
 * {@link IOException} and the source is simply read again.
 *
 * <p>The layout ({@link #FORMAT}): whole numbers as variable-length integers (zigzag for signed ones); a text or a
 * number's text once per entry, then by its index among the entry's earlier ones (a plan repeats each service and
 * objective code in every objective and indicator of it, an assessment every indicator's code and source); an
 * enum constant by its ordinal and a sealed interface's record by its index among the permitted ones sorted by
 * name. An entry is read only under the {@link #schemaOf schema} it was written with (a digest of every type it
 * holds, part of its format mark), so ordinals and indexes are those of the same types: a build run from a classes
 * folder is named by its version alone, and reordering an enum must not turn one constant into another.
 */
final class RecordCodec {
    /** The layout's name: part of every cache entry's format mark, so that another layout is a miss. */
    static final String FORMAT = "codec/2";

    private RecordCodec() {
    }

    static byte[] encode(Object record) throws IOException {
        Out out = new Out();
        write(out, record.getClass(), record);
        return out.toByteArray();
    }

    static <T> T decode(Class<T> type, byte[] data) throws IOException {
        return decode(type, data, 0, data.length);
    }

    /** Decodes the record held in {@code data[offset, offset + length)}, which must hold nothing else. */
    static <T> T decode(Class<T> type, byte[] data, int offset, int length) throws IOException {
        try {
            In in = new In(data, offset, offset + length);
            T value = type.cast(readerOf(type).read(in));
            if (in.pos != in.end) {
                throw new IOException("trailing bytes");
            }
            return value;
        } catch (RuntimeException | ReflectiveOperationException e) {
            throw new IOException("cannot decode " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static void write(Out out, Type type, Object value) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) {
                write(out, argument(type), o.get());
            }
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeSize(list.size());
            for (Object e : list) {
                write(out, argument(type), e);
            }
        } else if (raw == java.util.SortedMap.class || raw == java.util.Map.class) {
            java.util.Map<?, ?> map = (java.util.Map<?, ?>) value;
            out.writeSize(map.size());
            for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                write(out, argument(type, 0), e.getKey());
                write(out, argument(type, 1), e.getValue());
            }
        } else if (raw == java.util.SortedSet.class || raw == java.util.Set.class) {
            java.util.Set<?> set = (java.util.Set<?>) value;
            out.writeSize(set.size());
            for (Object e : set) {
                write(out, argument(type), e);
            }
        } else if (raw == String.class) {
            out.writeText((String) value);
        } else if (raw == int.class || raw == Integer.class) {
            out.writeSigned((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeSigned((Long) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == BigDecimal.class) {
            out.writeNumber((BigDecimal) value); // as its text: keeps the scale exactly
        } else if (raw == LocalDate.class) {
            out.writeSigned(((LocalDate) value).toEpochDay()); // not text: parsing dates was a tenth of decoding
        } else if (raw == Instant.class) {
            out.writeSigned(((Instant) value).getEpochSecond());
            out.writeSize(((Instant) value).getNano());
        } else if (raw.isEnum()) {
            out.writeSize(((Enum<?>) value).ordinal());
        } else if (raw.isSealed() && raw.isInterface()) {
            Class<?> actual = value.getClass();
            int index = PERMITTED.get(raw).indexOf(actual);
            if (index < 0) {
                throw new IOException("not a permitted " + raw.getSimpleName() + ": " + actual);
            }
            out.writeSize(index);
            write(out, actual, value);
        } else if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            for (int i = 0; i < shape.types.length; i++) {
                try {
                    write(out, shape.types[i], shape.accessors[i].invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new IOException(e);
                }
            }
        } else {
            throw new IOException("unsupported type in cache: " + type);
        }
    }

    /**
     * The bytes of an entry as they are written: variable-length integers, and each text and number's text once,
     * then by its index (see the class comment).
     */
    private static final class Out {
        private byte[] b = new byte[4096];
        private int n;
        private final java.util.HashMap<String, Integer> texts = new java.util.HashMap<>();
        private final java.util.HashMap<String, Integer> numbers = new java.util.HashMap<>();

        private void ensure(int more) {
            if (n + more > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
            }
        }

        void writeBoolean(boolean v) {
            ensure(1);
            b[n++] = (byte) (v ? 1 : 0);
        }

        /** A non-negative whole number, seven bits a byte, lowest first. */
        void writeSize(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                b[n++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            b[n++] = (byte) v;
        }

        /** A signed whole number, zigzag-mapped so that small negative ones stay short. */
        void writeSigned(long v) {
            writeSize((v << 1) ^ (v >> 63));
        }

        void writeText(String s) {
            writeShared(texts, s);
        }

        void writeNumber(BigDecimal v) {
            writeShared(numbers, v.toString());
        }

        /** 0 and the UTF-8 bytes the first time; after that the index among the earlier ones, plus one. */
        private void writeShared(java.util.HashMap<String, Integer> seen, String s) {
            Integer index = seen.get(s);
            if (index != null) {
                writeSize(index + 1L);
                return;
            }
            seen.put(s, seen.size());
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            writeSize(0);
            writeSize(bytes.length);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, b, n, bytes.length);
            n += bytes.length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(b, n);
        }
    }

    /**
     * Reads one value of a given type. Decoding is what a warm night spends its time on (2,000 cached
     * assessments and the plan), so the type is resolved once into a tree of readers instead of re-inspected
     * (and its generic arguments re-copied) for every value read.
     */
    private interface Reader {
        Object read(In in) throws IOException, ReflectiveOperationException;
    }

    private static final java.util.concurrent.ConcurrentHashMap<Type, Reader> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Not computeIfAbsent: building a record's reader asks for its components' readers (a recursive update). */
    private static Reader readerOf(Type type) {
        Reader r = READERS.get(type);
        if (r == null) {
            r = newReader(type);
            Reader raced = READERS.putIfAbsent(type, r);
            if (raced != null) {
                r = raced;
            }
        }
        return r;
    }

    private static Reader newReader(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            Reader element = readerOf(argument(type));
            return in -> in.readBoolean() ? Optional.of(element.read(in)) : Optional.empty();
        } else if (raw == List.class) {
            Reader element = readerOf(argument(type));
            return in -> {
                int n = in.size();
                List<Object> list = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    list.add(element.read(in));
                }
                return list;
            };
        } else if (raw == java.util.SortedMap.class || raw == java.util.Map.class) {
            Reader key = readerOf(argument(type, 0));
            Reader value = readerOf(argument(type, 1));
            boolean sorted = raw == java.util.SortedMap.class;
            return in -> {
                int n = in.size();
                java.util.Map<Object, Object> map = sorted ? new java.util.TreeMap<>() : new java.util.LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    Object k = key.read(in);
                    map.put(k, value.read(in));
                }
                if (map.size() != n) {
                    throw new IOException("repeated key in a map of " + n);
                }
                return map;
            };
        } else if (raw == java.util.SortedSet.class || raw == java.util.Set.class) {
            Reader element = readerOf(argument(type));
            boolean sorted = raw == java.util.SortedSet.class;
            return in -> {
                int n = in.size();
                java.util.Set<Object> set = sorted ? new java.util.TreeSet<>() : new java.util.LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(element.read(in));
                }
                if (set.size() != n) {
                    throw new IOException("repeated element in a set of " + n);
                }
                return set;
            };
        } else if (raw == String.class) {
            return In::readString;
        } else if (raw == int.class || raw == Integer.class) {
            return In::readInt;
        } else if (raw == long.class || raw == Long.class) {
            return In::readLong;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return In::readBoolean;
        } else if (raw == BigDecimal.class) {
            return In::readNumber;
        } else if (raw == LocalDate.class) {
            return in -> day(in.readLong());
        } else if (raw == Instant.class) {
            return in -> Instant.ofEpochSecond(in.readLong(), in.readNano());
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return in -> {
                int ordinal = in.readIndex();
                if (ordinal >= constants.length) {
                    throw new IOException("unknown " + raw.getSimpleName() + " #" + ordinal);
                }
                return constants[ordinal];
            };
        } else if (raw.isSealed() && raw.isInterface()) {
            List<Class<?>> permitted = PERMITTED.get(raw);
            // resolved on first use: a permitted record may (through a list) contain this interface
            Reader[] readers = new Reader[permitted.size()];
            return in -> {
                int index = in.readIndex();
                if (index >= readers.length) {
                    throw new IOException("unknown " + raw.getSimpleName() + " #" + index);
                }
                Reader actual = readers[index];
                if (actual == null) {
                    actual = readerOf(permitted.get(index));
                    readers[index] = actual; // a lost race only looks the reader up twice
                }
                return actual.read(in);
            };
        } else if (raw.isRecord()) {
            return new RecordReader(SHAPES.get(raw));
        }
        return in -> {
            throw new IOException("unsupported type in cache: " + type);
        };
    }

    /** A record's components read in order, then its canonical constructor (which validates them again). */
    private static final class RecordReader implements Reader {
        private final Shape shape;
        /** Resolved on first use: a record may (through a list) contain its own type. */
        private volatile Reader[] components;

        RecordReader(Shape shape) {
            this.shape = shape;
        }

        @Override
        public Object read(In in) throws IOException, ReflectiveOperationException {
            Reader[] readers = components;
            if (readers == null) {
                readers = new Reader[shape.types.length];
                for (int i = 0; i < readers.length; i++) {
                    readers[i] = readerOf(shape.types[i]);
                }
                components = readers;
            }
            Object[] args = new Object[readers.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = readers[i].read(in);
            }
            return shape.canonical.newInstance(args);
        }
    }

    /**
     * The bytes of an entry, read in place, with the texts and numbers already read (see {@link Out}). Every
     * length, size and index is checked before it is used: a torn or forged entry is an {@link IOException}.
     */
    private static final class In {
        private final byte[] b;
        private final int end;
        private int pos;
        private String[] texts = new String[64];
        private int textCount;
        private BigDecimal[] numbers = new BigDecimal[16];
        private int numberCount;

        In(byte[] b, int offset, int end) {
            this.b = b;
            this.pos = offset;
            this.end = end;
        }

        private int need(int n) throws java.io.EOFException {
            if (n > end - pos) {
                throw new java.io.EOFException("truncated entry");
            }
            int at = pos;
            pos += n;
            return at;
        }

        boolean readBoolean() throws IOException {
            return b[need(1)] != 0;
        }

        /** A variable-length whole number of at most {@code 64} bits ({@link Out#writeSize}). */
        long readVarLong() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new java.io.EOFException("truncated entry");
                }
                byte x = b[pos++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    // only the shortest form: a last byte of 0 pads, and the tenth carries bit 63 only
                    if (shift == 63 ? x > 1 : shift > 0 && x == 0) {
                        throw new IOException("overlong number");
                    }
                    return v;
                }
            }
            throw new IOException("overlong number");
        }

        /** A zigzag-mapped signed number ({@link Out#writeSigned}). */
        long readLong() throws IOException {
            long z = readVarLong();
            return (z >>> 1) ^ -(z & 1);
        }

        int readInt() throws IOException {
            long v = readLong();
            if (v != (int) v) {
                throw new IOException("bad int " + v);
            }
            return (int) v;
        }

        /** A non-negative number below {@code limit}. */
        private int readBelow(long limit, String what) throws IOException {
            long v = readVarLong();
            if (v < 0 || v >= limit) {
                throw new IOException("bad " + what + " " + v);
            }
            return (int) v;
        }

        int readIndex() throws IOException {
            return readBelow(Integer.MAX_VALUE, "index");
        }

        int readNano() throws IOException {
            return readBelow(1_000_000_000, "nanosecond");
        }

        int size() throws IOException {
            return readBelow(10_000_001, "collection size");
        }

        // readString and readNumber repeat the reference table's steps on purpose: one generic reader with a
        // decoding function for both (tried) made decoding a warm night's plan 60-80% slower
        String readString() throws IOException {
            int ref = readBelow((long) textCount + 1, "text reference");
            if (ref > 0) {
                return texts[ref - 1];
            }
            int n = readBelow(100_000_001, "string size");
            int at = need(n);
            String s;
            if (n == 0) {
                s = ""; // most notes and comments
            } else if (n <= MAX_SHARED_LENGTH) {
                s = TEXTS.of(b, at, n);
            } else {
                s = new String(b, at, n, StandardCharsets.UTF_8);
                s = s.length() <= MAX_SHARED_LENGTH ? s.intern() : s;
            }
            if (textCount == texts.length) {
                texts = Arrays.copyOf(texts, textCount * 2);
            }
            texts[textCount++] = s;
            return s;
        }

        /** A number written as its text, shared ({@link #NUMBERS}). */
        BigDecimal readNumber() throws IOException {
            int ref = readBelow((long) numberCount + 1, "number reference");
            if (ref > 0) {
                return numbers[ref - 1];
            }
            int n = readBelow(100_000_001, "number size");
            int at = need(n);
            BigDecimal v = n <= MAX_SHARED_LENGTH ? NUMBER_TEXTS.of(b, at, n)
                    : NUMBERS.of(new String(b, at, n, StandardCharsets.UTF_8));
            if (numberCount == numbers.length) {
                numbers = Arrays.copyOf(numbers, numberCount * 2);
            }
            numbers[numberCount++] = v;
            return v;
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    /**
     * A record class's component types, accessors and canonical constructor, looked up once: reflecting on
     * them per value (generic signatures are re-parsed on every call) was most of decoding a cache entry.
     */
    private record Shape(Type[] types, java.lang.reflect.Method[] accessors, Constructor<?> canonical) {
    }

    /**
     * A digest of the shape of a record type and of every type it holds: record components (names and generic
     * types), enum constants, permitted records. Equal digests, same layout of the same values.
     */
    static String schemaOf(Class<?> type) {
        return SCHEMAS.get(type);
    }

    private static final ClassValue<String> SCHEMAS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            StringBuilder sb = new StringBuilder();
            describe(type, sb, new java.util.HashSet<>());
            return it.peg.io.Sha256.hex(sb.toString()).substring(0, 16);
        }
    };

    /** Depth first, each class described once (a record may hold its own type through a list). */
    private static void describe(Type type, StringBuilder sb, java.util.Set<Class<?>> seen) {
        sb.append(type.getTypeName()).append(';');
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                describe(argument, sb, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(c)) {
            return;
        }
        if (c.isEnum()) {
            for (Object constant : c.getEnumConstants()) {
                sb.append(((Enum<?>) constant).name()).append(',');
            }
        } else if (c.isSealed() && c.isInterface()) {
            for (Class<?> permitted : PERMITTED.get(c)) {
                describe(permitted, sb, seen);
            }
        } else if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                sb.append(component.getName()).append(':');
                describe(component.getGenericType(), sb, seen);
            }
        }
        sb.append('|');
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> raw) {
            RecordComponent[] components = raw.getRecordComponents();
            Type[] types = new Type[components.length];
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getGenericType();
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            try {
                Constructor<?> c = raw.getDeclaredConstructor(Arrays.stream(components)
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                c.setAccessible(true);
                return new Shape(types, accessors, c);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + raw, e);
            }
        }
    };

    /** A sealed interface's implementations, sorted by name: a record's index among them is its tag. */
    private static final ClassValue<List<Class<?>>> PERMITTED = new ClassValue<>() {
        @Override
        protected List<Class<?>> computeValue(Class<?> raw) {
            return Arrays.stream(raw.getPermittedSubclasses())
                    .sorted(java.util.Comparator.comparing(Class::getName)).toList();
        }
    };

    private static Type argument(Type type) {
        return argument(type, 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("raw collection type " + type);
    }

    private static final int MAX_SHARED_LENGTH = 300;

    /**
     * One copy of each short text however many entries repeat it (a cell reference, a unit, the same finding in
     * 2,000 files): 10,000 decoded assessments and the plan did not fit in 256 MB otherwise. Texts are interned;
     * the recent ones are found by their bytes first, so that a repeated text is neither decoded nor looked up
     * in the JVM's string table again (that was a quarter of decoding a warm night's entries).
     */
    private static final Recent<String> TEXTS = new Recent<>(1 << 14, String::intern);
    /** Numbers by the bytes of their text, before {@link #NUMBERS}. */
    private static final Recent<BigDecimal> NUMBER_TEXTS = new Recent<>(1 << 13, text -> RecordCodec.NUMBERS.of(text));

    /**
     * A fixed number of slots, each holding the last value decoded from bytes that hash to it: bounded whatever
     * the entries hold, and without locks (a slot holds an immutable pair; a lost race only costs a decoding).
     */
    private static final class Recent<V> {
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
    }

    /**
     * Equal values decoded once and shared, up to a bound (a hostile or huge entry must not grow it without end):
     * a plan has a handful of verifica dates and every indicator report of every decoded assessment carries one
     * (440,000 LocalDate objects, 10 MB, for a night of 10,000 files); nine in ten numbers of decoded assessments
     * repeat (52,762 with 5,060 distinct at 2,000 services). Numbers are keyed by their text, so that scale is
     * kept (1.0 and 1.00 stay apart).
     */
    private static final class Shared<K, V> {
        private final java.util.concurrent.ConcurrentHashMap<K, V> values = new java.util.concurrent.ConcurrentHashMap<>();
        private final int max;
        private final java.util.function.Function<K, V> make;

        Shared(int max, java.util.function.Function<K, V> make) {
            this.max = max;
            this.make = make;
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
    }

    /**
     * Dates by their day, one slot per day of a 90-year window (a slot holds the last date decoded there):
     * bounded, no boxing of the day and no lock, for the one date of every indicator report.
     */
    private static final LocalDate[] DAYS = new LocalDate[1 << 15];

    private static LocalDate day(long epochDay) {
        int slot = (int) (epochDay & (DAYS.length - 1));
        LocalDate d = DAYS[slot];
        if (d == null || d.toEpochDay() != epochDay) {
            d = LocalDate.ofEpochDay(epochDay);
            DAYS[slot] = d; // a lost race only costs a decoding: LocalDate is immutable
        }
        return d;
    }
    private static final Shared<String, BigDecimal> NUMBERS = new Shared<>(50_000, BigDecimal::new);

}
