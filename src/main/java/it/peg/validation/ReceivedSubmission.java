package it.peg.validation;

import it.peg.domain.Submission;

import java.time.Instant;
import java.util.Objects;

/** A validated submission with the time its file was received (the inbox file's modification time). */
public record ReceivedSubmission(Submission submission, Instant received) {
    public ReceivedSubmission {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(received, "received");
    }

    public String fileName() {
        return submission.fileName();
    }

    public String serviceCode() {
        return submission.serviceCode();
    }
}
