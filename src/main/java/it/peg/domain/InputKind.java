package it.peg.domain;

/** The kind of value an office reports for an indicator, which decides the input cell's type. */
public enum InputKind {
    /** A plain number (count, euro, days, a value on a scale). */
    NUMBER,
    /** A percentage, stored as a fraction (0.75 is 75%). */
    PERCENT,
    /** Numerator and denominator, reported in two cells. */
    RATIO,
    /** The completion date of a deadline target. */
    DATE,
    /** SI or NO. */
    YES_NO,
    /** The office's self-assessed percentage of progress on a qualitative target (a fraction). */
    PROGRESS
}
