package it.peg.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blank-weight rule shared by indicators in an objective and objectives in a service: when every
 * weight is blank all weigh 1 (equal weights); when only some are blank, a blank weighs 0. Percentages
 * and coefficients (1,0 / 1,2 / 1,4) need no conversion: they are normalised by their sum.
 */
final class Weights {
    private Weights() {
    }

    static List<BigDecimal> resolve(List<Optional<BigDecimal>> written) {
        // loops, not streams: asked for every objective and service at every scoring
        boolean allBlank = true;
        for (Optional<BigDecimal> w : written) {
            allBlank &= w.isEmpty();
        }
        List<BigDecimal> result = new ArrayList<>(written.size());
        for (Optional<BigDecimal> w : written) {
            result.add(allBlank ? BigDecimal.ONE : w.orElse(BigDecimal.ZERO));
        }
        return result;
    }

    /** How many distinct normalised weights are shared; past it, each is its own (a plan has a handful). */
    private static final int MAX_SHARED = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<BigDecimal, Optional<BigDecimal>> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code weight / total}, the weight normalised in its objective or service, as one shared {@code Optional} per
     * distinct value (scale included: equal by {@code equals}, so the same value in every use): a plan gives the same
     * few normalised weights to every service, and a night at 10,000 services held 120,000 copies of them through its
     * outputs (about 7 MB; issue 21).
     */
    static Optional<BigDecimal> normalised(BigDecimal weight, BigDecimal total) {
        BigDecimal w = weight.divide(total, Achievements.MC);
        Optional<BigDecimal> shared = SHARED.get(w);
        if (shared != null) {
            return shared;
        }
        Optional<BigDecimal> made = Optional.of(w);
        if (SHARED.size() >= MAX_SHARED) {
            return made;
        }
        shared = SHARED.putIfAbsent(w, made);
        return shared == null ? made : shared;
    }

    static BigDecimal sum(List<BigDecimal> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        return sum;
    }
}
