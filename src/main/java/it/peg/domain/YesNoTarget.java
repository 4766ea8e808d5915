package it.peg.domain;

/** A SI/NO target: {@code SI} means the thing must be done. */
public record YesNoTarget(boolean expected) implements Target {
    @Override
    public InputKind inputKind() {
        return InputKind.YES_NO;
    }
}
