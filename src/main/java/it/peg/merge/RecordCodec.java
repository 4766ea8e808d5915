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
        } else if (raw == LocalDate.class || raw == Instant.class) {
            writeString(out, value.toString());
        } else if (raw.isEnum()) {
            writeString(out, ((Enum<?>) value).name());
        } else if (raw.isSealed() && raw.isInterface()) {
            Class<?> actual = value.getClass();
            writeString(out, actual.getSimpleName());
            write(out, actual, value);
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                try {
                    write(out, c.getGenericType(), c.getAccessor().invoke(value));
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
            return new BigDecimal(readString(in));
        } else if (raw == LocalDate.class) {
            return LocalDate.parse(readString(in));
        } else if (raw == Instant.class) {
            return Instant.parse(readString(in));
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
            Class<?> actual = Arrays.stream(raw.getPermittedSubclasses()).filter(c -> c.getSimpleName().equals(simple))
                    .findFirst().orElseThrow(() -> new IOException("unknown " + raw.getSimpleName() + " " + simple));
            return read(in, actual);
        } else if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = read(in, components[i].getGenericType());
            }
            return CANONICAL.get(raw).newInstance(args);
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

    /** Canonical constructors looked up once per record class (a plan decodes tens of thousands of records). */
    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> raw) {
            try {
                Constructor<?> c = raw.getDeclaredConstructor(Arrays.stream(raw.getRecordComponents())
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + raw, e);
            }
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
        return new String(b, StandardCharsets.UTF_8);
    }

}
