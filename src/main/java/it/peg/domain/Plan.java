package it.peg.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole plan (piano) as read from the plan workbook: settings and every service's objectives,
 * indicators, phases and multi-year data, in plan order.
 *
 * @param settings   Impostazioni and Fasce
 * @param services   Servizi
 * @param objectives Obiettivi
 * @param indicators Indicatori
 * @param phases     Fasi
 * @param dataYears  the year columns of the Dati sheet, ascending (may be empty)
 * @param dataRows   Dati
 */
public record Plan(Settings settings, List<Service> services, List<Objective> objectives,
                   List<Indicator> indicators, List<Phase> phases, List<Integer> dataYears,
                   List<DataRow> dataRows) {
    public Plan {
        Objects.requireNonNull(settings, "settings");
        services = List.copyOf(services);
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        phases = List.copyOf(phases);
        dataYears = List.copyOf(dataYears);
        dataRows = List.copyOf(dataRows);
    }

    public Optional<Service> service(String code) {
        return Optional.ofNullable(index().services.get(code));
    }

    public Optional<Objective> objective(String code) {
        return Optional.ofNullable(index().objectives.get(code));
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(index().indicators.get(code));
    }

    public List<Objective> objectivesOf(String serviceCode) {
        return index().objectivesByService.getOrDefault(serviceCode, List.of());
    }

    public List<Indicator> indicatorsOf(String objectiveCode) {
        return index().indicatorsByObjective.getOrDefault(objectiveCode, List.of());
    }

    public List<Phase> phasesOf(String objectiveCode) {
        return index().phasesByObjective.getOrDefault(objectiveCode, List.of());
    }

    public List<DataRow> dataRowsOf(String serviceCode) {
        return index().dataRowsByService.getOrDefault(serviceCode, List.of());
    }

    /**
     * {@link PlanFingerprint#of} of a service, computed once per plan: every returned file is checked
     * against it, and computing it (a canonical text of the service's slice, hashed) cost a third of
     * validating a file.
     */
    String fingerprint(String serviceCode) {
        return index().fingerprints.computeIfAbsent(serviceCode, code -> PlanFingerprint.compute(this, code));
    }

    /** {@link PlanFingerprint#contentKeyOf} of a service, computed once per plan. */
    String contentKey(String serviceCode) {
        return index().contentKeys.computeIfAbsent(serviceCode, code -> PlanFingerprint.computeContentKey(this, code));
    }

    /** Whether no two services and no two objectives share a code (known from the plan's index, built once). */
    public boolean serviceAndObjectiveCodesUnique() {
        Index i = index();
        return i.services.size() == services.size() && i.objectives.size() == objectives.size();
    }

    /** Whether no two indicators share a code (known from the plan's index, built once). */
    public boolean indicatorCodesUnique() {
        return index().indicators.size() == indicators.size();
    }

    /**
     * Fingerprints and content keys computed earlier for an equal plan, the {@code i}-th of each for the {@code i}-th
     * service ({@link PlanFingerprint#restoreInServiceOrder}, which checks their number).
     */
    void restoreInServiceOrder(List<String> fingerprints, List<String> contentKeys) {
        Index i = index();
        for (int s = 0; s < services.size(); s++) {
            String code = services.get(s).code();
            i.fingerprints.put(code, fingerprints.get(s));
            i.contentKeys.put(code, contentKeys.get(s));
        }
    }

    /** {@link PlanFingerprint#settingsText} of this plan's settings, computed once: it begins every service's text. */
    String settingsCanonicalText() {
        Index i = index();
        String text = i.settingsText;
        if (text == null) {
            text = PlanFingerprint.settingsText(settings);
            i.settingsText = text; // a benign race: every thread computes the same text
        }
        return text;
    }

    /** {@link PlanFingerprint#settingsContentText} of this plan's settings, computed once, as the fingerprint's. */
    String settingsContentText() {
        Index i = index();
        String text = i.settingsContentText;
        if (text == null) {
            text = PlanFingerprint.settingsContentText(settings);
            i.settingsContentText = text; // a benign race: every thread computes the same text
        }
        return text;
    }

    /** The lookups above through an index of this plan ({@link LastIndex}: a record cannot hold a cache). */
    private static final LastIndex<Plan, Index> INDEX = new LastIndex<>(Index::new);

    private Index index() {
        return INDEX.of(this);
    }

    private static final class Index {
        final java.util.Map<String, Service> services;
        final java.util.Map<String, Objective> objectives;
        final java.util.Map<String, Indicator> indicators;
        final java.util.Map<String, List<Objective>> objectivesByService;
        final java.util.Map<String, List<Indicator>> indicatorsByObjective;
        final java.util.Map<String, List<Phase>> phasesByObjective;
        final java.util.Map<String, List<DataRow>> dataRowsByService;
        // sized for every service: a decoded plan has them all put at once (grown from 16, the copies into larger
        // tables were a visible part of restoring them)
        final java.util.concurrent.ConcurrentHashMap<String, String> fingerprints;
        final java.util.concurrent.ConcurrentHashMap<String, String> contentKeys;
        volatile String settingsText;
        volatile String settingsContentText;

        Index(Plan plan) {
            // sized once: a decoded plan is indexed every night, and rehashing was a fifth of it
            services = new java.util.HashMap<>(capacity(plan.services.size()));
            objectives = new java.util.HashMap<>(capacity(plan.objectives.size()));
            indicators = new java.util.HashMap<>(capacity(plan.indicators.size()));
            fingerprints = new java.util.concurrent.ConcurrentHashMap<>(plan.services.size());
            contentKeys = new java.util.concurrent.ConcurrentHashMap<>(plan.services.size());
            plan.services.forEach(s -> services.putIfAbsent(s.code(), s));
            plan.objectives.forEach(o -> objectives.putIfAbsent(o.code(), o));
            plan.indicators.forEach(x -> indicators.putIfAbsent(x.code(), x));
            objectivesByService = group(plan.objectives, Objective::serviceCode);
            indicatorsByObjective = group(plan.indicators, Indicator::objectiveCode);
            phasesByObjective = group(plan.phases, Phase::objectiveCode);
            dataRowsByService = group(plan.dataRows, DataRow::serviceCode);
        }

        /**
         * Grouped in the plan's order, as the scans returned them. A plan lists each service's objectives (each
         * objective's indicators, phases) one after the other, so each group is taken as a run of the list, one
         * lookup a run rather than one a row, and no list made a row at a time (the index of a decoded plan is built
         * every night: issue 21); a key met again after another's run has its rows gathered in order, as before.
         */
        private static <T> java.util.Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
            java.util.Map<String, List<T>> out = new java.util.HashMap<>(capacity(items.size()));
            java.util.Map<String, List<T>> gathered = null; // the keys met in more than one run
            int from = 0;
            while (from < items.size()) {
                String k = key.apply(items.get(from));
                int to = runEnd(items, key, k, from + 1);
                List<T> run = items.subList(from, to);
                List<T> earlier = out.putIfAbsent(k, run);
                if (earlier != null) {
                    if (gathered == null) {
                        gathered = new java.util.HashMap<>();
                    }
                    gathered.computeIfAbsent(k, x -> new java.util.ArrayList<>(earlier)).addAll(run);
                }
                from = to;
            }
            // a run is a view of the plan's own immutable list (List.copyOf in the constructor): immutable too
            if (gathered != null) {
                gathered.forEach((k, v) -> out.put(k, List.copyOf(v)));
            }
            return out;
        }

        /**
         * Where the run of {@code k} that goes on at {@code from} ends. A method of its own, called once a run: the JIT
         * compiles it after a few hundred runs, where the same loop inside {@link #group} ran interpreted for all of a
         * plan's rows (a loop's body is compiled only after tens of thousands of turns; issue 21).
         */
        private static <T> int runEnd(List<T> items, java.util.function.Function<T, String> key, String k, int from) {
            int to = from;
            while (to < items.size() && k.equals(key.apply(items.get(to)))) {
                to++;
            }
            return to;
        }

        /** A HashMap capacity that holds {@code n} keys without rehashing. */
        private static int capacity(int n) {
            return (int) Math.min(1 << 30, n * 4L / 3 + 1);
        }
    }
}
