package it.peg.merge;

import it.peg.consolidate.ChangedServices;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.KeptFigures;
import it.peg.consolidate.KeptFile;
import it.peg.consolidate.PartialCombine;
import it.peg.consolidate.PartialConsolidation;
import it.peg.domain.Finding;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.merge.cache.AssessmentCache;
import it.peg.scoring.DataTrend;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.ScoreReport;
import it.peg.scoring.ServiceScoring;
import it.peg.summary.RenderedServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The night's combine, and what the outputs are written from: every service combined from its files (the full
 * computation), or, on the proportional night, only the services whose rows the outputs render, the others' figures
 * taken as the last complete night kept them ({@link NightFigures}). The partial night assesses tonight's new files,
 * lets {@link ChangedServices} decide which services changed, combines those ({@link PartialCombine}), asks
 * {@link RenderedServices} which services' rows the writers will render (copying the rest from last night's outputs),
 * combines those too, and gives the writers a result holding the full scoring of exactly these services
 * ({@link ScoreReport.Partial}). Any doubt (the decision or the partial combine gives nothing) is the full
 * computation, which then reads none of the files assessed so far again.
 */
final class CombineStep {
    private static final Logger LOG = LoggerFactory.getLogger(CombineStep.class);

    private CombineStep() {
    }

    /**
     * What the combine gives the rest of the night.
     *
     * @param result   what the outputs are written from (the inbox entries not read: their findings first)
     * @param files    every file's archived copy and its findings, by {@code name NUL sha256} ({@link StatusStep})
     * @param looked   the files assessed tonight and how many had to be read (cache misses): every file on a full night;
     *                 on a partial night those it assessed, before the comparison of locked values (so that a full
     *                 computation after all reads none of them again)
     * @param figures  what the next night keeps, made when asked (on the figures' own thread)
     * @param scored   on a partial night, the services whose full scoring the result holds; empty: every service's
     */
    record Combined(ConsolidationResult result, Map<String, StatusStep.FileSeen> files, AssessStep.Assessed looked,
                    Supplier<Optional<NightFigures>> figures, Optional<Set<String>> scored) {
        /** A file failed for a reason of the night, not of its bytes: the next night must read it again. */
        boolean transientFailure() {
            return looked.assessed().stream().anyMatch(AssessStep::isTransient);
        }
    }

    /**
     * A partial night's attempt.
     *
     * @param combined the combine, empty after a doubt (then the full computation)
     * @param looked   the files assessed so far, before the comparison of locked values ({@link AssessStep#lookUp})
     */
    record Attempt(Optional<Combined> combined, AssessStep.Assessed looked) {
    }

    /** What the partial night awaits once tonight's new files are assessed: the Nucleo's overrides (the decision depends on them). */
    interface Overrides {
        Map<String, NucleoOverride> get() throws IOException;
    }

    /** The caller's full computation, taking as they are the files {@code looked} at already. */
    interface Full {
        Combined combine(AssessStep.Assessed looked) throws IOException;
    }

    /**
     * The partial night when the last complete night {@code kept} figures of this build, plan and verifica and they
     * account for tonight's files; else, or after a doubt, {@code full}.
     */
    static Combined run(Stages.AssessFile assess, Plan plan, Verifica verifica, List<InputFile> archived,
                        AssessmentCache cache, Optional<NightFigures> kept, Overrides overrides,
                        RenderedServices.Earlier earlier, List<Finding> skipped, PhaseTimes phases, Full full)
            throws IOException {
        if (kept.isEmpty()) {
            return full.combine(AssessStep.Assessed.NONE);
        }
        Attempt attempt = partial(assess, plan, verifica, archived, cache, kept.get().figures(), overrides,
                earlier, skipped);
        AssessmentCache.forgetSharedValues(); // as after a full night's assessments
        phases.lap("assess"); // the Nucleo's columns awaited inside, the combine made with the assessments
        phases.lap("nucleo");
        return attempt.combined().isPresent() ? attempt.combined().get() : full.combine(attempt.looked());
    }

    /** What the outputs were written from, and what they wrote. */
    record Done(Combined combined, OutputStep.Written written) {
    }

    /** The night's outputs written from a result ({@link OutputStep#run}). */
    interface Outputs {
        OutputStep.Written write(ConsolidationResult result) throws IOException;
    }

