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

    static BigDecimal sum(List<BigDecimal> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            sum = sum.add(w);
        }
        return sum;
    }
}
