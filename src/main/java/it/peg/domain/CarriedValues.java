package it.peg.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Values carried forward from an already-returned workbook into a freshly generated one
 * ({@code peg generate --from}), addressed by the input cells' contract names ({@link InputNames}).
 *
 * @param sourceFile      the returned file the values come from ("" when none)
 * @param values          contract name (upper case) to the value to write into that input cell
 * @param lockedNames     contract names of the input cells to lock (the cells of past verifiche)
 * @param lockedVerifiche MMDD codes of the locked verifiche, for the metadata sheet
 */
public record CarriedValues(String sourceFile, SortedMap<String, Value> values, SortedSet<String> lockedNames,
                            SortedSet<String> lockedVerifiche) {

    /** What an input cell receives: a number (fractions for percentages), a text, or a date. */
    public sealed interface Value permits Number, Text, Day {
    }

    public record Number(BigDecimal value) implements Value {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    public record Text(String value) implements Value {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    public record Day(LocalDate value) implements Value {
        public Day {
            Objects.requireNonNull(value, "value");
        }
    }

    public CarriedValues {
        Objects.requireNonNull(sourceFile, "sourceFile");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        lockedNames = Collections.unmodifiableSortedSet(new TreeSet<>(lockedNames));
        lockedVerifiche = Collections.unmodifiableSortedSet(new TreeSet<>(lockedVerifiche));
    }

    /** Nothing carried, nothing locked: a plain generation. */
    public static CarriedValues none() {
        return new CarriedValues("", new TreeMap<>(), new TreeSet<>(), new TreeSet<>());
    }

    public Optional<Value> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean locked(String name) {
        return lockedNames.contains(name);
    }
}
