package it.peg.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A monitoring date of the plan year.
 *
 * @param date    the verifica date (e.g. 2018-09-30)
 * @param due     the date offices must deliver by ("Scadenze consegna"), when the plan sets one
 * @param isFinal true for the last verifica of the year, at which every indicator is scored
 */
public record Verifica(LocalDate date, Optional<LocalDate> due, boolean isFinal) implements Comparable<Verifica> {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Verifica {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(due, "due");
    }

    /** The {@code <MMDD>} used in defined names, e.g. {@code 0930}. */
    public String code() {
        // by hand, not with a formatter: the Indicatori and CSV writers ask it for every service every night
        int mmdd = date.getMonthValue() * 100 + date.getDayOfMonth();
        return new String(new char[]{(char) ('0' + mmdd / 1000), (char) ('0' + mmdd / 100 % 10),
                (char) ('0' + mmdd / 10 % 10), (char) ('0' + mmdd % 10)});
    }

    /** Short Italian label, e.g. {@code 30/09}. */
    public String label() {
        return date.format(LABEL);
    }

    /** Full Italian date, e.g. {@code 30/09/2018}. */
    public String fullLabel() {
        return date.format(FULL);
    }

    // equals and hashCode written out, as the record would generate them (same components, same 31-based hash): the
    // generated ones link through java.lang.runtime.ObjectMethods' method handles, which C1 (peg runs at tier 1 only)
    // calls link by link, and scoring compares a verifica for every service
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Verifica v && isFinal == v.isFinal && date.equals(v.date) && due.equals(v.due);
    }

    @Override
    public int hashCode() {
        return (date.hashCode() * 31 + due.hashCode()) * 31 + Boolean.hashCode(isFinal);
    }

    @Override
    public int compareTo(Verifica other) {
        return date.compareTo(other.date);
    }
}
