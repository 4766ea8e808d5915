package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.PhaseSchedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of every objective's phases at every verifica up to the scored one, for the Fasi sheet and the CSV:
 * at the scored verifica as the scorer judged them, at the earlier ones from what the office reported then.
 */
final class PhaseRows {
    private final Plan plan;
    private final Verifica scored;
    private final it.peg.consolidate.SubmissionLookup submissions;
    private final it.peg.scoring.ScoreReport scores;

    PhaseRows(ConsolidationResult result) {
        this.plan = result.plan();
        this.scored = result.scores().verifica();
        this.submissions = result.submissionLookup();
        this.scores = result.scores();
    }

    /** The verifiche up to the scored one, in order. */
    static List<Verifica> upToScored(Plan plan, Verifica scored) {
        List<Verifica> result = new ArrayList<>();
        for (Verifica v : plan.settings().verifiche()) {
            if (!v.date().isAfter(scored.date())) {
                result.add(v);
            }
        }
        return result;
    }

    /** An objective's phases at a verifica, plan order. */
    List<PhaseSchedule.PhaseStatus> of(String objectiveCode, String serviceCode, Verifica v) {
        if (v.date().equals(scored.date())) {
            java.util.Optional<ObjectiveScore> score = scores.objectiveOf(serviceCode, objectiveCode);
            if (score.isPresent()) {
                return score.get().phases();
            }
        }
        return PhaseSchedule.of(plan.phasesOf(objectiveCode), objectiveCode, v,
                submissions.of(serviceCode), plan.settings().year());
    }

    /** A phase's state for a cell: "In corso", "In corso, in ritardo", "non indicato". */
    static String cell(PhaseSchedule.PhaseStatus p) {
        return p.stateText() + (p.late().isPresent() ? ", in ritardo" : "");
    }

    /** An objective's phases in one line, for the CSV: "A: Completata; B: In corso, in ritardo" ("" with no phase). */
    static String line(List<PhaseSchedule.PhaseStatus> phases) {
        StringBuilder sb = new StringBuilder();
        for (PhaseSchedule.PhaseStatus p : phases) {
            sb.append(sb.length() == 0 ? "" : "; ").append(p.phase().phase()).append(": ").append(cell(p));
        }
        return sb.toString();
    }
}
