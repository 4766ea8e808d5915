package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.italian.ItalianText;
import it.peg.domain.Findings;
import it.peg.domain.Indicator;
import it.peg.domain.NumericTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.readback.RawCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values that read as valid numbers but are probably not what the office meant, each an AVVISO naming the cell, the
 * value and the likely intended one (the value is kept: it may be right). A year ({@code 2018}) or a date serial
 * ({@code 46660}, 31/12/2027) far beyond everything known of the indicator's magnitude is what LibreOffice's AutoInput
 * leaves when it completes a typed {@code 2} or {@code 31} from a text of the same column; a percentage under 1% where
 * the target is tens of percent is {@code 0,85} typed into a percent cell, which LibreOffice reads as 0,85%.
 */
final class Plausibility {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** How many times the largest known magnitude a year or serial must exceed to be reported. */
    private static final BigDecimal FAR = BigDecimal.TEN;
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final BigDecimal TENS_OF_PERCENT = new BigDecimal("0.1");
    private static final int YEARS_AROUND = 5;

    /** Which number of an indicator's input: the value, or a ratio's numerator or denominator. */
    enum Part { VALUE, NUMERATOR, DENOMINATOR }

    private final String file;
    private final int planYear;
    private final boolean date1904;
    private final Findings findings;
    /**
     * The last plausible number of each indicator part (by indicator code, one map per part: no key text made per
     * value), with its verifica: the previous verifica's value.
     */
    private final Map<String, Previous> previousValues = new HashMap<>();
    private final Map<String, Previous> previousNumerators = new HashMap<>();
    private final Map<String, Previous> previousDenominators = new HashMap<>();

    /** The verifica's label is formatted only for a message: most values are never reported. */
    private record Previous(BigDecimal value, Verifica at) {
    }

    Plausibility(String file, int planYear, boolean date1904, Findings findings) {
        this.file = file;
        this.planYear = planYear;
        this.date1904 = date1904;
        this.findings = findings;
    }

    /** Checks a number (count, amount, numerator, denominator) against the indicator's magnitude. */
    void number(Indicator ind, Verifica v, RawCell c, Part part, BigDecimal n) {
        // called for every number of every file: no text is made unless a finding is (the basis of the reference,
        // the key, the verifica's label were all formatted for each value, and are shown only in a rare AVVISO)
        Map<String, Previous> byCode = part == Part.VALUE ? previousValues
                : part == Part.NUMERATOR ? previousNumerators : previousDenominators;
        Previous before = byCode.get(ind.code());
        BigDecimal reference = reference(ind, v, part, before);
        boolean reported = reference != null && !c.dateFormatted() && yearOrDate(ind, v, part, before, c, n, reference);
        if (!reported) {
            byCode.put(ind.code(), new Previous(n.abs(), v));
        }
    }

