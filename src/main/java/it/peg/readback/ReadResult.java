package it.peg.readback;

import it.peg.domain.Finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one file: the raw workbook when it could be read at all, and the
 * file-level findings (not a workbook, encrypted, corrupt, too large, not a peg scheda, ...).
 */
public record ReadResult(String fileName, Optional<RawWorkbook> workbook, List<Finding> findings) {
    public ReadResult {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(workbook, "workbook");
        findings = List.copyOf(findings);
    }
}
