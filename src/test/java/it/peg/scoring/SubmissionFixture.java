package it.peg.scoring;

import it.peg.domain.DataReport;
import it.peg.domain.DateValue;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Submission;
import it.peg.domain.YesNoValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small builder of validated submissions for scoring tests. */
final class SubmissionFixture {
    private final String service;
    private final List<IndicatorReport> indicators = new ArrayList<>();
    private final List<ObjectiveReport> objectives = new ArrayList<>();
    private final List<DataReport> data = new ArrayList<>();

    private SubmissionFixture(String service) {
        this.service = service;
    }

    static SubmissionFixture of(String service) {
        return new SubmissionFixture(service);
    }

    SubmissionFixture number(String indicator, LocalDate at, String value) {
        return value(indicator, at, new NumberValue(new BigDecimal(value)));
    }

    SubmissionFixture ratio(String indicator, LocalDate at, String numerator, String denominator) {
        return value(indicator, at, new RatioValue(new BigDecimal(numerator), new BigDecimal(denominator)));
    }

    SubmissionFixture date(String indicator, LocalDate at, LocalDate completed) {
        return value(indicator, at, new DateValue(completed));
    }

    SubmissionFixture yesNo(String indicator, LocalDate at, boolean yes) {
        return value(indicator, at, new YesNoValue(yes));
    }

    SubmissionFixture progress(String indicator, LocalDate at, String fraction) {
        return value(indicator, at, new ProgressValue(new BigDecimal(fraction)));
    }

    private final List<it.peg.domain.PhaseReport> phases = new java.util.ArrayList<>();

    SubmissionFixture blank(String indicator, LocalDate at) {
        indicators.add(new IndicatorReport(indicator, at, Optional.empty(), "", ""));
        return this;
    }

    SubmissionFixture objective(String objective, LocalDate at, Boolean reachable, String notes) {
        objectives.add(new ObjectiveReport(objective, at, Optional.ofNullable(reachable), notes));
        return this;
    }

    SubmissionFixture data(String code, int year, String value) {
        data.add(new DataReport(code, year, Optional.of(new BigDecimal(value)), ""));
        return this;
    }

    private SubmissionFixture value(String indicator, LocalDate at, ReportedValue value) {
        indicators.add(new IndicatorReport(indicator, at, Optional.of(value), "", "Scheda!F12"));
        return this;
    }

    SubmissionFixture phase(String objective, String key, LocalDate at, it.peg.domain.PhaseState state) {
        phases.add(new it.peg.domain.PhaseReport(objective, key, at, Optional.ofNullable(state)));
        return this;
    }

    Submission build() {
        return new Submission(service + ".xlsx", service, indicators, objectives, phases, data);
    }
}
