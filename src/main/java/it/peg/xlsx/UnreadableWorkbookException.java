package it.peg.xlsx;

/**
 * The file does not open as a workbook (not a spreadsheet, a damaged package, a format POI does not read); the
 * cause says why, for the log.
 */
public final class UnreadableWorkbookException extends Exception {
    UnreadableWorkbookException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