    /**
     * The outputs written from {@code combined}, its figures for the next night made meanwhile (in {@code figures}: the
     * caller closes them on every way out). When the writers need a service a partial night did not score
     * ({@link it.peg.scoring.NotScoredException}: copying, they met an earlier row whose bytes changed since it was
     * indexed), which is peg's doubt and not the user's, the outputs staged are discarded by the writers, and the full
     * computation ({@code full}) writes them again.
     */
    static Done write(Combined combined, java.util.concurrent.atomic.AtomicReference<NightFigures.Pending> figures,
                      Full full, Outputs outputs) throws IOException {
        figures.set(NightFigures.encodeMeanwhile(combined.figures()));
        try {
            return new Done(combined, outputs.write(combined.result()));
        } catch (it.peg.scoring.NotScoredException e) {
            if (combined.scored().isEmpty()) {
                throw e;
            }
            LOG.warn("the outputs need a service this night did not score ({}): every service is combined and the "
                    + "outputs written again", e.getMessage());
        }
        figures.get().close();
        Combined all = full.combine(combined.looked());
        figures.set(NightFigures.encodeMeanwhile(all.figures()));
        return new Done(all, outputs.write(all.result()));
    }

    /**
     * The full computation: every archived file assessed (those {@code looked} at already taken as they are), the
     * Nucleo's columns awaited, every service combined.
     */
    static Combined full(Stages stages, Plan plan, Verifica verifica, List<InputFile> archived, AssessmentCache cache,
                         CacheReadAhead readAhead, Overrides nucleo, List<Finding> skipped, PhaseTimes phases,
                         AssessStep.Assessed looked) throws IOException {
        readAhead.await();
        AssessStep.Assessed assessed = AssessStep.run(stages.assess(), plan, verifica, archived, cache, looked);
        readAhead.stop();
        AssessmentCache.forgetSharedValues(); // every entry decoded: the sharing tables are not held through the outputs
        phases.lap("assess");
        Map<String, NucleoOverride> overrides = nucleo.get();
        phases.lap("nucleo");
        ConsolidationResult combined = stages.combine().combine(plan, verifica, assessed.assessed(), overrides);
        return new Combined(combined.withFindingsFirst(skipped), StatusStep.byKey(assessed.assessed()), assessed,
                () -> NightFigures.of(plan, verifica, overrides, assessed.assessed(), combined), Optional.empty());
    }

    /**
     * The proportional night: only the services whose rows the outputs render combined and scored, from the figures
     * the last complete night kept for this build, plan and verifica.
     *
     * @param archived every archived file, tonight's included, in the night's order
     * @param kept     the figures kept
     * @param earlier  the outputs the writers will copy from ({@link OutputStep#earlier})
     * @param skipped  the findings of the inbox entries not read
     */
    static Attempt partial(Stages.AssessFile assess, Plan plan, Verifica verifica, List<InputFile> archived,
                           AssessmentCache cache, KeptFigures kept, Overrides nucleo,
                           RenderedServices.Earlier earlier, List<Finding> skipped) throws IOException {
        Set<KeptFile.FileKey> keptFiles = new HashSet<>(kept.files().size() * 4 / 3 + 1);
        kept.files().forEach(f -> keptFiles.add(f.key()));
        List<InputFile> fresh = archived.stream().filter(f -> f.content().isEmpty()
                || !keptFiles.contains(new KeptFile.FileKey(f.name(), f.content().get().sha256()))).toList();
        AssessStep.Assessed looked = AssessStep.lookUp(assess, plan, verifica, fresh, cache);
        List<FileAssessment> freshAssessed = looked.assessed();
        // tonight's files need the plan, not the overrides: read while the Nucleo's columns were
        Map<String, NucleoOverride> overrides = nucleo.get();
        Optional<ChangedServices.Decision> decision = ChangedServices.decide(plan, verifica, overrides, kept, archived,
                freshAssessed);
        if (decision.isEmpty()) {
            LOG.info("the kept figures do not account for tonight's files: every service is combined");
            return new Attempt(Optional.empty(), looked);
        }
        looked = plus(looked, AssessStep.lookUp(assess, plan, verifica, decision.get().toDecode(), cache));
        List<FileAssessment> assessments = EarlierDeliveries.keepLockedValues(plan, looked.assessed());
        Optional<PartialConsolidation> changed = PartialCombine.combine(plan, verifica, decision.get().changed(),
                assessments, decision.get().kept(), overrides);
        if (changed.isEmpty()) {
            LOG.info("the partial combine does not fit tonight's files: every service is combined");
            return new Attempt(Optional.empty(), looked);
        }
        // the writers render the rows whose keys last night's outputs lack: those services need their full scoring,
        // which is not kept; the others' rows are copied unmade
        ConsolidationResult before = resultOf(changed.get(), Optional.empty()).withFindingsFirst(skipped);
        Set<String> rendered = RenderedServices.of(before, earlier);
        PartialConsolidation scored = changed.get();
        if (!scored.changed().keySet().containsAll(rendered)) {
            Optional<ChangedServices.Decision> wider = ChangedServices.decide(plan, verifica, overrides, kept, archived,
                    freshAssessed, rendered);
            if (wider.isEmpty()) {
                LOG.info("the kept figures do not account for the services rendered: every service is combined");
                return new Attempt(Optional.empty(), looked);
            }
            Set<InputFile> decoded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            decoded.addAll(decision.get().toDecode());
            looked = plus(looked, AssessStep.lookUp(assess, plan, verifica,
                    wider.get().toDecode().stream().filter(f -> !decoded.contains(f)).toList(), cache));
            assessments = EarlierDeliveries.keepLockedValues(plan, looked.assessed());
            Optional<PartialConsolidation> again = PartialCombine.combine(plan, verifica, wider.get().changed(),
                    assessments, wider.get().kept(), overrides);
            if (again.isEmpty() || !again.get().changed().keySet().containsAll(rendered)) {
                LOG.info("the partial combine does not fit the services rendered: every service is combined");
                return new Attempt(Optional.empty(), looked);
            }
            scored = again.get();
        }
        ConsolidationResult result = resultOf(scored, Optional.of(before)).withFindingsFirst(skipped);
        Map<String, InputFile> byKey = new HashMap<>(archived.size() * 4 / 3 + 1);
        archived.forEach(f -> byKey.put(AssessStep.keyOf(f), f));
        Map<String, StatusStep.FileSeen> files = new HashMap<>(archived.size() * 4 / 3 + 1);
        for (KeptFile f : scored.figures().files()) {
            String key = History.Known.key(f.record().fileName(), f.record().sha256());
            InputFile file = byKey.get(key);
            if (file == null) {
                LOG.info("a kept file is not among tonight's: every service is combined");
                return new Attempt(Optional.empty(), looked);
            }
            files.put(key, new StatusStep.FileSeen(file, f.record().sha256(), f.record().size(), f.findings()));
        }
        LOG.info("partial night: {} of {} services scored ({} changed tonight), {} of {} files assessed",
                scored.changed().size(), plan.services().size(), decision.get().changed().size(),
                looked.assessed().size(), archived.size());
        NightFigures next = new NightFigures(verifica, scored.figures());
        return new Attempt(Optional.of(new Combined(result, files, looked, () -> Optional.of(next),
                Optional.of(scored.changed().keySet()))), looked);
    }

