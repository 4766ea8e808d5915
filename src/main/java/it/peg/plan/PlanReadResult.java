package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.Findings;
import it.peg.domain.Plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan workbook as read and checked.
 *
 * @param plan     the plan, whenever it could be built (also when some findings are errors, so that
 *                 {@code check} can count what it read)
 * @param findings every finding of reading and of {@link PlanChecker}, in sheet order
 */
public record PlanReadResult(Optional<Plan> plan, List<Finding> findings) {
    public PlanReadResult {
        Objects.requireNonNull(plan, "plan");
        findings = List.copyOf(findings);
    }

    /** True when the plan was built and no finding is an ERRORE: only then may a command use it. */
    public boolean isValid() {
        return plan.isPresent() && !Findings.anyError(findings);
    }
}
