package it.peg.domain;

import java.util.Objects;

/** Any target that is not a number, ratio, date or SI/NO: the office self-assesses a % of progress, the Nucleo validates it. */
public record QualitativeTarget(String text) implements Target {
    public QualitativeTarget {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public InputKind inputKind() {
        return InputKind.PROGRESS;
    }
}
