package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Plan;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.PartialScoring;
import it.peg.scoring.ServiceScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a complete combine gave per service and per file, kept so that the next night combines only the services
 * something changed for ({@link PartialCombine}) and takes the others' as they were.
 *
 * @param services every service of the plan, in the plan's order
 * @param files    every file combined, in the registry's order (name, then hash)
 */
public record KeptFigures(List<KeptService> services, List<KeptFile> files) {
    public KeptFigures {
        services = List.copyOf(services);
        files = List.copyOf(files);
    }

    /** The services by code. */
    public Map<String, KeptService> byCode() {
        Map<String, KeptService> by = new HashMap<>(services.size() * 4 / 3 + 1);
        for (KeptService s : services) {
            by.put(s.code(), s);
        }
        return by;
    }

    /**
     * The figures of a complete combine: {@code result} as {@link Consolidator#combine} gave it for these assessments,
     * this verifica and these overrides. Empty when the result does not split into them as combine makes it (then
     * nothing is kept, and the next night does everything).
     */
    public static Optional<KeptFigures> of(Plan plan, Verifica verifica, Map<String, NucleoOverride> overrides,
                                           List<FileAssessment> assessments, ConsolidationResult result) {
        List<FileAssessment> ordered = assessments.stream().sorted(Consolidator.BY_NAME).toList();
        List<FileRecord> registry = result.registry();
        List<Finding> findings = result.findings();
        List<ServiceScore> scores = result.scores().services();
        List<Delivery> deliveries = result.deliveries();
        int services = plan.services().size();
        if (registry.size() != ordered.size() || scores.size() != services || deliveries.size() != services) {
            return Optional.empty();
        }
        List<KeptFile> files = new ArrayList<>(ordered.size());
        int at = 0;
        for (int i = 0; i < ordered.size(); i++) {
            FileAssessment a = ordered.get(i);
            FileRecord r = registry.get(i);
            int n = Consolidator.reported(a, r).size(); // as combine listed them (a blank scheda's, fewer)
            if (!r.fileName().equals(a.file().name()) || !r.sha256().equals(a.sha256()) || at + n > findings.size()) {
                return Optional.empty();
            }
            files.add(new KeptFile(r, findings.subList(at, at + n)));
            at += n;
        }
        // after the files' own: DuplicateSubmissions' (each names its service), then combine's blank schede in plan order
        long blanks = deliveries.stream().filter(d -> d.state() == DeliveryState.EMPTY).count();
        int blankFrom = findings.size() - (int) blanks;
        if (blankFrom < at) {
            return Optional.empty();
        }
        Map<String, List<Finding>> duplicates = new HashMap<>();
        for (Finding f : findings.subList(at, blankFrom)) {
            if (!f.code().equals(FindingCode.SCHEDA_DUPLICATA.code())) {
                return Optional.empty();
            }
            duplicates.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Submission> counting = new HashMap<>(result.submissions().size() * 4 / 3 + 1);
        result.submissions().forEach(s -> counting.put(s.serviceCode(), s));
        List<KeptService> kept = new ArrayList<>(services);
        int blank = blankFrom;
        for (int i = 0; i < services; i++) {
            String code = plan.services().get(i).code();
            ServiceScore score = scores.get(i);
            Delivery delivery = deliveries.get(i);
            if (!score.serviceCode().equals(code) || !delivery.serviceCode().equals(code)) {
                return Optional.empty();
            }
            Optional<Finding> blankFinding = Optional.empty();
            if (delivery.state() == DeliveryState.EMPTY) {
                Finding f = findings.get(blank++);
                if (!f.code().equals(FindingCode.SCHEDA_NON_COMPILATA.code()) || !f.subject().equals(code)) {
                    return Optional.empty();
                }
                blankFinding = Optional.of(f);
            }
            kept.add(new KeptService(score, delivery, duplicates.getOrDefault(code, List.of()), blankFinding,
                    PartialScoring.reportsPlanYearData(plan, code, Optional.ofNullable(counting.get(code))),
                    KeptService.overridesOf(plan, code, overrides)));
        }
        return Optional.of(new KeptFigures(kept, files));
    }

    /** These figures with only the files {@code keep} accepts (the services' figures as they are). */
    public KeptFigures withFiles(java.util.function.Predicate<KeptFile> keep) {
        return new KeptFigures(services, files.stream().filter(keep).toList());
    }
}
