package it.peg.domain;

/** A value an office reported for an indicator at a verifica, already validated and typed. */
public sealed interface ReportedValue permits NumberValue, RatioValue, DateValue, YesNoValue, ProgressValue {
}
