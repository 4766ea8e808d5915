package it.peg.italian;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date read from text typed by an Italian user.
 *
 * @param date           the date
 * @param interpretation an Italian note when the text was not a complete dd/mm/yyyy date (e.g. {@code Settembre 2018})
 */
public record ParsedDate(LocalDate date, Optional<String> interpretation) {
    public ParsedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(interpretation, "interpretation");
    }
}
