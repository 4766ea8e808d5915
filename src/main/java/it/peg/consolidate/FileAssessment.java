package it.peg.consolidate;

import it.peg.domain.Finding;
import it.peg.domain.Submission;
import it.peg.scoring.Scorer;
import it.peg.scoring.ServiceScoring;

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
 * @param scoring     its service scored from its submission ({@link Scorer#scoreAhead}), on the thread that read it, so
 *                    that combine takes it instead of scoring it again; empty when not scored ahead
 */
public record FileAssessment(InputFile file, String sha256, long size, Optional<String> serviceCode,
                             Optional<Submission> submission, List<Finding> findings, List<String> lockedVerifiche,
                             Optional<ServiceScoring> scoring) {
    public FileAssessment {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(serviceCode, "serviceCode");
        Objects.requireNonNull(submission, "submission");
        findings = List.copyOf(findings);
        lockedVerifiche = List.copyOf(lockedVerifiche);
        Objects.requireNonNull(scoring, "scoring");
        if (scoring.isPresent() && submission.isEmpty()) {
            throw new IllegalArgumentException("a scoring without a submission");
        }
    }

    /** An assessment whose service is not scored ahead: combine scores it. */
    public FileAssessment(InputFile file, String sha256, long size, Optional<String> serviceCode,
                          Optional<Submission> submission, List<Finding> findings, List<String> lockedVerifiche) {
        this(file, sha256, size, serviceCode, submission, findings, lockedVerifiche, Optional.empty());
    }

    /** This assessment with its service scored ahead from its submission (or not). */
    public FileAssessment withScoring(Optional<ServiceScoring> scoring) {
        return new FileAssessment(file, sha256, size, serviceCode, submission, findings, lockedVerifiche, scoring);
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
