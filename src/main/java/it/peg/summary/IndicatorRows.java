package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.DateValue;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.InputKind;
import it.peg.domain.NumberValue;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.TargetSpec;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.scoring.IndicatorScore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Indicatori rows, shared by the workbook and the CSV so that both always say the same thing.
 * One row per indicator and verifica up to the scored one: the scored verifica with its score, the earlier
 * ones with the values the office reported then (not re-scored: their score belongs to their own summary).
 */
final class IndicatorRows {
    static final String NOT_RESCORED = "verifica precedente";
    /** The fields of a row only the CSV prints: "" in the rows given to the Indicatori sheet. */
    static final java.util.List<String> CSV_ONLY = java.util.List.of("serviceName", "objectiveTitle", "deliveryState",
            "phases", "objectiveAtRisk");

    private IndicatorRows() {
    }

    /** Receives the rows one at a time (it may write them out). */
    @FunctionalInterface
    interface Sink {
        void accept(IndicatorRow row) throws IOException;
    }

    /** Every row, in a list: for tests and small plans; writers use {@link #forEach}. */
    static List<IndicatorRow> of(ConsolidationResult result) {
        List<IndicatorRow> rows = new ArrayList<>();
        try {
            forEach(result, rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The number of rows {@link #forEach} gives: every indicator at every verifica up to the scored one. */
    static int count(ConsolidationResult result) {
        return result.plan().indicators().size() * verifiche(result).size();
    }

    private static List<Verifica> verifiche(ConsolidationResult result) {
        Verifica scored = result.scores().verifica();
        List<Verifica> upToScored = new ArrayList<>();
        for (Verifica v : result.plan().settings().verifiche()) {
            if (v.date().isAfter(scored.date())) {
                break;
            }
            upToScored.add(v);
        }
        return upToScored;
    }

    /**
     * The rows one at a time, in plan order, indicator by indicator: none is kept, so that writing 270,000
     * rows costs the memory of one.
     */
    static void forEach(ConsolidationResult result, Sink sink) throws IOException {
        forEachRun(result, (run, rows) -> rows.forEach(sink));
    }

    /**
     * The rows of a run of consecutive indicators of one service (plan order): one segment of the outputs.
     *
     * @param firstRow the index of its first row among all rows (0 for the first row after the header)
     * @param key      a digest of everything its rows are made from ({@link #keyOf}): equal keys, equal rows
     */
    record Run(int firstRow, String key) {
    }

    /** Renders a run's rows when the writer needs them (it may copy them from an earlier output instead). */
    @FunctionalInterface
    interface RunRows {
        void forEach(Sink sink) throws IOException;
    }

    @FunctionalInterface
    interface RunWriter {
        void write(Run run, RunRows rows) throws IOException;
    }

    /** Every run in plan order, each with its rows on demand. */
    static void forEachRun(ConsolidationResult result, RunWriter writer) throws IOException {
        forEachRun(result, true, writer);
    }

    /**
     * As {@link #forEachRun(ConsolidationResult, RunWriter)}; unless {@code keyed}, the runs' keys are not worked out
     * (each is "") for writers that copy nothing and keep no index (consolidate's).
     */
    static void forEachRun(ConsolidationResult result, boolean keyed, RunWriter writer) throws IOException {
        forEachRun(result, keyed, false, writer);
    }

    /**
     * As {@link #forEachRun(ConsolidationResult, boolean, RunWriter)}; when {@code sheetOnly}, the rows' fields that
     * only the CSV prints ({@link #CSV_ONLY}) are "" instead of being looked up and made (the Indicatori sheet does not
     * show them: per row a service and objective look-up, the objective's phases at the verifica, its risk).
     */
    static void forEachRun(ConsolidationResult result, boolean keyed, boolean sheetOnly, RunWriter writer)
            throws IOException {
        Plan plan = result.plan();
        Verifica scored = result.scores().verifica();
        List<Verifica> verifiche = verifiche(result);
        // first submission / score per code, as findFirst over the lists gave: a map, not a scan per indicator
        it.peg.consolidate.SubmissionLookup submissions = result.submissionLookup();
        IndicatorScoreLookup scores = new IndicatorScoreLookup(result.scores().indicators());
        java.util.Map<String, String> deliveries = new java.util.HashMap<>();
        if (!sheetOnly) {
            result.deliveries().forEach(d -> deliveries.putIfAbsent(d.serviceCode(), d.state().italian()));
        }
        PhaseRows phaseRows = sheetOnly ? null : new PhaseRows(result); // (not used for the sheet's rows)
        List<Indicator> indicators = plan.indicators();
        for (Span span : Spans.of(result, verifiche, keyed)) {
            List<Indicator> own = indicators.subList(span.start(), span.end());
            String serviceCode = span.serviceCode();
            int first = span.start();
            writer.write(span.run(), sink -> {
                // its rows show the service's scores and submission: a partial result must hold them (asked only
                // for a run rendered: a copied one reads neither)
                result.scores().requireScoring(serviceCode, "the scoring for the Indicatori rows");
                Optional<Submission> submission = submissions.of(serviceCode);
                // an objective's phases at a verifica, once per run (its indicators share them)
                java.util.Map<String, String> phasesOf = new java.util.HashMap<>();
                // the submission's reports by indicator, once per run: a scan of all of them per row was before
                ReportsByCode reported = new ReportsByCode(submission);
                for (int k = 0; k < own.size(); k++) {
                    Indicator ind = own.get(k);
                    Optional<Objective> obj = sheetOnly ? Optional.empty() : plan.objective(ind.objectiveCode());
                    for (Verifica v : verifiche) {
                        Optional<IndicatorScore> score = v.date().equals(scored.date())
                                ? scores.of(ind.code(), first + k)
                                : Optional.empty();
                        Optional<IndicatorReport> report = score.flatMap(IndicatorScore::report)
                                .or(() -> reported.of(ind.code(), v.date()));
                        String source = report.map(r -> submission.map(s -> s.sourceOf(r)).orElse(r.source())).orElse("");
                        boolean isScored = v.date().equals(scored.date());
                        if (sheetOnly) {
                            sink.accept(row(plan, ind, Optional.empty(), serviceCode, v, report, score, isScored,
                                    source, "", "", "", false));
                            continue;
                        }
                        String phases = phasesOf.computeIfAbsent(ind.objectiveCode() + '\u0000' + v.code(),
                                x -> PhaseRows.line(phaseRows.of(ind.objectiveCode(), serviceCode, v)));
                        String atRisk = !isScored ? "" : result.scores().objectiveOf(serviceCode, ind.objectiveCode())
                                .map(o -> o.atRisk() ? "SI" : "NO").orElse("");
                        sink.accept(row(plan, ind, obj, serviceCode, v, report, score, isScored, source,
                                isScored ? deliveries.getOrDefault(serviceCode, "") : "", phases, atRisk, true));
                    }
                }
            });
        }
    }

    /**
     * The services of the runs whose key {@code earlierHolds} lacks: the runs an output copying from an earlier one so
     * indexed renders (the Indicatori sheet's and the CSV's, both keyed by {@link #keyOf}). Asks no service's scoring.
     */
    static void servicesRendered(ConsolidationResult result, java.util.function.Predicate<String> earlierHolds,
                                 java.util.function.Consumer<String> services) {
        for (Span span : Spans.of(result, verifiche(result), true)) {
            if (!earlierHolds.test(span.run().key())) {
                services.accept(span.serviceCode());
            }
        }
    }

    /**
     * A submission's reports by indicator code, made when first asked: {@link Submission#indicator}'s answer (the first
     * report of that indicator and verifica) without a scan of every report per row.
     */
    static final class ReportsByCode {
        private final Optional<Submission> submission;
        private java.util.Map<String, List<IndicatorReport>> byCode;

        ReportsByCode(Optional<Submission> submission) {
            this.submission = submission;
        }

        Optional<IndicatorReport> of(String code, java.time.LocalDate verifica) {
            if (submission.isEmpty()) {
                return Optional.empty();
            }
            if (byCode == null) {
                byCode = new java.util.HashMap<>();
                for (IndicatorReport r : submission.get().indicators()) {
                    byCode.computeIfAbsent(r.indicatorCode(), c -> new java.util.ArrayList<>(4)).add(r);
                }
            }
            List<IndicatorReport> reports = byCode.get(code);
            if (reports != null) {
                for (IndicatorReport r : reports) {
                    if (r.verifica().equals(verifica)) {
                        return Optional.of(r);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** A run: the plan's indicators {@code [start, end)}, all of service {@code serviceCode}. */
    private record Span(int start, int end, String serviceCode, Run run) {
    }

    /**
     * The runs of a result and their keys, worked out once for the workbook's and the CSV's writers, which a night
     * runs side by side on the same result (a SHA-256 of each service's plan slice and files, twice, was a twentieth
     * of a night with a few new files), and for a night's partial result the same as for the result it was made from
     * (by their {@link KeyInputs}). Only the last result's are kept, and what they were made of is not held.
     */
    static final class Spans {
        /** What the last spans' keys were made of ({@link KeyInputs}): null before any. */
        private static KeyInputs lastInputs;
        private static List<Span> lastSpans = List.of();
        /** Whether {@link #lastSpans} carry their keys. */
        private static boolean lastKeyed;

        static List<Span> of(ConsolidationResult result, List<Verifica> verifiche) {
            return of(result, verifiche, true);
        }

        /** The spans, with their keys when {@code keyed} (else each key is ""). */
        static synchronized List<Span> of(ConsolidationResult result, List<Verifica> verifiche, boolean keyed) {
            if (lastInputs == null || !lastInputs.madeOf(result) || keyed && !lastKeyed) {
                // no memo at all while the next are worked out: not held meanwhile, and none left for the
                // earlier result if working them out fails
                lastInputs = null;
                lastSpans = List.of();
                lastSpans = compute(result, verifiche, keyed);
                lastKeyed = keyed;
                lastInputs = KeyInputs.of(result);
            }
            return lastSpans;
        }

        private static List<Span> compute(ConsolidationResult result, List<Verifica> verifiche, boolean keyed) {
            Plan plan = result.plan();
            Verifica scored = result.scores().verifica();
            java.util.Map<String, List<it.peg.consolidate.FileRecord>> files = filesByService(result);
            List<Indicator> indicators = plan.indicators();
            List<Span> spans = new ArrayList<>();
            int firstRow = 0;
            for (int start = 0; start < indicators.size(); ) {
                String serviceCode = serviceOf(plan, indicators.get(start));
                int end = start + 1;
                while (end < indicators.size() && serviceOf(plan, indicators.get(end)).equals(serviceCode)) {
                    end++;
                }
                List<Indicator> own = indicators.subList(start, end);
                spans.add(new Span(start, end, serviceCode, new Run(firstRow, !keyed ? "" : keyOf(plan, scored,
                        verifiche, serviceCode, firstRow, own, files.getOrDefault(serviceCode, List.of())))));
                firstRow += own.size() * verifiche.size();
                start = end;
            }
            return List.copyOf(spans);
        }
    }

    private static String serviceOf(Plan plan, Indicator ind) {
        return plan.objective(ind.objectiveCode()).map(Objective::serviceCode).orElse("");
    }

    /**
     * Every file of each service as the registry lists it (name, content, time received, status): a service's
     * rows come from the submission that counts, which these decide, assessed by this build against the plan. The
     * records themselves, not their text: at 10,000 services the texts of all of them would be megabytes, held
     * twice (the workbook's and the CSV's writers run side by side).
     */
    private static java.util.Map<String, List<it.peg.consolidate.FileRecord>> filesByService(ConsolidationResult result) {
        java.util.Map<String, List<it.peg.consolidate.FileRecord>> files = new java.util.HashMap<>();
        for (it.peg.consolidate.FileRecord r : result.registry()) {
            r.serviceCode().ifPresent(code -> files.computeIfAbsent(code, k -> new ArrayList<>(2)).add(r));
        }
        return files;
    }

    /**
     * What a run's rows are made from: their place, the service's part of the plan (its content key covers the
     * settings: bands, verifiche), the scored verifica and the service's files. The code that makes rows from them
     * is the running build's: an output written by another build is never copied from (merge keeps indexes per build).
     */
    static String keyOf(Plan plan, Verifica scored, List<Verifica> verifiche, String serviceCode, int firstRow,
                        List<Indicator> own, List<it.peg.consolidate.FileRecord> files) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("indicator-rows/5\n") // 5: cells without their r (h26-write)
                .append(serviceCode).append('\n').append(firstRow).append('\n')
                .append(own.size()).append('\n');
        // every code in order: the fingerprint keeps each objective's indicators in order but not how the
        // objectives' indicators interleave in the plan, which is the order of the rows
        own.forEach(i -> sb.append(i.code()).append('\t'));
        sb.append('\n').append(scored.code()).append('\n')
                .append(verifiche.size()).append('\n')
                .append(plan.service(serviceCode).isPresent() ? it.peg.domain.PlanFingerprint.contentKeyOf(plan, serviceCode)
                        : "no service\n" + plan.settings() + "\n" + own + "\n" // (a plan reader refuses such a plan)
                        + own.stream().map(i -> plan.objective(i.objectiveCode()).map(Object::toString).orElse("-"))
                        .toList())
                .append('\n');
        for (it.peg.consolidate.FileRecord r : files) {
            sb.append(r.fileName()).append('\t').append(r.sha256()).append('\t').append(r.received()).append('\t')
                    .append(r.status()).append('\n');
        }
        return it.peg.io.Sha256.hex(sb.toString());
    }

    private static IndicatorRow row(Plan plan, Indicator ind, Optional<Objective> obj, String serviceCode,
                                    Verifica v, Optional<IndicatorReport> report, Optional<IndicatorScore> score,
                                    boolean isScoredVerifica, String source, String deliveryState, String phases,
                                    String objectiveAtRisk, boolean names) {
        Optional<ReportedValue> value = report.flatMap(IndicatorReport::value);
        Optional<BigDecimal> numerator = value.filter(RatioValue.class::isInstance)
                .map(x -> ((RatioValue) x).numerator());
        Optional<BigDecimal> denominator = value.filter(RatioValue.class::isInstance)
                .map(x -> ((RatioValue) x).denominator());
        Optional<BigDecimal> achievement = score.flatMap(IndicatorScore::achievement);
        String status = score.map(s -> s.status().italian()).orElse(isScoredVerifica ? "" : NOT_RESCORED);
        String target = ind.targetAt(v).map(TargetSpec::text).orElse(ind.target().text());
        return new IndicatorRow(serviceCode,
                names ? plan.service(serviceCode).map(Service::name).orElse("") : "",
                ind.objectiveCode(), obj.map(Objective::title).orElse(""), ind.code(), ind.description(),
                ind.type(), ind.dimension(), target, ind.unit(), ind.weightAt(v), ind.polarity().italian(),
                ind.cumulative(), v.date(), isPercent(ind), value, numberOf(value), numerator, denominator,
                achievement, status, achievement.flatMap(a -> plan.settings().esitoOf(a)),
                score.map(IndicatorScore::explanation).orElse(""),
                report.map(IndicatorReport::cause).orElse(""),
                score.flatMap(IndicatorScore::projection), source, deliveryState, phases, objectiveAtRisk);
    }

    private static boolean isPercent(Indicator ind) {
        return ind.inputKind() == InputKind.PERCENT || ind.inputKind() == InputKind.PROGRESS;
    }

    static Optional<BigDecimal> numberOf(Optional<ReportedValue> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ReportedValue v = value.get();
        if (v instanceof NumberValue n) {
            return Optional.of(n.value());
        }
        if (v instanceof RatioValue r) {
            return Optional.of(r.ratio());
        }
        if (v instanceof ProgressValue p) {
            return Optional.of(p.fraction());
        }
        return Optional.empty();
    }

    /** SI / NO for a yes-no value, "" otherwise. */
    static String yesNo(Optional<ReportedValue> value) {
        return value.filter(YesNoValue.class::isInstance).map(v -> ((YesNoValue) v).yes() ? "SI" : "NO").orElse("");
    }

    static Optional<java.time.LocalDate> dateOf(Optional<ReportedValue> value) {
        return value.filter(DateValue.class::isInstance).map(v -> ((DateValue) v).date());
    }
}
