package it.peg.consolidate;

import it.peg.domain.CarriedValues;
import it.peg.domain.DataReport;
import it.peg.domain.DateValue;
import it.peg.domain.Finding;
import it.peg.domain.Indicator;
import it.peg.domain.IndicatorReport;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.NumberValue;
import it.peg.domain.Objective;
import it.peg.domain.ObjectiveReport;
import it.peg.domain.Phase;
import it.peg.domain.PhaseReport;
import it.peg.domain.Plan;
import it.peg.domain.ProgressValue;
import it.peg.domain.RatioValue;
import it.peg.domain.ReportedValue;
import it.peg.domain.Service;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoValue;
import it.peg.validation.DuplicateSubmissions;
import it.peg.validation.ReceivedSubmission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code peg generate --from}: turns the returned workbooks, assessed with
 * {@link Consolidator#forCarryForward}, into the {@link CarriedValues} of each service's new workbook.
 * <p>
 * Which verifiche are locked: the one {@code --at} refers to ({@link it.peg.domain.Settings#verificaAt}) is the
 * one the offices are filling now, so it stays editable with every later one; only the verifiche strictly
 * before it are locked. On 15/07 with verifiche 30/06, 30/09, 31/12 nothing is locked (30/06 is being
 * delivered); on 10/10, 30/06 is locked and 30/09 is editable. A service with no returned file gets a plain
 * workbook, nothing locked: there is nothing to protect, and its office must still be able to report. Likewise
 * the cells of an indicator (or objective) added to the plan after the returned workbook was generated stay
 * editable at every verifica.
 */
public final class CarryForward {

    /**
     * @param carried  per service code, in plan order, the values of the file that counts
     * @param findings every finding of every file read, and the duplicate notices
     */
    public record Outcome(Map<String, CarriedValues> carried, List<Finding> findings) {
        public Outcome {
            carried = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carried));
            findings = List.copyOf(findings);
        }

        public CarriedValues of(String serviceCode) {
            return Optional.ofNullable(carried.get(serviceCode)).orElseGet(CarriedValues::none);
        }
    }

    private static final Comparator<FileAssessment> BY_NAME =
            Comparator.comparing((FileAssessment a) -> a.file().name()).thenComparing(FileAssessment::sha256);

    private CarryForward() {
    }

    /** The newest usable file per service counts (as in consolidate); its values are carried. */
    public static Outcome collect(Plan plan, List<FileAssessment> assessments, LocalDate at) {
        List<FileAssessment> ordered = assessments.stream().sorted(BY_NAME).toList();
        DuplicateSubmissions.Resolution resolution = DuplicateSubmissions.resolve(ordered.stream()
                .filter(FileAssessment::usable)
                .map(a -> new ReceivedSubmission(a.submission().orElseThrow(), a.file().received()))
                .toList());
        List<Finding> findings = new ArrayList<>();
        ordered.forEach(a -> findings.addAll(a.findings()));
        findings.addAll(resolution.findings());
        Map<String, CarriedValues> carried = new LinkedHashMap<>();
        for (Service service : plan.services()) {
            resolution.counting().stream().filter(s -> s.serviceCode().equals(service.code())).findFirst()
                    .ifPresent(s -> carried.put(service.code(), carried(plan, s, at)));
        }
        return new Outcome(carried, findings);
    }

    /** The verifiche locked at {@code at}: those strictly before the verifica {@code at} refers to. */
    public static List<Verifica> locked(Plan plan, LocalDate at) {
        Verifica current = plan.settings().verificaAt(at);
        return plan.settings().verifiche().stream().filter(v -> v.date().isBefore(current.date())).toList();
    }

    /** Maps one validated submission onto the input names of the plan, locking the past verifiche. */
    public static CarriedValues carried(Plan plan, Submission s, LocalDate at) {
        SortedMap<String, CarriedValues.Value> values = new TreeMap<>();
        for (IndicatorReport r : s.indicators()) {
            Optional<Indicator> ind = plan.indicator(r.indicatorCode());
            Optional<Verifica> v = verifica(plan, r.verifica());
            if (ind.isEmpty() || v.isEmpty()) {
                continue;
            }
            r.value().ifPresent(value -> put(values, ind.get(), v.get(), value));
            if (!r.cause().isBlank()) {
                values.put(InputNames.cause(r.indicatorCode(), v.get()), new CarriedValues.Text(r.cause()));
            }
        }
        for (PhaseReport p : s.phases()) {
            verifica(plan, p.verifica()).ifPresent(v -> p.state().ifPresent(state -> values.put(
                    InputNames.phase(p.objectiveCode(), p.phaseKey(), v), new CarriedValues.Text(state.label()))));
        }
        for (ObjectiveReport o : s.objectives()) {
            verifica(plan, o.verifica()).ifPresent(v -> {
                o.reachable().ifPresent(yes -> values.put(InputNames.reachable(o.objectiveCode(), v), yesNo(yes)));
                if (!o.notes().isBlank()) {
                    values.put(InputNames.notes(o.objectiveCode(), v), new CarriedValues.Text(o.notes()));
                }
            });
        }
        for (DataReport d : s.data()) {
            d.value().ifPresent(n -> values.put(InputNames.data(d.code(), d.year()), new CarriedValues.Number(n)));
        }
        List<Verifica> locked = locked(plan, at);
        SortedSet<String> lockedNames = new TreeSet<>();
        for (Objective o : plan.objectivesOf(s.serviceCode())) {
            List<Indicator> indicators = plan.indicatorsOf(o.code()).stream().filter(i -> existed(s, i)).toList();
            boolean objectiveExisted = !indicators.isEmpty() || existed(s, o);
            List<Phase> phases = plan.phasesOf(o.code());
            List<String> keys = InputNames.phaseKeys(phases);
            for (Verifica v : locked) {
                for (Indicator i : indicators) {
                    if (i.inputKind() == InputKind.RATIO) {
                        lockedNames.add(InputNames.numerator(i.code(), v));
                        lockedNames.add(InputNames.denominator(i.code(), v));
                    } else {
                        lockedNames.add(InputNames.value(i.code(), v));
                    }
                    lockedNames.add(InputNames.cause(i.code(), v));
                }
                if (objectiveExisted) {
                    keys.forEach(k -> lockedNames.add(InputNames.phase(o.code(), k, v)));
                    if (!v.isFinal()) {
                        lockedNames.add(InputNames.reachable(o.code(), v));
                        lockedNames.add(InputNames.notes(o.code(), v));
                    }
                }
            }
        }
        SortedSet<String> codes = new TreeSet<>();
        locked.forEach(v -> codes.add(v.code()));
        return new CarriedValues(s.fileName(), values, lockedNames, codes);
    }

    /**
     * The indicator had input cells in the returned workbook (its report points at a cell). An indicator added
     * to the plan since then is new to the office: its cells stay editable even at a past verifica, so that the
     * office can still report it.
     */
    private static boolean existed(Submission s, Indicator i) {
        return s.indicators().stream().anyMatch(r -> r.indicatorCode().equals(i.code()) && !r.source().isEmpty());
    }

    /** An objective without indicators in the returned workbook existed there if the office reported on it. */
    private static boolean existed(Submission s, Objective o) {
        return s.objectives().stream().anyMatch(r -> r.objectiveCode().equals(o.code())
                && (r.reachable().isPresent() || !r.notes().isEmpty()))
                || s.phases().stream().anyMatch(p -> p.objectiveCode().equals(o.code()) && p.state().isPresent());
    }

    private static void put(Map<String, CarriedValues.Value> values, Indicator ind, Verifica v, ReportedValue value) {
        if (value instanceof RatioValue r) {
            values.put(InputNames.numerator(ind.code(), v), new CarriedValues.Number(r.numerator()));
            values.put(InputNames.denominator(ind.code(), v), new CarriedValues.Number(r.denominator()));
        } else if (value instanceof NumberValue n) {
            values.put(InputNames.value(ind.code(), v), new CarriedValues.Number(n.value()));
        } else if (value instanceof ProgressValue p) {
            values.put(InputNames.value(ind.code(), v), new CarriedValues.Number(p.fraction()));
        } else if (value instanceof DateValue d) {
            values.put(InputNames.value(ind.code(), v), new CarriedValues.Day(d.date()));
        } else if (value instanceof YesNoValue y) {
            values.put(InputNames.value(ind.code(), v), yesNo(y.yes()));
        }
    }

    private static CarriedValues.Text yesNo(boolean yes) {
        return new CarriedValues.Text(yes ? "SI" : "NO");
    }

    private static Optional<Verifica> verifica(Plan plan, LocalDate date) {
        return plan.settings().verifiche().stream().filter(v -> v.date().equals(date)).findFirst();
    }
}
