package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Submission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file read and validated against the plan: the unit that merge caches between runs.
 *
 * @param file        the file
 * @param sha256      hex SHA-256 of its content ("" when it could not be read at all)
 * @param size        bytes
 * @param serviceCode the service it declares, when recognisable (even if the file is rejected)
 * @param submission  the trusted values, when the file is usable
 * @param findings    every finding of the file
 * @param lockedVerifiche the MMDD codes of the verifiche its workbook locks ({@code generate --from}), as it records
 */
public record FileAssessment(InputFile file, String sha256, long size, Optional<String> serviceCode,
                             Optional<Submission> submission, List<Finding> findings, List<String> lockedVerifiche) {
    public FileAssessment {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(submission, "submission");
        findings = List.copyOf(findings);
        lockedVerifiche = List.copyOf(lockedVerifiche);
    }

    /** A file that locks nothing. */
    public FileAssessment(InputFile file, String sha256, long size, Optional<String> serviceCode,
                          Optional<Submission> submission, List<Finding> findings) {
        this(file, sha256, size, serviceCode, submission, findings, List.of());
    }

    public boolean usable() {
        return submission.isPresent();
    }
}