    private boolean yearOrDate(Indicator ind, Verifica v, Part part, Previous before, RawCell c, BigDecimal n,
                               BigDecimal reference) {
        if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(reference.multiply(FAR)) <= 0) {
            return false;
        }
        Spot spot = Spot.of(file, c, ind.code());
        String found = ItalianText.format(n);
        String of = " non un valore dell'indicatore " + ind.code() + " (" + String.join("; ", basis(ind, v, part, before))
                + ")";
        String expected = "un valore dell'ordine di " + ItalianText.format(reference);
        int value = n.intValueExact();
        boolean yearUnit = ind.unit().toLowerCase(Locale.ROOT).contains("ann");
        if (!yearUnit && Math.abs(value - planYear) <= YEARS_AROUND) {
            String digits = Integer.toString(value);
            findings.add(spot.warning(FindingCode.VALORE_COME_ANNO_O_DATA, found, expected,
                    "Il valore " + found + " nella cella " + spot.where() + " sembra un anno," + of + ": forse intendevi "
                            + digits.charAt(0) + " o " + digits.substring(0, 2) + "? Il completamento automatico di"
                            + " LibreOffice completa le cifre scritte con i testi della stessa colonna. Controllare e"
                            + " riscrivere il valore; se è giusto, ignorare questo avviso."));
            return true;
        }
        if (value >= 1000) {
            LocalDate d = ItalianText.fromSerial(value, date1904);
            if (Math.abs(d.getYear() - planYear) <= YEARS_AROUND) {
                findings.add(spot.warning(FindingCode.VALORE_COME_ANNO_O_DATA, found, expected,
                        "Il valore " + found + " nella cella " + spot.where() + " è la data " + d.format(DAY)
                                + " come numero di serie," + of + ": forse intendevi " + d.getDayOfMonth() + "? Il valore"
                                + " scritto è stato completato o letto come data. Controllare e riscrivere il valore; se è"
                                + " giusto, ignorare questo avviso."));
                return true;
            }
        }
        return false;
    }

    /**
     * The largest magnitude known for the part (targets at this verifica and the final one, the previous verifica's
     * value, the plan's Minimo/Massimo); null when none is known. {@link #basis} describes each for the message.
     */
    private static BigDecimal reference(Indicator ind, Verifica v, Part part, Previous before) {
        BigDecimal largest = BigDecimal.ZERO;
        TargetSpec at = v.isFinal() ? ind.target() : ind.intermediateTargets().get(v.date());
        if (at != null) {
            largest = larger(largest, magnitude(at.target(), part));
        }
        // the final target, when it is another than the one at this verifica (an equal one adds nothing to the maximum)
        if (at != ind.target()) {
            largest = larger(largest, magnitude(ind.target().target(), part));
        }
        if (before != null && before.value().signum() > 0) {
            largest = largest.max(before.value());
        }
        if (part == Part.VALUE) {
            Optional<BigDecimal> min = Units.min(ind);
            Optional<BigDecimal> max = Units.max(ind);
            if (min.isPresent() && min.get().signum() != 0) {
                largest = largest.max(min.get().abs());
            }
            if (max.isPresent() && max.get().signum() != 0) {
                largest = largest.max(max.get().abs());
            }
        }
        return largest.signum() > 0 ? largest : null;
    }

    private static BigDecimal larger(BigDecimal largest, BigDecimal magnitude) {
        return magnitude != null && magnitude.signum() > 0 ? largest.max(magnitude) : largest;
    }

    /** What {@link #reference} took its maximum from, each described, in that order: for the message only. */
    private static List<String> basis(Indicator ind, Verifica v, Part part, Previous before) {
        List<String> basis = new ArrayList<>();
        Set<TargetSpec> targets = new LinkedHashSet<>();
        ind.targetAt(v).ifPresent(targets::add);
        targets.add(ind.target());
        for (TargetSpec t : targets) {
            BigDecimal m = magnitude(t.target(), part);
            if (m != null && m.signum() > 0) {
                basis.add("target " + t.text());
            }
        }
        if (before != null && before.value().signum() > 0) {
            basis.add("valore al " + before.at().label() + ": " + ItalianText.format(before.value()));
        }
        if (part == Part.VALUE) {
            Optional<BigDecimal> min = Units.min(ind).filter(b -> b.signum() != 0);
            Optional<BigDecimal> max = Units.max(ind).filter(b -> b.signum() != 0);
            min.ifPresent(m -> basis.add("minimo " + ItalianText.format(m)));
            max.ifPresent(m -> basis.add("massimo " + ItalianText.format(m)));
        }
        return basis;
    }

    /** The target's magnitude for the part, null when it says none. */
    private static BigDecimal magnitude(Target t, Part part) {
        if (t instanceof NumericTarget n && !n.percent() && part == Part.VALUE) {
            return n.value().abs();
        }
        if (t instanceof RatioTarget r && part != Part.VALUE) {
            return (part == Part.NUMERATOR ? r.numerator() : r.denominator()).abs();
        }
        return null;
    }

    /** A percentage under 1% where the target at this verifica (or the final one) is tens of percent. */
    void percent(Indicator ind, Verifica v, RawCell c, BigDecimal fraction) {
        if (fraction.signum() <= 0 || fraction.compareTo(ONE_PERCENT) >= 0) {
            return;
        }
        TargetSpec target = ind.targetAt(v).orElse(ind.target());
        if (!(target.target() instanceof NumericTarget t) || !t.percent() || t.value().compareTo(TENS_OF_PERCENT) < 0) {
            return;
        }
        Spot spot = Spot.of(file, c, ind.code());
        String found = ItalianText.formatPercent(fraction);
        String meant = ItalianText.formatPercent(fraction.movePointRight(2));
        String typed = ItalianText.format(fraction.movePointRight(2));
        String number = ItalianText.format(fraction.movePointRight(4));
        findings.add(spot.warning(FindingCode.PERCENTUALE_SOTTO_UNO, found, meant,
                "La percentuale " + found + " nella cella " + spot.where() + " è molto lontana dal target "
                        + target.text() + ": forse intendevi " + meant + "? In una cella percentuale " + typed
                        + " si legge " + found + ": per " + meant + " scrivere " + number + " oppure " + meant + "."));
    }
}
