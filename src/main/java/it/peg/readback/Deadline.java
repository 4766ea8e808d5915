package it.peg.readback;

import java.time.Duration;

/** The time budget of one file, checked by the streaming loops. */
final class Deadline {
    private final long endNanos;

    Deadline(Duration budget) {
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    void check() throws ReadFailure {
        if (System.nanoTime() - endNanos > 0) {
            throw new ReadFailure(ReadProblem.TEMPO_SCADUTO, "time budget exceeded");
        }
    }
}
