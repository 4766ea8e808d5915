package it.peg.scoring;

import it.peg.italian.ItalianFormat;
import it.peg.domain.DataReport;
import it.peg.domain.DataRow;
import it.peg.domain.Plan;
import it.peg.domain.Submission;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Year-on-year changes and outliers of the Dati rows. Plans carry 2-4 years of history, too few for a
 * standard-deviation rule, so a value is flagged when:
 * <ol>
 *   <li>it changes by more than ±50% from the previous year's value ({@link #MAX_CHANGE}), or</li>
 *   <li>the previous year's value is 0 and this one is not (a change that cannot be expressed as a %), or</li>
 *   <li>at least {@link #TUKEY_MIN_HISTORY} earlier values are known and it lies outside Tukey's fences
 *       Q1 - 1,5·IQR .. Q3 + 1,5·IQR of those earlier values (quartiles as Excel's QUARTILE.INC).</li>
 * </ol>
 * The plan-year value is the one the office reported ({@code Submission.data}); the plan's own value is used
 * only when the office reported none.
 */
final class DataTrends {
    static final BigDecimal MAX_CHANGE = new BigDecimal("0.5");
    static final int TUKEY_MIN_HISTORY = 4;
    private static final double TUKEY_K = 1.5;

    private DataTrends() {
    }

    static List<DataTrend> of(Plan plan, Map<String, Submission> submissionsByService) {
        return of(plan, plan.dataRows(), submissionsByService);
    }

    /** The trends of these rows of the plan, in their order. */
    static List<DataTrend> of(Plan plan, List<DataRow> rows, Map<String, Submission> submissionsByService) {
        int planYear = plan.settings().year();
        List<DataTrend> result = new ArrayList<>();
        for (DataRow row : rows) {
            Optional<BigDecimal> reported = reported(row, planYear,
                    Optional.ofNullable(submissionsByService.get(row.serviceCode())));
            TreeSet<Integer> years = new TreeSet<>(plan.dataYears());
            if (reported.isPresent()) {
                years.add(planYear);
            }
            List<BigDecimal> history = new ArrayList<>();
            Optional<BigDecimal> previous = Optional.empty();
            Integer previousYear = null;
            for (int year : years) {
                Optional<BigDecimal> value = year == planYear ? reported.or(() -> row.valueOf(year))
                        : row.valueOf(year);
                result.add(trend(row.code(), year, value, previous, previousYear, history));
                value.ifPresent(history::add);
                previous = value;
                previousYear = year;
            }
        }
        return result;
    }

    /** The value the submission reports for the row in the plan year, if any. */
    private static Optional<BigDecimal> reported(DataRow row, int planYear, Optional<Submission> submission) {
        return submission.flatMap(s -> s.data().stream()
                        .filter(d -> d.code().equals(row.code()) && d.year() == planYear).findFirst())
                .flatMap(DataReport::value);
    }

    /** Whether the submission reports a plan-year value for one of these rows (their trends then have the plan year). */
    static boolean reportsPlanYear(Plan plan, List<DataRow> rows, Optional<Submission> submission) {
        int planYear = plan.settings().year();
        for (DataRow row : rows) {
            if (reported(row, planYear, submission).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The years of {@link #of}'s trends, without them: every row has the plan's data years, and the plan year when the
     * row's value was reported for it; no row, no year.
     */
    static java.util.SortedSet<Integer> years(Plan plan, boolean planYearReported) {
        TreeSet<Integer> years = new TreeSet<>();
        if (!plan.dataRows().isEmpty()) {
            years.addAll(plan.dataYears());
            if (planYearReported) {
                years.add(plan.settings().year());
            }
        }
        return years;
    }

    private static DataTrend trend(String code, int year, Optional<BigDecimal> value, Optional<BigDecimal> previous,
                                   Integer previousYear, List<BigDecimal> history) {
        if (value.isEmpty()) {
            return new DataTrend(code, year, value, Optional.empty(), false, "");
        }
        BigDecimal v = value.get();
        List<String> reasons = new ArrayList<>();
        Optional<BigDecimal> change = Optional.empty();
        if (previous.isPresent() && previous.get().signum() != 0) {
            BigDecimal p = previous.get();
            // divided by |previous| so that the sign always says up or down, also for negative volumes
            BigDecimal c = v.subtract(p).divide(p.abs(), Achievements.MC);
            change = Optional.of(c);
            if (c.abs().compareTo(MAX_CHANGE) > 0) {
                reasons.add("variazione " + (c.signum() > 0 ? "+" : "") + ItalianFormat.percent(c) + " rispetto al "
                        + previousYear + " (oltre ±" + ItalianFormat.percent(MAX_CHANGE) + ")");
            }
        } else if (previous.isPresent() && v.signum() != 0) {
            reasons.add("da 0 nel " + previousYear + " a " + ItalianFormat.number(v) + ": variazione non calcolabile");
        }
        if (history.size() >= TUKEY_MIN_HISTORY) {
            DescriptiveStatistics stats = Statistics.describe(history);
            double q1 = stats.getPercentile(25);
            double q3 = stats.getPercentile(75);
            BigDecimal low = Statistics.exact(q1 - TUKEY_K * (q3 - q1));
            BigDecimal high = Statistics.exact(q3 + TUKEY_K * (q3 - q1));
            if (v.compareTo(low) < 0 || v.compareTo(high) > 0) {
                reasons.add("fuori dall'intervallo atteso " + ItalianFormat.number(low) + " – " + ItalianFormat.number(high)
                        + " degli anni precedenti (recinti di Tukey)");
            }
        }
        return new DataTrend(code, year, value, change, !reasons.isEmpty(), String.join("; ", reasons));
    }
}
