package it.peg.validation;

import it.peg.domain.Indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an indicator's unit of measure (unità di misura) says about the values it can take. */
final class Units {
    private static final Pattern SCALE = Pattern.compile("SCALA\\D*?(-?\\d+)\\D+?(-?\\d+)");
    private static final Pattern COUNT = Pattern.compile("(NUMERO|NUM\\.?|NR\\.?|N\\.?|N°|Nº)(\\s.*)?");
    /**
     * What each unit text says, read once: every number of every returned file asked it (the unit folded and matched
     * against two patterns per value), while a plan has a handful of distinct units. Bounded, for a process that
     * reads many plans.
     */
    private static final ConcurrentHashMap<String, Reading> READ = new ConcurrentHashMap<>();
    private static final int MAX_READ = 4096;

    /** A unit text as read: a count, a scale and the scale's bounds. */
    private record Reading(boolean count, boolean scale, Optional<BigDecimal> bottom, Optional<BigDecimal> top) {
    }

    private Units() {
    }

    /** A count of things (numero, n., n°, nr.), which cannot be negative. */
    static boolean isCount(String unit) {
        return reading(unit).count();
    }

    static boolean isScale(String unit) {
        return reading(unit).scale();
    }

    /** The lowest accepted value: the plan's Minimo, else the bottom of a {@code scala 1-5}. */
    static Optional<BigDecimal> min(Indicator i) {
        Optional<BigDecimal> min = i.min();
        return min.isPresent() ? min : reading(i.unit()).bottom();
    }

    /** The highest accepted value: the plan's Massimo, else the top of a {@code scala 1-5}. */
    static Optional<BigDecimal> max(Indicator i) {
        Optional<BigDecimal> max = i.max();
        return max.isPresent() ? max : reading(i.unit()).top();
    }

    private static Reading reading(String unit) {
        Reading r = READ.get(unit);
        if (r == null) {
            r = read(unit);
            if (READ.size() < MAX_READ) {
                READ.putIfAbsent(unit, r);
            }
        }
        return r;
    }

    private static Reading read(String unit) {
        String folded = CellReader.fold(unit);
        Matcher m = SCALE.matcher(folded);
        boolean found = m.find();
        return new Reading(COUNT.matcher(folded).matches(), folded.startsWith("SCALA"),
                found ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty(),
                found ? Optional.of(new BigDecimal(m.group(2))) : Optional.empty());
    }
}
