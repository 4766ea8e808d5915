package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.Submission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating one returned workbook.
 *
 * @param submission the trusted values; empty when the file was refused (not a scheda, foreign, stale, unknown service)
 * @param findings   every finding about the file, in workbook order
 */
public record ValidationResult(Optional<Submission> submission, List<Finding> findings) {
    public ValidationResult {
        Objects.requireNonNull(submission, "submission");
        findings = List.copyOf(findings);
    }

    public boolean accepted() {
        return submission.isPresent();
    }
}
