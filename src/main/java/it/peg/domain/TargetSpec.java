package it.peg.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A target as the plan writes it and as peg understood it.
 *
 * @param text           the original text of the plan cell
 * @param target         the parsed meaning
 * @param interpretation how an ambiguous text was read (e.g. "Settembre 2018 letto come scadenza 30/09/2018"), when it was
 */
public record TargetSpec(String text, Target target, Optional<String> interpretation) {
    public TargetSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    // equals and hashCode written out, as the record would generate them (same components, same 31-based hash): the
    // generated ones link through java.lang.runtime.ObjectMethods' method handles, which C1 (peg runs at tier 1 only)
    // calls link by link, and targets are compared and hashed per value validated
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TargetSpec t && text.equals(t.text) && target.equals(t.target)
                && interpretation.equals(t.interpretation);
    }

    @Override
    public int hashCode() {
        return (text.hashCode() * 31 + target.hashCode()) * 31 + interpretation.hashCode();
    }

    /**
     * The text as the plan writes it: a relative target's {@link #text} is the computed one ({@code >= 210 (+5% su
     * 200)}), its interpretation quoting what the plan wrote ({@code '+5%' letto come ...}).
     */
    public String written() {
        java.util.regex.Matcher m = WRITTEN.matcher(interpretation.orElse(""));
        return m.lookingAt() ? m.group(1) : text;
    }

    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("'(.*)' letto come ");

    public static TargetSpec of(String text, Target target) {
        return new TargetSpec(text, target, Optional.empty());
    }
}
