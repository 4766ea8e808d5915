package it.peg.merge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The arguments of one merge run. {@code at} empty means "today" by the job's clock. */
public record MergeRequest(Path planFile, Path inbox, Path workDir, Optional<LocalDate> at) {
    public MergeRequest {
        Objects.requireNonNull(planFile, "planFile");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(at, "at");
    }
}
