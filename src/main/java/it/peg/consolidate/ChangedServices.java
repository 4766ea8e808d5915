package it.peg.consolidate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.scoring.NucleoOverride;
import it.peg.validation.FileNameCheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which services a night must combine from their files ({@link PartialCombine}), decided from what is known before the
 * unchanged ones are decoded: tonight's files (the new ones assessed), the figures kept by the last complete combine,
 * the verifica and the Nucleo's overrides. A service is changed when a new file names it (by its content, or by its
 * file name: a file whose metadata names another service changes both), when an archived file of it is assessed again or
 * is gone, when it has no kept figures or figures of another verifica, or when the overrides of its objectives are not
 * those it was scored with. Anything the kept figures cannot account for (an archived file they do not know, or know with
 * another size or time received; a usable file of no service of the plan; a plan with repeated codes) is a doubt, and a
 * doubt is the full computation.
 */
public final class ChangedServices {
    private ChangedServices() {
    }

    /**
     * What to combine.
     *
     * @param changed  the services to combine from their files
     * @param toDecode the archived files (not new) of the changed services: assessed again (from the cache) for combine
     * @param kept     the figures to give {@link PartialCombine}: every service's, the files of tonight that are neither
     *                 new nor of a changed service
     */
    public record Decision(Set<String> changed, List<InputFile> toDecode, KeptFigures kept) {
        public Decision {
            changed = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(changed));
            toDecode = List.copyOf(toDecode);
            java.util.Objects.requireNonNull(kept, "kept");
        }
    }

    /**
     * @param files every file combine would combine tonight (archived copies: their content is known), new ones included
     * @param fresh the assessments of the new ones (files whose figures are not kept, or that are assessed anyway)
     * @return empty for the full computation
     */
    public static Optional<Decision> decide(Plan plan, Verifica verifica, Map<String, NucleoOverride> overrides,
                                            KeptFigures kept, List<InputFile> files, List<FileAssessment> fresh) {
        return decide(plan, verifica, overrides, kept, files, fresh, Set.of());
    }

    /**
     * {@link #decide}, with {@code also} combined from their files too, changed or not: a night combines again the
     * services whose rows its outputs render (their full scoring is not kept), which gives their kept figures again.
     */
    public static Optional<Decision> decide(Plan plan, Verifica verifica, Map<String, NucleoOverride> overrides,
                                            KeptFigures kept, List<InputFile> files, List<FileAssessment> fresh,
                                            Set<String> also) {
        if (!plan.serviceAndObjectiveCodesUnique() || !plan.indicatorCodesUnique()) {
            return Optional.empty();
        }
        Map<KeptFile.FileKey, KeptFile> keptFiles = new HashMap<>(kept.files().size() * 4 / 3 + 1);
        for (KeptFile f : kept.files()) {
            keptFiles.put(f.key(), f);
        }
        Set<String> changed = new HashSet<>();
        Set<KeptFile.FileKey> freshKeys = new HashSet<>(fresh.size() * 4 / 3 + 1);
        for (FileAssessment a : fresh) {
            freshKeys.add(KeptFile.FileKey.of(a));
            Optional<String> service = inPlan(plan, a.serviceCode());
            if (a.usable() && service.isEmpty()) {
                return Optional.empty();
            }
            service.ifPresent(changed::add);
            FileNameCheck.namedService(plan, a.file().name()).map(Service::code).ifPresent(changed::add);
            Optional.ofNullable(keptFiles.get(KeptFile.FileKey.of(a)))
                    .flatMap(k -> inPlan(plan, k.record().serviceCode())).ifPresent(changed::add);
        }
        Map<String, KeptService> services = kept.byCode();
        for (Service s : plan.services()) {
            KeptService k = services.get(s.code());
            if (k == null || !k.score().verifica().equals(verifica)
                    || !k.overrides().equals(KeptService.overridesOf(plan, s.code(), overrides))) {
                changed.add(s.code());
            }
        }
        Map<KeptFile.FileKey, InputFile> tonight = new HashMap<>(files.size() * 4 / 3 + 1);
        for (InputFile f : files) {
            InputFile.Content content = f.content().orElse(null);
            if (content == null) {
                return Optional.empty();
            }
            KeptFile.FileKey key = new KeptFile.FileKey(f.name(), content.sha256());
            if (tonight.put(key, f) != null) {
                return Optional.empty();
            }
            if (freshKeys.contains(key)) {
                continue;
            }
            KeptFile k = keptFiles.get(key);
            if (k == null || k.record().size() != content.size() || !k.record().received().equals(f.received())) {
                return Optional.empty();
            }
        }
        if (!tonight.keySet().containsAll(freshKeys)) {
            return Optional.empty();
        }
        for (KeptFile k : kept.files()) {
            if (!tonight.containsKey(k.key())) {
                inPlan(plan, k.record().serviceCode()).ifPresent(changed::add); // gone: its service's files combined again
            }
        }
        also.stream().filter(code -> plan.service(code).isPresent()).forEach(changed::add);
        List<InputFile> toDecode = new ArrayList<>();
        for (InputFile f : files) {
            KeptFile.FileKey key = new KeptFile.FileKey(f.name(), f.content().get().sha256());
            if (!freshKeys.contains(key)
                    && inPlan(plan, keptFiles.get(key).record().serviceCode()).filter(changed::contains).isPresent()) {
                toDecode.add(f);
            }
        }
        Set<String> inOrder = new LinkedHashSet<>();
        plan.services().forEach(s -> {
            if (changed.contains(s.code())) {
                inOrder.add(s.code());
            }
        });
        KeptFigures keep = kept.withFiles(k -> tonight.containsKey(k.key()) && !freshKeys.contains(k.key())
                && inPlan(plan, k.record().serviceCode()).filter(changed::contains).isEmpty());
        return Optional.of(new Decision(inOrder, toDecode, keep));
    }

    private static Optional<String> inPlan(Plan plan, Optional<String> service) {
        return service.filter(code -> plan.service(code).isPresent());
    }
}
