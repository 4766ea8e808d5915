package it.peg.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The reported completion date of a deadline indicator. */
public record DateValue(LocalDate date) implements ReportedValue {
    public DateValue {
        Objects.requireNonNull(date, "date");
    }
}
