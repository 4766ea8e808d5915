package it.peg.merge;

import java.util.Objects;

/** A received file and its assessment: one input of {@link Pipeline#combine}. */
public record AssessedFile(ArchivedFile file, Assessment assessment) {
    public AssessedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(assessment, "assessment");
    }
}
