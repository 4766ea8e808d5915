package it.peg.validation;

import it.peg.domain.Indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an indicator's unit of measure (unità di misura) says about the values it can take. */
final class Units {
    private static final Pattern SCALE = Pattern.compile("SCALA\\D*?(-?\\d+)\\D+?(-?\\d+)");
    private static final Pattern COUNT = Pattern.compile("(NUMERO|NUM\\.?|NR\\.?|N\\.?|N°|Nº)(\\s.*)?");

    private Units() {
    }

    /** A count of things (numero, n., n°, nr.), which cannot be negative. */
    static boolean isCount(String unit) {
        return COUNT.matcher(CellReader.fold(unit)).matches();
    }

    static boolean isScale(String unit) {
        return CellReader.fold(unit).startsWith("SCALA");
    }

    /** The lowest accepted value: the plan's Minimo, else the bottom of a {@code scala 1-5}. */
    static Optional<BigDecimal> min(Indicator i) {
        return i.min().or(() -> scale(i.unit(), 1));
    }

    /** The highest accepted value: the plan's Massimo, else the top of a {@code scala 1-5}. */
    static Optional<BigDecimal> max(Indicator i) {
        return i.max().or(() -> scale(i.unit(), 2));
    }

    private static Optional<BigDecimal> scale(String unit, int group) {
        Matcher m = SCALE.matcher(CellReader.fold(unit));
        return m.find() ? Optional.of(new BigDecimal(m.group(group))) : Optional.empty();
    }
}
