package it.peg.merge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The arguments of one merge run. {@code at} empty means "today" by the job's clock; {@code previous} is last year's
 * summary when {@code --previous} names one (the ledger's RUN_START records it: the baselines came from that file).
 */
public record MergeRequest(Path planFile, Path inbox, Path workDir, Optional<LocalDate> at, Optional<Path> previous) {
    public MergeRequest {
        Objects.requireNonNull(planFile, "planFile");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(previous, "previous");
    }

    /** A run without last year's summary. */
    public MergeRequest(Path planFile, Path inbox, Path workDir, Optional<LocalDate> at) {
        this(planFile, inbox, workDir, at, Optional.empty());
    }

    /**
     * The RUN_START line's fields: version, plan, inbox, at, and previous when given (a night without it writes the
     * line it always wrote).
     */
    java.util.Map<String, String> runStartFields(String toolVersion) {
        java.util.Map<String, String> f = Ledger.fields("version", toolVersion, "plan", planFile.toString(),
                "inbox", inbox.toString(), "at", at.map(LocalDate::toString).orElse(""));
        previous.ifPresent(p -> f.put("previous", p.toString()));
        return f;
    }
}
