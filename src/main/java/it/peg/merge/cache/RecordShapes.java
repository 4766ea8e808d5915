package it.peg.merge.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link RecordCodec} knows of the types it writes, looked up once per class: a record's components and
 * canonical constructor, a sealed interface's permitted records (their order is the tag), and the schema digest
 * that names a layout.
 */
final class RecordShapes {
    private RecordShapes() {
    }

    /** A record class's shape. */
    static Shape shapeOf(Class<?> record) {
        return SHAPES.get(record);
    }

    /** A sealed interface's permitted records, sorted by name. */
    static List<Class<?>> permitted(Class<?> sealed) {
        return PERMITTED.get(sealed);
    }

    static Class<?> rawClass(Type type) {
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
    record Shape(Type[] types, java.lang.reflect.Method[] accessors, Constructor<?> canonical) {
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

    static Type argument(Type type) {
        return argument(type, 0);
    }

    static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("raw collection type " + type);
    }
}
