package it.peg.merge;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
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
 * Optional, List, SortedMap, SortedSet, String, numbers, BigDecimal, LocalDate, Instant, enums), driven by the record components
 * so that it follows the domain as it grows. Decoding goes through the canonical constructors, so every
 * value read back is validated again. Used only for the assessment cache: a decoding failure (a record that
 * changed shape, a torn file) is reported as an {@link IOException} and the file is simply read again.
 * Used for the assessment cache and the plan cache.
 */
final class RecordCodec {
    private RecordCodec() {
    }

    static byte[] encode(Object record) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, record.getClass(), record);
        }
        return bytes.toByteArray();
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

    private static void write(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) {
                write(out, argument(type), o.get());
            }
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object e : list) {
                write(out, argument(type), e);
            }
        } else if (raw == java.util.SortedMap.class || raw == java.util.Map.class) {
            java.util.Map<?, ?> map = (java.util.Map<?, ?>) value;
            out.writeInt(map.size());
            for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                write(out, argument(type, 0), e.getKey());
                write(out, argument(type, 1), e.getValue());
            }
        } else if (raw == java.util.SortedSet.class || raw == java.util.Set.class) {
            java.util.Set<?> set = (java.util.Set<?>) value;
            out.writeInt(set.size());
            for (Object e : set) {
                write(out, argument(type), e);
            }
        } else if (raw == String.class) {
            writeString(out, (String) value);
        } else if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == BigDecimal.class) {
            writeString(out, value.toString()); // keeps the scale exactly
        } else if (raw == LocalDate.class) {
            out.writeLong(((LocalDate) value).toEpochDay()); // not text: parsing dates was a tenth of decoding
        } else if (raw == Instant.class) {
            out.writeLong(((Instant) value).getEpochSecond());
            out.writeInt(((Instant) value).getNano());
        } else if (raw.isEnum()) {
            writeString(out, ((Enum<?>) value).name());
        } else if (raw.isSealed() && raw.isInterface()) {
            Class<?> actual = value.getClass();
            writeString(out, actual.getSimpleName());
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
            return in -> Instant.ofEpochSecond(in.readLong(), in.readInt());
        } else if (raw.isEnum()) {
            java.util.Map<String, Object> byName = new java.util.HashMap<>();
            for (Object constant : raw.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return in -> {
                String name = in.readString();
                Object constant = byName.get(name);
                if (constant == null) {
                    throw new IOException("unknown " + raw.getSimpleName() + " " + name);
                }
                return constant;
            };
        } else if (raw.isSealed() && raw.isInterface()) {
            java.util.Map<String, Class<?>> permitted = PERMITTED.get(raw);
            java.util.Map<String, Reader> byName = new java.util.concurrent.ConcurrentHashMap<>();
            return in -> {
                String simple = in.readString();
                Reader actual = byName.get(simple);
                if (actual == null) {
                    Class<?> c = permitted.get(simple);
                    if (c == null) {
                        throw new IOException("unknown " + raw.getSimpleName() + " " + simple);
                    }
                    actual = readerOf(c);
                    byName.put(simple, actual);
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
     * The bytes of an entry, read in place: what a {@code DataInputStream} over a {@code ByteArrayInputStream}
     * did (big-endian numbers, length-prefixed UTF-8), without its synchronized reads and per-string copies.
     */
    private static final class In {
        private final byte[] b;
        private final int end;
        private int pos;

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

        int readInt() throws IOException {
            int i = need(4);
            return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
        }

        long readLong() throws IOException {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }

        int size() throws IOException {
            int n = readInt();
            if (n < 0 || n > 10_000_000) {
                throw new IOException("bad collection size " + n);
            }
            return n;
        }

        /** The length of a text's bytes, checked before they are looked at. */
        private int text(String what) throws IOException {
            int n = readInt();
            if (n < 0 || n > 100_000_000) {
                throw new IOException("bad " + what + " size " + n);
            }
            return n;
        }

        String readString() throws IOException {
            int n = text("string");
            int at = need(n);
            if (n == 0) {
                return ""; // most notes and comments
            }
            if (n <= MAX_SHARED_LENGTH) {
                return TEXTS.of(b, at, n);
            }
            String s = new String(b, at, n, StandardCharsets.UTF_8);
            return s.length() <= MAX_SHARED_LENGTH ? s.intern() : s;
        }

        /** A number written as its text, shared ({@link #NUMBERS}). */
        BigDecimal readNumber() throws IOException {
            int n = text("number");
            int at = need(n);
            return n <= MAX_SHARED_LENGTH ? NUMBER_TEXTS.of(b, at, n)
                    : NUMBERS.of(new String(b, at, n, StandardCharsets.UTF_8));
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

    /** A sealed interface's implementations by simple name. */
    private static final ClassValue<java.util.Map<String, Class<?>>> PERMITTED = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Class<?>> computeValue(Class<?> raw) {
            java.util.Map<String, Class<?>> byName = new java.util.HashMap<>();
            for (Class<?> c : raw.getPermittedSubclasses()) {
                byName.put(c.getSimpleName(), c);
            }
            return byName;
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

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
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
