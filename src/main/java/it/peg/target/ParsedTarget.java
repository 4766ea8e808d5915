package it.peg.target;

import it.peg.domain.TargetSpec;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading a plan target text.
 *
 * @param spec  what the target means; when {@code error} is present a qualitative placeholder with the original text
 * @param error an Italian message saying why the text cannot be a target and how to write it, when it cannot
 */
public record ParsedTarget(TargetSpec spec, Optional<String> error) {
    public ParsedTarget {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(error, "error");
    }

    public boolean isValid() {
        return error.isEmpty();
    }
}
