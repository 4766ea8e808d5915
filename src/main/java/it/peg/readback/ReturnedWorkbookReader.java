package it.peg.readback;

import java.nio.file.Path;

/**
 * Reads a returned service workbook. Never throws for bad input: whatever the file is (foreign,
 * encrypted, truncated, a zip bomb, a million rows), it returns findings naming the file and the
 * reason, within bounded time and memory.
 */
public interface ReturnedWorkbookReader {
    ReadResult read(Path file);

    /**
     * Reads {@code file} naming it {@code displayName} in the result and in every finding: the name the office gave
     * the file, when it is read from elsewhere (merge reads its archived copy).
     */
    default ReadResult read(Path file, String displayName) {
        ReadResult r = read(file);
        return new ReadResult(displayName, r.workbook().map(w -> w.named(displayName)),
                r.findings().stream().map(f -> f.withFile(displayName)).toList());
    }
}
