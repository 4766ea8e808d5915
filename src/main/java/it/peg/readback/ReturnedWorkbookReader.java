package it.peg.readback;

import java.nio.file.Path;

/**
 * Reads a returned service workbook. Never throws for bad input: whatever the file is (foreign,
 * encrypted, truncated, a zip bomb, a million rows), it returns findings naming the file and the
 * reason, within bounded time and memory.
 */
public interface ReturnedWorkbookReader {
    ReadResult read(Path file);
}
