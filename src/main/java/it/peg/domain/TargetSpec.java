package it.peg.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A target as the plan writes it and as peg understood it.
 *
 * @param text           the original text of the plan cell
 * @param target         the parsed meaning
 * @param interpretation how an ambiguous text was read (e.g. "Settembre 2018 letto come scadenza 30/09/2018"), when it was
 */
public record TargetSpec(String text, Target target, Optional<String> interpretation) {
    public TargetSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    public static TargetSpec of(String text, Target target) {
        return new TargetSpec(text, target, Optional.empty());
    }
}
