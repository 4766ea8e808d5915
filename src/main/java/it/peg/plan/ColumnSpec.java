package it.peg.plan;

import java.util.List;
import java.util.Objects;

/**
 * What identifies a plan column: the header {@code peg init} writes, whether the sheet needs it, and the
 * other header texts accepted. Each {@link Column} enum constant holds one.
 */
record ColumnSpec(String header, boolean required, List<String> aliases) {
    ColumnSpec {
        Objects.requireNonNull(header, "header");
        aliases = List.copyOf(aliases);
    }

    ColumnSpec(String header, boolean required, String... aliases) {
        this(header, required, List.of(aliases));
    }
}
