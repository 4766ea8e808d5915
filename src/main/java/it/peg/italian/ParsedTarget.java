package it.peg.italian;

import it.peg.domain.TargetSpec;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading a plan target text.
 *
 * @param spec     what the target means; when {@code error} is present, or when the target is relative, a
 *                 qualitative placeholder with the original text
 * @param error    an Italian message saying why the text cannot be a target and how to write it, when it cannot
 * @param relative the change from a baseline, when the target is written as one ({@code +5%}); the plan reader
 *                 turns it into a number with the indicator's baseline
 * @param unit     the unit the text writes ({@code giorni}, {@code ore}, {@code euro}, {@code %}), "" when none
 */
public record ParsedTarget(TargetSpec spec, Optional<String> error, Optional<RelativeTarget> relative, String unit) {
    public ParsedTarget {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(relative, "relative");
        Objects.requireNonNull(unit, "unit");
    }

    public ParsedTarget(TargetSpec spec, Optional<String> error) {
        this(spec, error, Optional.empty(), "");
    }

    public boolean isValid() {
        return error.isEmpty();
    }
}
