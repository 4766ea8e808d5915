package it.peg.domain;

/** A reported SI (true) or NO (false). */
public record YesNoValue(boolean yes) implements ReportedValue {
}
