package it.peg.merge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            T value = type.cast(read(in, type));
            if (in.read() != -1) {
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

    private static Object read(DataInputStream in, Type type) throws IOException, ReflectiveOperationException {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            return in.readBoolean() ? Optional.of(read(in, argument(type))) : Optional.empty();
        } else if (raw == List.class) {
            int n = size(in);
            List<Object> list = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                list.add(read(in, argument(type)));
            }
            return list;
        } else if (raw == java.util.SortedMap.class || raw == java.util.Map.class) {
            int n = size(in);
            java.util.Map<Object, Object> map = raw == java.util.SortedMap.class ? new java.util.TreeMap<>()
                    : new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object key = read(in, argument(type, 0));
                map.put(key, read(in, argument(type, 1)));
            }
            return map;
        } else if (raw == java.util.SortedSet.class || raw == java.util.Set.class) {
            int n = size(in);
            java.util.Set<Object> set = raw == java.util.SortedSet.class ? new java.util.TreeSet<>()
                    : new java.util.LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                set.add(read(in, argument(type)));
            }
            return set;
        } else if (raw == String.class) {
            return readString(in);
        } else if (raw == int.class || raw == Integer.class) {
            return in.readInt();
        } else if (raw == long.class || raw == Long.class) {
            return in.readLong();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return in.readBoolean();
        } else if (raw == BigDecimal.class) {
            return NUMBERS.of(readString(in));
        } else if (raw == LocalDate.class) {
            return DAYS.of(in.readLong());
        } else if (raw == Instant.class) {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        } else if (raw.isEnum()) {
            String name = readString(in);
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new IOException("unknown " + raw.getSimpleName() + " " + name);
        } else if (raw.isSealed() && raw.isInterface()) {
            String simple = readString(in);
            Class<?> actual = PERMITTED.get(raw).get(simple);
            if (actual == null) {
                throw new IOException("unknown " + raw.getSimpleName() + " " + simple);
            }
            return read(in, actual);
        } else if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            Object[] args = new Object[shape.types.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = read(in, shape.types[i]);
            }
            return shape.canonical.newInstance(args);
        }
        throw new IOException("unsupported type in cache: " + type);
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

    private static int size(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("bad collection size " + n);
        }
        return n;
    }

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

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000_000) {
            throw new IOException("bad string size " + n);
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new java.io.EOFException("truncated string");
        }
        String s = new String(b, StandardCharsets.UTF_8);
        // one copy of each short text however many entries repeat it (a cell reference, a unit, the same
        // finding in 2,000 files): 10,000 decoded assessments and the plan did not fit in 256 MB otherwise
        return s.length() <= MAX_SHARED_LENGTH ? s.intern() : s;
    }

    private static final int MAX_SHARED_LENGTH = 300;

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

    private static final Shared<Long, LocalDate> DAYS = new Shared<>(20_000, LocalDate::ofEpochDay);
    private static final Shared<String, BigDecimal> NUMBERS = new Shared<>(50_000, BigDecimal::new);

}
