package it.peg.merge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLockTest {
    @Test
    void aSecondRunIsRefusedWhileTheFirstHoldsTheLock(@TempDir Path work) throws Exception {
        try (RunLock first = RunLock.tryAcquire(work, 111, Instant.EPOCH).orElseThrow()) {
            assertTrue(first.staleOwner().isEmpty());
            assertTrue(RunLock.tryAcquire(work, 222, Instant.EPOCH).isEmpty());
            assertTrue(RunLock.describeOwner(work).contains("pid=111"));
        }
        assertEquals("", Files.readString(work.resolve(RunLock.FILE_NAME)), "a clean exit empties the owner text");
        try (RunLock again = RunLock.tryAcquire(work, 333, Instant.EPOCH).orElseThrow()) {
            assertTrue(again.staleOwner().isEmpty());
        }
    }

    @Test
    void theOwnerTextOfADeadRunIsRecognisedAndTakenOver(@TempDir Path work) throws Exception {
        // what a run killed with SIGKILL leaves: its text, but no OS lock (released on process death)
        Files.writeString(work.resolve(RunLock.FILE_NAME), "pid=999\nstarted=2024-07-01T02:00:00Z\n");
        try (RunLock lock = RunLock.tryAcquire(work, 444, Instant.parse("2024-07-02T02:00:00Z")).orElseThrow()) {
            assertEquals(Optional.of("pid=999 started=2024-07-01T02:00:00Z"), lock.staleOwner());
            assertEquals("pid=444 started=2024-07-02T02:00:00Z", RunLock.describeOwner(work));
        }
    }
}
