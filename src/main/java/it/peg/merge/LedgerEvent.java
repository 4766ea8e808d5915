package it.peg.merge;

/**
 * The kinds of ledger line merge writes (docs/merge.md, "The ledger"). The constant's name is the text written in
 * the line's third column, so a constant is never renamed: ledgers already on disk, and scripts that grep them,
 * use these names. A ledger may hold names this build does not know (a later build's); readers keep the text
 * ({@link LedgerEntry#event()}) and ask {@link LedgerEntry#is} rather than converting it.
 */
public enum LedgerEvent {
    /** A run got the lock. */
    RUN_START,
    /** The previous run died holding the lock. */
    LOCK_TAKEN_OVER,
    /** A new file (name and content) is safely in the archive. */
    ARCHIVED,
    /** An archived copy had disappeared and was restored from the inbox. */
    RESTORED,
    /** An archived copy had disappeared and could not be restored. */
    ARCHIVE_MISSING,
    /** A file's status changed. */
    STATUS,
    /** An output was replaced. */
    OUTPUT,
    /** The run completed. */
    RUN_END,
    /** The run failed (exit 4). */
    RUN_FAILED,
    /** An inbox entry was not read: a symbolic link or a special file. */
    SKIPPED
}
