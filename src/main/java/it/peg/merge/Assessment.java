package it.peg.merge;

import it.peg.domain.Finding;
import it.peg.domain.Submission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading and validating one file gave: the part of a FileAssessment that depends only on the file's
 * content and name and on the plan, and so can be cached.
 *
 * @param serviceCode the service recognised, when one was
 * @param submission  the validated submission, when the file is usable
 * @param findings    every finding about the file
 * @param lockedVerifiche MMDD codes of the verifiche the workbook locks (generate --from), as it records them
 */
public record Assessment(Optional<String> serviceCode, Optional<Submission> submission, List<Finding> findings,
                         List<String> lockedVerifiche) {
    public Assessment {
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(submission, "submission");
        findings = List.copyOf(findings);
        lockedVerifiche = List.copyOf(lockedVerifiche);
    }

    /** A file that locks nothing. */
    public Assessment(Optional<String> serviceCode, Optional<Submission> submission, List<Finding> findings) {
        this(serviceCode, submission, findings, List.of());
    }
}
