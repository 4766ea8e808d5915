package it.peg.merge.cache;

import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import it.peg.domain.ReportedValue;

/**
 * A small, dependency-free binary codec for the domain records (records, sealed interfaces of records,
 * Optional, List, SortedMap, SortedSet, String, numbers, BigDecimal, LocalDate, Instant, enums), driven by the
 * record components so that it follows the domain as it grows. Decoding goes through the canonical constructors,
 * so every value read back is validated again. Used for merge's cache entries (assessments, a plan's findings,
 * Nucleo's columns, night state; the plan itself is {@link PlanCodec}'s): a decoding failure (a record that changed
 * shape, a torn file) is reported as an {@link IOException} and the source is simply read again.
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
        CodecOut out = new CodecOut();
        write(out, record.getClass(), record);
        return out.toByteArray();
    }

    static <T> T decode(Class<T> type, byte[] data) throws IOException {
        return decode(type, data, 0, data.length);
    }

    /**
     * Decodes the record held in {@code data[offset, offset + length)}, which must hold nothing else, its values shared
     * with every other entry's so decoded ({@link SharedValues}: the thousands of assessments a night decodes).
     */
    static <T> T decode(Class<T> type, byte[] data, int offset, int length) throws IOException {
        return decode(type, data, offset, length, true);
    }

    /**
     * {@link #decode}, its values the entry's own: for an entry decoded once a night and held alone (the night's state,
     * its figures), most of whose texts and numbers other entries do not repeat. The same values, equal to those
     * {@link #decode} gives.
     */
    static <T> T decodeAlone(Class<T> type, byte[] data, int offset, int length) throws IOException {
        return decode(type, data, offset, length, false);
    }

    private static <T> T decode(Class<T> type, byte[] data, int offset, int length, boolean shared) throws IOException {
        try {
            CodecIn in = new CodecIn(data, offset, offset + length, shared);
            T value = type.cast(readerOf(type).read(in));
            if (!in.atEnd()) {
                throw new IOException("trailing bytes");
            }
            return value;
        } catch (RuntimeException | ReflectiveOperationException e) {
            throw new IOException("cannot decode " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static void write(CodecOut out, Type type, Object value) throws IOException {
        Class<?> raw = RecordShapes.rawClass(type);
        if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) {
                write(out, RecordShapes.argument(type), o.get());
            }
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeSize(list.size());
            for (Object e : list) {
                write(out, RecordShapes.argument(type), e);
            }
        } else if (raw == java.util.SortedMap.class || raw == java.util.Map.class) {
            java.util.Map<?, ?> map = (java.util.Map<?, ?>) value;
            out.writeSize(map.size());
            for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                write(out, RecordShapes.argument(type, 0), e.getKey());
                write(out, RecordShapes.argument(type, 1), e.getValue());
            }
        } else if (raw == java.util.SortedSet.class || raw == java.util.Set.class) {
            java.util.Set<?> set = (java.util.Set<?>) value;
            out.writeSize(set.size());
            for (Object e : set) {
                write(out, RecordShapes.argument(type), e);
            }
        } else if (raw == byte[].class) {
            out.writeBytes((byte[]) value); // a part decoded apart, or not at all (a plan's warnings on a night)
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
            int index = RecordShapes.permitted(raw).indexOf(actual);
            if (index < 0) {
                throw new IOException("not a permitted " + raw.getSimpleName() + ": " + actual);
            }
            out.writeSize(index);
            write(out, actual, value);
        } else if (raw.isRecord()) {
            RecordShapes.Shape shape = RecordShapes.shapeOf(raw);
            for (int i = 0; i < shape.types().length; i++) {
                try {
                    write(out, shape.types()[i], shape.accessors()[i].invoke(value));
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
        Object read(CodecIn in) throws IOException, ReflectiveOperationException;
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
        Class<?> raw = RecordShapes.rawClass(type);
        if (raw == Optional.class) {
            Reader element = readerOf(RecordShapes.argument(type));
            return in -> {
                if (!in.readBoolean()) {
                    return Optional.empty();
                }
                Object value = element.read(in);
                return in.shared() ? SharedValues.optionalOf(value) : Optional.of(value);
            };
        } else if (raw == List.class) {
            Reader element = readerOf(RecordShapes.argument(type));
            return in -> {
                int n = in.size();
                List<Object> list = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    list.add(element.read(in));
                }
                return list;
            };
        } else if (raw == java.util.SortedMap.class || raw == java.util.Map.class) {
            Reader key = readerOf(RecordShapes.argument(type, 0));
            Reader value = readerOf(RecordShapes.argument(type, 1));
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
            Reader element = readerOf(RecordShapes.argument(type));
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
        } else if (raw == byte[].class) {
            return CodecIn::readBytes;
        } else if (raw == String.class) {
            return CodecIn::readString;
        } else if (raw == int.class || raw == Integer.class) {
            return CodecIn::readInt;
        } else if (raw == long.class || raw == Long.class) {
            return CodecIn::readLong;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return CodecIn::readBoolean;
        } else if (raw == BigDecimal.class) {
            return CodecIn::readNumber;
        } else if (raw == LocalDate.class) {
            return in -> SharedValues.day(in.readLong());
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
            List<Class<?>> permitted = RecordShapes.permitted(raw);
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
            RecordReader reader = new RecordReader(RecordShapes.shapeOf(raw));
            // a reported value (a number, a ratio, a date) is one of few in a night: one copy of each equal one
            if (!ReportedValue.class.isAssignableFrom(raw)) {
                return reader;
            }
            return in -> {
                Object value = reader.read(in);
                return in.shared() ? SharedValues.reported((ReportedValue) value) : value;
            };
        }
        return in -> {
            throw new IOException("unsupported type in cache: " + type);
        };
    }

    /** A record's components read in order, then its canonical constructor (which validates them again). */
    private static final class RecordReader implements Reader {
        private final RecordShapes.Shape shape;
        /** Resolved on first use: a record may (through a list) contain its own type. */
        private volatile Reader[] components;

        RecordReader(RecordShapes.Shape shape) {
            this.shape = shape;
        }

        @Override
        public Object read(CodecIn in) throws IOException, ReflectiveOperationException {
            Reader[] readers = components;
            if (readers == null) {
                readers = new Reader[shape.types().length];
                for (int i = 0; i < readers.length; i++) {
                    readers[i] = readerOf(shape.types()[i]);
                }
                components = readers;
            }
            Object[] args = new Object[readers.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = readers[i].read(in);
            }
            return shape.canonical().newInstance(args);
        }
    }
    /**
     * A digest of the shape of a record type and of every type it holds: record components (names and generic
     * types), enum constants, permitted records. Equal digests, same layout of the same values.
     */
    static String schemaOf(Class<?> type) {
        return RecordShapes.schemaOf(type);
    }
}