    private static AssessStep.Assessed plus(AssessStep.Assessed a, AssessStep.Assessed b) {
        List<FileAssessment> all = new ArrayList<>(a.assessed().size() + b.assessed().size());
        all.addAll(a.assessed());
        all.addAll(b.assessed());
        return new AssessStep.Assessed(all, a.read() + b.read());
    }

    /**
     * The result the writers take from a partial combine: the whole parts as it gives them, the full scoring of its
     * changed services only. {@code same}: a result whose plan, registry and overrides, when equal, are taken as the
     * very objects, so that the runs' keys made for it ({@link it.peg.summary.KeyInputs}) are made once.
     */
    static ConsolidationResult resultOf(PartialConsolidation p, Optional<ConsolidationResult> same) {
        Plan plan = p.plan();
        Map<String, ObjectiveScore> objectives = new HashMap<>();
        Map<String, List<IndicatorScore>> indicators = new HashMap<>();
        List<Submission> submissions = new ArrayList<>();
        List<DataTrend> trends = new ArrayList<>();
        for (Map.Entry<String, PartialConsolidation.ChangedService> e : p.changed().entrySet()) {
            ServiceScoring s = e.getValue().scoring();
            for (int i = 0; i < s.objectives().size(); i++) {
                objectives.put(s.objectives().get(i).objectiveCode(), s.objectives().get(i));
                indicators.put(s.objectives().get(i).objectiveCode(), s.indicators().get(i));
            }
            e.getValue().submission().ifPresent(submissions::add);
            trends.addAll(e.getValue().dataTrends());
        }
        // in the plan's order, as the full report lists them
        List<ObjectiveScore> objectiveScores = new ArrayList<>(objectives.size());
        List<IndicatorScore> indicatorScores = new ArrayList<>();
        for (Objective o : plan.objectives()) {
            ObjectiveScore score = objectives.get(o.code());
            if (score != null && p.changed().containsKey(o.serviceCode())) {
                objectiveScores.add(score);
                indicatorScores.addAll(indicators.get(o.code()));
            }
        }
        Map<String, NucleoOverride> overrides = p.overrides();
        List<it.peg.consolidate.FileRecord> registry = p.registry();
        if (same.isPresent()) {
            overrides = same.get().scores().overrides().equals(overrides) ? same.get().scores().overrides() : overrides;
            registry = same.get().registry().equals(registry) ? same.get().registry() : registry;
            plan = same.get().plan();
        }
        ScoreReport scores = new ScoreReport(p.verifica(), indicatorScores, objectiveScores, p.services(), p.overall(),
                p.overallEsito(), p.distribution(), trends, overrides,
                Optional.of(new ScoreReport.Partial(new LinkedHashSet<>(p.changed().keySet()), p.dataTrendYears())));
        return new ConsolidationResult(plan, scores, submissions, p.deliveries(), registry, p.findings());
    }

}
