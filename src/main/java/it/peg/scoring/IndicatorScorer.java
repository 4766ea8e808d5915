package it.peg.scoring;

import it.peg.italian.ItalianFormat;
import it.peg.domain.DateValue;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.NumberValue;
import it.peg.domain.NumericTarget;
import it.peg.domain.ProgressValue;
import it.peg.domain.QualitativeTarget;
import it.peg.domain.RatioTarget;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Settings;
import it.peg.domain.Submission;
import it.peg.domain.Target;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoTarget;
import it.peg.domain.YesNoValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Scores one indicator at one verifica: status, raw achievement, threshold and cap, projection, explanation. */
final class IndicatorScorer {
    private final Settings settings;
    private final Verifica verifica;

    IndicatorScorer(Settings settings, Verifica verifica) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.verifica = Objects.requireNonNull(verifica, "verifica");
    }

    /**
     * @param submission the service's valid submission, when it delivered one
     * @param rejected   the reported value was refused by an ERRORE finding
     */
    ScoredIndicator score(Indicator indicator, Optional<Submission> submission, boolean rejected) {
        return score(indicator, submission, submission.flatMap(s -> s.indicator(indicator.code(), verifica.date())),
                rejected);
    }

    /**
     * As {@link #score(Indicator, Optional, boolean)}, with the submission's report of the indicator at the verifica
     * already found by the caller ({@link Submission#indicator} scans every report of the submission).
     */
    ScoredIndicator score(Indicator indicator, Optional<Submission> submission, Optional<IndicatorReport> report,
                          boolean rejected) {
        Optional<ReportedValue> value = rejected ? Optional.empty() : report.flatMap(IndicatorReport::value);
        Optional<Projection.Projected> projection =
                value.flatMap(v -> Projection.of(indicator, verifica, settings.finalVerifica(), v));
        boolean qualitative = indicator.target().target() instanceof QualitativeTarget;

        Optional<TargetSpec> target = indicator.targetAt(verifica);
        if (target.isEmpty()) {
            return unscored(indicator, report, ScoreStatus.MONITORED, qualitative, projection,
                    () -> "nessun target al " + verifica.label() + ": monitorato, non valutato"
                            + value.map(v -> "; valore " + describe(v, indicator)).orElse(""));
        }
        if (submission.isEmpty()) {
            return unscored(indicator, report, ScoreStatus.MISSING, qualitative, projection,
                    () -> "scheda del servizio non consegnata o non valida: nessun valore");
        }
        if (rejected) {
            return unscored(indicator, report, ScoreStatus.REJECTED, qualitative, projection,
                    () -> "valore scartato per un errore bloccante (vedi il foglio Anomalie)");
        }
        Target t = target.get().target();
        if (value.isEmpty()) {
            if (t instanceof DeadlineTarget deadline) {
                // a completion the office reported at an earlier verifica is not undone by the later date left empty:
                // 15/06 written at 30/06 and nothing at 31/12 scored 0%, "non completato entro la scadenza"
                Optional<IndicatorReport> earlier = earlierCompletion(indicator, submission.get());
                if (earlier.isPresent()) {
                    LocalDate at = earlier.get().verifica();
                    Achievements.Raw raw = Achievements.deadline(((DateValue) earlier.get().value().orElseThrow()).date(),
                            deadline.date(), settings.deadlineToleranceDays());
                    return scored(indicator, report, new Achievements.Raw(raw.value(),
                            () -> "data indicata alla verifica del " + ItalianFormat.date(at) + ": " + raw.text()),
                            qualitative, projection);
                }
                if (verifica.date().isBefore(deadline.date())) {
                    return unscored(indicator, report, ScoreStatus.IN_PROGRESS, qualitative, projection,
                            () -> "non ancora completato, scadenza " + ItalianFormat.date(deadline.date())
                                    + " non ancora passata: in corso, non valutato");
                }
                return scored(indicator, report, Achievements.deadlineMissed(deadline.date(), verifica.date()),
                        qualitative, projection);
            }
            return unscored(indicator, report, ScoreStatus.MISSING, qualitative, projection, () -> "valore non inserito");
        }
        Optional<Achievements.Raw> raw = raw(t, value.get(), indicator);
        if (raw.isEmpty()) {
            ReportedValue refused = value.get();
            String targetText = target.get().text();
            return unscored(indicator, report, ScoreStatus.REJECTED, qualitative, projection,
                    () -> "valore " + describe(refused, indicator) + " non confrontabile con il target " + targetText);
        }
        return scored(indicator, report, raw.get(), qualitative, projection);
    }

    /** The latest report of a completion date at a verifica before this one, in the same scheda. */
    private Optional<IndicatorReport> earlierCompletion(Indicator indicator, Submission submission) {
        IndicatorReport latest = null;
        for (IndicatorReport r : submission.indicators()) {
            if (r.indicatorCode().equals(indicator.code()) && r.verifica().isBefore(verifica.date())
                    && r.value().isPresent() && r.value().get() instanceof DateValue
                    && (latest == null || r.verifica().isAfter(latest.verifica()))) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest);
    }

    private Optional<Achievements.Raw> raw(Target target, ReportedValue value, Indicator indicator) {
        if (target instanceof NumericTarget numeric && value instanceof NumberValue n) {
            return Optional.of(Achievements.numeric(n.value(), numeric, indicator.polarity()));
        }
        if (target instanceof RatioTarget ratio && value instanceof RatioValue r) {
            return Optional.of(Achievements.ratio(r.numerator(), r.denominator(), ratio, indicator.polarity()));
        }
        if (target instanceof DeadlineTarget deadline && value instanceof DateValue d) {
            return Optional.of(Achievements.deadline(d.date(), deadline.date(), settings.deadlineToleranceDays()));
        }
        if (target instanceof YesNoTarget yesNo && value instanceof YesNoValue y) {
            return Optional.of(Achievements.yesNo(y.yes(), yesNo.expected()));
        }
        if (target instanceof QualitativeTarget && value instanceof ProgressValue p) {
            return Optional.of(Achievements.qualitative(p.fraction()));
        }
        return Optional.empty();
    }

    private ScoredIndicator scored(Indicator indicator, Optional<IndicatorReport> report, Achievements.Raw raw,
                                   boolean qualitative, Optional<Projection.Projected> projection) {
        BigDecimal achievement;
        // the text is made only when read (Explanation): from the same values, in the same words
        java.util.function.Supplier<String> text;
        if (raw.value().compareTo(settings.minimumThreshold()) < 0) {
            achievement = BigDecimal.ZERO;
            BigDecimal threshold = settings.minimumThreshold();
            text = () -> raw.text() + " → sotto la soglia minima " + ItalianFormat.percent(threshold) + ": 0%";
        } else if (raw.value().compareTo(settings.cap()) > 0) {
            achievement = settings.cap();
            BigDecimal cap = settings.cap();
            text = () -> raw.text() + " → tetto " + ItalianFormat.percent(cap);
        } else {
            achievement = raw.value();
            text = raw::text;
        }
        IndicatorScore score = new IndicatorScore(indicator.code(), verifica, report, ScoreStatus.SCORED,
                Optional.of(achievement), Optional.empty(), qualitative, projection.map(Projection.Projected::value),
                withProjection(text, projection));
        return new ScoredIndicator(indicator, score, Optional.of(raw), projection);
    }

    private ScoredIndicator unscored(Indicator indicator, Optional<IndicatorReport> report, ScoreStatus status,
                                     boolean qualitative, Optional<Projection.Projected> projection,
                                     java.util.function.Supplier<String> text) {
        IndicatorScore score = new IndicatorScore(indicator.code(), verifica, report, status, Optional.empty(),
                Optional.empty(), qualitative, projection.map(Projection.Projected::value),
                withProjection(text, projection));
        return new ScoredIndicator(indicator, score, Optional.empty(), projection);
    }

    private static Explanation withProjection(java.util.function.Supplier<String> text,
                                              Optional<Projection.Projected> projection) {
        return Explanation.later(projection.isEmpty() ? text : () -> text.get() + "; " + projection.get().text().text());
    }

    /** The reported value as an office would write it. */
    private static String describe(ReportedValue value, Indicator indicator) {
        if (value instanceof NumberValue n) {
            boolean percent = indicator.target().target() instanceof NumericTarget t && t.percent();
            return percent ? ItalianFormat.percentValue(n.value()) : ItalianFormat.number(n.value());
        }
        if (value instanceof RatioValue r) {
            return ItalianFormat.number(r.numerator()) + "/" + ItalianFormat.number(r.denominator());
        }
        if (value instanceof DateValue d) {
            return ItalianFormat.date(d.date());
        }
        if (value instanceof YesNoValue y) {
            return y.yes() ? "SI" : "NO";
        }
        return ItalianFormat.percent(((ProgressValue) value).fraction());
    }
}
