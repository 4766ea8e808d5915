package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.scoring.IndicatorScore;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ScoreStatus;
import it.peg.scoring.PartialScoring;
import it.peg.scoring.Scorer;
import it.peg.scoring.ServiceScore;
import it.peg.scoring.ServiceScoring;
import it.peg.validation.DuplicateSubmissions;
import it.peg.validation.ReceivedSubmission;
import it.peg.validation.SubmissionValidator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Consolidator#combine} for a night on which only some services changed: the changed services' files are
 * assessed and combined as combine combines them, the others' figures are taken as the last complete combine left
 * them ({@link KeptFigures}), and the parts read whole (every service's score, the ente's figures, the deliveries,
 * the registry, the findings in their global order) are merged from both, equal to what the full combine gives. Which
 * services count as changed is {@link ChangedServices}'s decision; anything here that does not fit it (a file of an
 * unchanged service among the assessments, a service with no kept figures, a plan with repeated codes) gives nothing:
 * the caller then combines every file.
 */
public final class PartialCombine {
    private PartialCombine() {
    }

    /**
     * @param changed     the services to combine from their files (every other service of the plan is taken as kept)
     * @param assessments every file of the changed services, and the files naming no service of the plan that are not
     *                    among the kept ones
     * @param kept        the figures kept: every service's, and the files of the unchanged services and those naming
     *                    no service of the plan (a kept file of a changed service, or one assessed again, is left out)
     */
    public static Optional<PartialConsolidation> combine(Plan plan, Verifica verifica, Set<String> changed,
                                                         List<FileAssessment> assessments, KeptFigures kept,
                                                         Map<String, NucleoOverride> overrides) {
        if (!plan.serviceAndObjectiveCodesUnique() || !plan.indicatorCodesUnique()) {
            return Optional.empty();
        }
        Map<String, KeptService> keptServices = kept.byCode();
        List<String> changedInOrder = new ArrayList<>(changed.size());
        for (Service s : plan.services()) {
            if (changed.contains(s.code())) {
                changedInOrder.add(s.code());
            } else {
                KeptService k = keptServices.get(s.code());
                if (k == null || !k.score().verifica().equals(verifica)) {
                    return Optional.empty();
                }
            }
        }
        if (changedInOrder.size() != changed.size()) {
            return Optional.empty(); // a service not in the plan
        }
        // the changed files, each of a changed service or of none of the plan's
        Map<KeptFile.FileKey, FileAssessment> fresh = new HashMap<>(assessments.size() * 4 / 3 + 1);
        Map<String, List<FileAssessment>> byService = new HashMap<>();
        for (FileAssessment a : assessments.stream().sorted(Consolidator.BY_NAME).toList()) {
            if (fresh.put(KeptFile.FileKey.of(a), a) != null) {
                return Optional.empty();
            }
            Optional<String> service = a.serviceCode().filter(code -> plan.service(code).isPresent());
            if (a.usable() && (service.isEmpty() || !a.submission().get().serviceCode().equals(service.get()))) {
                return Optional.empty(); // combine would fail on it: the full computation says so
            }
            if (service.isPresent()) {
                if (!changed.contains(service.get())) {
                    return Optional.empty();
                }
                byService.computeIfAbsent(service.get(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Entry> files = new ArrayList<>(kept.files().size() + assessments.size());
        for (KeptFile f : kept.files()) {
            Optional<String> service = f.record().serviceCode().filter(code -> plan.service(code).isPresent());
            if (service.isEmpty() && f.usable() || fresh.containsKey(f.key())) {
                return Optional.empty();
            }
            if (service.isEmpty() || !changed.contains(service.get())) {
                files.add(new Entry(f.key(), f.record(), f.findings(), service, f.usable()));
            }
        }

        // the changed services combined as combine does it, service by service
        Map<String, FileAssessment> chosen = new HashMap<>();
        Map<String, Submission> submissions = new LinkedHashMap<>();
        Map<String, List<Finding>> duplicates = new HashMap<>();
        Map<String, Finding> blankFindings = new HashMap<>();
        Set<String> blank = new HashSet<>();
        for (String code : changedInOrder) {
            List<FileAssessment> of = byService.getOrDefault(code, List.of());
            List<FileAssessment> usable = of.stream().filter(FileAssessment::usable).toList();
            if (usable.isEmpty()) {
                continue;
            }
            DuplicateSubmissions.Resolution resolution = DuplicateSubmissions.resolve(usable.stream()
                    .map(a -> new ReceivedSubmission(a.submission().orElseThrow(), a.file().received())).toList(),
                    verifica.date());
            duplicates.put(code, resolution.findings());
            Map<Submission, FileAssessment> bySubmission = new IdentityHashMap<>();
            usable.forEach(a -> bySubmission.putIfAbsent(a.submission().get(), a));
            FileAssessment valid = bySubmission.get(resolution.counting().get(0));
            chosen.put(code, valid);
            Submission submission = valid.submission().orElseThrow();
            if (submission.reportsAnythingAt(verifica.date())) {
                submissions.put(code, submission);
            } else {
                blank.add(code);
                blankFindings.put(code, SubmissionValidator.emptyWorkbook(valid.file().name(), code, verifica));
            }
        }
        for (FileAssessment a : fresh.values()) {
            Optional<String> service = a.serviceCode().filter(code -> plan.service(code).isPresent());
            FileRecord record = Consolidator.recordOf(a, chosen, blank);
            files.add(new Entry(KeptFile.FileKey.of(a), record, Consolidator.reported(a, record), service, a.usable()));
        }
        Map<String, ServiceScoring> ahead = new HashMap<>();
        submissions.forEach((code, s) -> chosen.get(code).scoring().filter(x -> chosen.get(code).submission().get() == s)
                .ifPresent(x -> ahead.put(code, x)));
        Map<String, ServiceScoring> scored = PartialScoring.scoreServices(plan, verifica, submissions, overrides, ahead,
                changedInOrder);

        // every service in plan order: the changed ones as combined now, the others as kept
        List<ServiceScore> services = new ArrayList<>(plan.services().size());
        List<Delivery> deliveries = new ArrayList<>(plan.services().size());
        List<KeptService> next = new ArrayList<>(plan.services().size());
        Map<String, PartialConsolidation.ChangedService> changedScoring = new LinkedHashMap<>();
        boolean planYearData = false;
        for (Service s : plan.services()) {
            String code = s.code();
            KeptService k;
            if (changed.contains(code)) {
                ServiceScoring scoring = scored.get(code);
                Optional<Submission> counting = Optional.ofNullable(submissions.get(code));
                Delivery delivery = deliveryOf(verifica, code, chosen.get(code), blank.contains(code),
                        missingValues(scoring), byService.getOrDefault(code, List.of()));
                k = new KeptService(scoring.service(), delivery, duplicates.getOrDefault(code, List.of()),
                        Optional.ofNullable(blankFindings.get(code)), PartialScoring.reportsPlanYearData(plan, code, counting),
                        KeptService.overridesOf(plan, code, overrides));
                changedScoring.put(code, new PartialConsolidation.ChangedService(scoring,
                        PartialScoring.dataTrendsOf(plan, code, counting), counting));
            } else {
                k = keptServices.get(code);
            }
            next.add(k);
            services.add(k.score());
            deliveries.add(k.delivery());
            planYearData |= k.planYearData();
        }

        // every file in combine's order: its row and its findings; then DuplicateSubmissions' findings, by service in
        // the order of each service's first usable file; then the blank schede's, in plan order
        files.sort(java.util.Comparator.comparing(Entry::key));
        List<FileRecord> registry = new ArrayList<>(files.size());
        List<Finding> findings = new ArrayList<>();
        List<KeptFile> keptFiles = new ArrayList<>(files.size());
        Map<String, KeptService> nextByCode = new HashMap<>(next.size() * 4 / 3 + 1);
        next.forEach(k -> nextByCode.put(k.code(), k));
        List<Finding> duplicateFindings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entry e : files) {
            registry.add(e.record());
            findings.addAll(e.findings());
            keptFiles.add(new KeptFile(e.record(), e.findings()));
            if (e.usable() && seen.add(e.service().orElseThrow())) {
                duplicateFindings.addAll(nextByCode.get(e.service().get()).duplicates());
            }
        }
        findings.addAll(duplicateFindings);
        for (KeptService k : next) {
            k.blank().ifPresent(findings::add);
        }
        Scorer.Ente ente = Scorer.ente(plan, services);
        return Optional.of(new PartialConsolidation(plan, verifica, services, ente.overall(), ente.overallEsito(),
                ente.distribution(), PartialScoring.dataTrendYears(plan, planYearData), Scorer.overridesReached(plan, overrides),
                deliveries, registry, findings, changedScoring, new KeptFigures(next, keptFiles)));
    }

    /** A file of tonight's combine: kept or assessed. */
    private record Entry(KeptFile.FileKey key, FileRecord record, List<Finding> findings, Optional<String> service,
                         boolean usable) {
    }

    /** The values due and missing in a service's scoring, as combine counts them. */
    private static int missingValues(ServiceScoring scoring) {
        int missing = 0;
        for (List<IndicatorScore> of : scoring.indicators()) {
            for (IndicatorScore score : of) {
                if (score.status() == ScoreStatus.MISSING || score.status() == ScoreStatus.REJECTED) {
                    missing++;
                }
            }
        }
        return missing;
    }

    /** A changed service's delivery, as combine makes it. */
    private static Delivery deliveryOf(Verifica verifica, String code, FileAssessment valid, boolean blank, int missingValues,
                                       List<FileAssessment> files) {
        if (valid != null) {
            int missing = blank ? 0 : missingValues;
            DeliveryState state = blank ? DeliveryState.EMPTY
                    : missing > 0 ? DeliveryState.INCOMPLETE : DeliveryState.COMPLETE;
            return new Delivery(code, state, Optional.of(valid.file().name()), Optional.of(valid.file().received()),
                    state == DeliveryState.EMPTY ? Optional.empty() : Consolidator.onTime(verifica, valid.file().received()),
                    missing);
        }
        return files.stream().max(Consolidator.NEWEST_LAST)
                .map(r -> new Delivery(code, DeliveryState.REJECTED, Optional.of(r.file().name()),
                        Optional.of(r.file().received()), Consolidator.onTime(verifica, r.file().received())))
                .orElseGet(() -> new Delivery(code, DeliveryState.MISSING, Optional.empty(), Optional.empty(),
                        Optional.empty()));
    }
}
