package it.peg.domain;

/**
 * The meaning of a plan target ("valore atteso"), as parsed from the text the plan writes.
 * The kind of target decides the kind of input cell the office fills and how it is scored.
 */
public sealed interface Target
        permits NumericTarget, RatioTarget, DeadlineTarget, YesNoTarget, QualitativeTarget {

    /** The kind of value the office reports against this target. */
    InputKind inputKind();

    /** The polarity this target implies when the plan does not state one. */
    default Polarity defaultPolarity() {
        return Polarity.INCREASING;
    }
}
