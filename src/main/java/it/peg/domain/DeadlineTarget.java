package it.peg.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A date by which something must be done ({@code 31/12/2017}, {@code Settembre 2018}); the office reports the completion date. */
public record DeadlineTarget(LocalDate date) implements Target {
    public DeadlineTarget {
        Objects.requireNonNull(date, "date");
    }

    @Override
    public InputKind inputKind() {
        return InputKind.DATE;
    }

    @Override
    public Polarity defaultPolarity() {
        return Polarity.DECREASING;
    }
}
