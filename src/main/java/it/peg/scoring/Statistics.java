package it.peg.scoring;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Descriptive statistics with Commons Math. Quartiles and median use {@link Percentile.EstimationType#R_7},
 * the estimator of Excel's and LibreOffice's QUARTILE / QUARTILE.INC, so a reader can check the summary's
 * numbers in the spreadsheet itself. The standard deviation is the sample one (STDEV.S), absent below two values.
 */
final class Statistics {
    /** Results are rounded to this many decimals, so that doubles never leak binary noise into the summary. */
    static final int SCALE = 10;

    private Statistics() {
    }

    static Distribution distribution(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Distribution.empty();
        }
        DescriptiveStatistics stats = describe(values);
        return new Distribution(values.size(), Optional.of(exact(stats.getMean())),
                Optional.of(exact(stats.getPercentile(50))), Optional.of(exact(stats.getPercentile(25))),
                Optional.of(exact(stats.getPercentile(75))),
                values.size() < 2 ? Optional.empty() : Optional.of(exact(stats.getStandardDeviation())),
                Optional.of(exact(stats.getMin())), Optional.of(exact(stats.getMax())));
    }

    static DescriptiveStatistics describe(List<BigDecimal> values) {
        DescriptiveStatistics stats = new DescriptiveStatistics(values.stream().mapToDouble(BigDecimal::doubleValue)
                .toArray());
        stats.setPercentileImpl(new Percentile().withEstimationType(Percentile.EstimationType.R_7));
        return stats;
    }

    static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
