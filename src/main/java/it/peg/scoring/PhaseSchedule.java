package it.peg.scoring;

import it.peg.domain.InputNames;
import it.peg.domain.Phase;
import it.peg.domain.PhaseReport;
import it.peg.domain.PhaseState;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of an objective's phases (cronoprogramma) at a verifica, as the office reported it, judged against the
 * phases' months in the plan year: a phase whose last month is over and that is not {@code Completata}, or whose
 * first month is over and that is still {@code Da avviare}, is late; an objective with a late phase is at risk
 * (docs/scoring-rules.md, "Phases").
 */
public final class PhaseSchedule {
    private PhaseSchedule() {
    }

    /** Why a phase is late at a verifica. */
    public enum Lateness {
        NOT_STARTED("non avviata"),
        NOT_COMPLETED("non completata");

        private final String italian;

        Lateness(String italian) {
            this.italian = italian;
        }

        public String italian() {
            return italian;
        }
    }

    /**
     * One phase at one verifica.
     *
     * @param phase    the plan's phase
     * @param key      its key in the defined names ({@link InputNames#phaseKeys})
     * @param verifica the verifica
     * @param state    the state the office chose; empty when the cell is blank or nothing was delivered
     * @param late     why it is late against its months, when it is
     */
    public record PhaseStatus(Phase phase, String key, Verifica verifica, Optional<PhaseState> state,
                              Optional<Lateness> late) {
        public PhaseStatus {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(verifica, "verifica");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(late, "late");
        }

        /** The state as the summary shows it: the list's label, or "non indicato". */
        public String stateText() {
            return state.map(PhaseState::label).orElse("non indicato");
        }

        /** "in ritardo: non completata (mesi GEN-MAR)", or "" when on time. */
        public String lateText() {
            return late.map(l -> "in ritardo: " + l.italian() + " (mesi " + phase.monthsText() + ")").orElse("");
        }
    }

    /** The phases of one objective at a verifica, plan order. */
    public static List<PhaseStatus> of(List<Phase> phasesOfObjective, String objectiveCode, Verifica verifica,
                                       Optional<Submission> submission, int planYear) {
        List<String> keys = InputNames.phaseKeys(phasesOfObjective);
        List<PhaseStatus> result = new ArrayList<>(phasesOfObjective.size());
        for (int i = 0; i < phasesOfObjective.size(); i++) {
            Phase phase = phasesOfObjective.get(i);
            String key = keys.get(i);
            Optional<PhaseState> state = submission.flatMap(s -> reported(s, objectiveCode, key, verifica.date()));
            result.add(new PhaseStatus(phase, key, verifica, state, lateness(phase, state, verifica.date(), planYear)));
        }
        return result;
    }

    /**
     * Whether a phase is late on a date. A blank state says nothing, so it is not judged (the summary shows it as
     * "non indicato").
     */
    static Optional<Lateness> lateness(Phase phase, Optional<PhaseState> state, LocalDate on, int planYear) {
        if (phase.months().isEmpty() || state.isEmpty() || state.get() == PhaseState.COMPLETATA) {
            return Optional.empty();
        }
        int first = phase.months().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = phase.months().stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (!on.isBefore(YearMonth.of(planYear, last).atEndOfMonth())) {
            return Optional.of(Lateness.NOT_COMPLETED);
        }
        if (state.get() == PhaseState.DA_AVVIARE && !on.isBefore(YearMonth.of(planYear, first).atEndOfMonth())) {
            return Optional.of(Lateness.NOT_STARTED);
        }
        return Optional.empty();
    }

    private static Optional<PhaseState> reported(Submission s, String objectiveCode, String key, LocalDate verifica) {
        for (PhaseReport r : s.phases()) {
            if (r.objectiveCode().equals(objectiveCode) && r.phaseKey().equals(key) && r.verifica().equals(verifica)) {
                return r.state();
            }
        }
        return Optional.empty();
    }
}
