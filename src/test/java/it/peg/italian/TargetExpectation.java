package it.peg.italian;

import it.peg.domain.Comparison;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.NumericTarget;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.YesNoTarget;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A compact expected meaning for table-driven target tests: {@code N:24000}, {@code N>=:5}, {@code N<=:-7},
 * {@code N=:7}, {@code P:0.75} (percent), {@code P>=:0.75}, {@code R:1200/3}, {@code D:2018-09-30},
 * {@code SI}, {@code NO}, {@code Q} (qualitative), {@code ERR}.
 */
final class TargetExpectation {
    private TargetExpectation() {
    }

    /**
     * Also {@code B:5..10} (a range), {@code BP:0.9..0.95} (a percent range), {@code REL:0.05} (a change from the
     * baseline, a fraction when written with %).
     */
    static void check(String text, String expected, ParsedTarget parsed) {
        if (expected.startsWith("REL")) {
            RelativeTarget r = parsed.relative().orElseThrow(() -> new AssertionError(text + " is not relative: " + parsed));
            assertEquals(!expected.startsWith("RELN"), r.percent(), text + " percent change");
            expected = expected.replace("RELN:", "REL:");
            assertEquals(0, new BigDecimal(expected.substring(4)).compareTo(r.change()), () -> text + " change " + r.change());
            return;
        }
        assertTrue(parsed.relative().isEmpty(), () -> text + " read as relative " + parsed.relative());
        if (expected.startsWith("B")) {
            NumericTarget n = assertInstanceOf(NumericTarget.class, parsed.spec().target(), text);
            String[] b = expected.substring(expected.indexOf(':') + 1).split("\\.\\.");
            assertEquals(Comparison.BETWEEN, n.comparison(), text);
            assertEquals(0, new BigDecimal(b[0]).compareTo(n.value()), () -> text + " low " + n.value());
            assertEquals(0, new BigDecimal(b[1]).compareTo(n.upper().orElseThrow()), () -> text + " high " + n.upper());
            assertEquals(expected.startsWith("BP"), n.percent(), text + " percent");
            return;
        }
        check(text, expected, parsed.spec().target());
    }

    static void check(String text, String expected, Target actual) {
        String kind = expected.contains(":") ? expected.substring(0, expected.indexOf(':')) : expected;
        String arg = expected.contains(":") ? expected.substring(expected.indexOf(':') + 1) : "";
        if (expected.equals("NO")) {
            assertEquals(false, assertInstanceOf(YesNoTarget.class, actual, text).expected(), text);
            return;
        }
        switch (kind.charAt(0)) {
            case 'N', 'P' -> {
                NumericTarget n = assertInstanceOf(NumericTarget.class, actual, text);
                assertEquals(0, new BigDecimal(arg).compareTo(n.value()), () -> text + " value " + n.value());
                assertEquals(kind.charAt(0) == 'P', n.percent(), text + " percent");
                String cmp = kind.substring(1);
                Comparison c = cmp.isEmpty() ? Comparison.UNSPECIFIED : cmp.equals(">=") ? Comparison.AT_LEAST
                        : cmp.equals("<=") ? Comparison.AT_MOST : Comparison.EQUAL;
                assertEquals(c, n.comparison(), text + " comparison");
            }
            case 'R' -> {
                RatioTarget r = assertInstanceOf(RatioTarget.class, actual, text);
                String[] p = arg.split("/");
                assertEquals(0, new BigDecimal(p[0]).compareTo(r.numerator()), text);
                assertEquals(0, new BigDecimal(p[1]).compareTo(r.denominator()), text);
            }
            case 'D' -> assertEquals(LocalDate.parse(arg), assertInstanceOf(DeadlineTarget.class, actual, text).date(), text);
            case 'S' -> assertTrue(assertInstanceOf(YesNoTarget.class, actual, text).expected(), text);
            case 'Q' -> assertInstanceOf(QualitativeTarget.class, actual, text);
            default -> throw new IllegalArgumentException("bad expectation " + expected);
        }
    }
}
