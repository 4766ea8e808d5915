package it.peg.merge;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A delivery's {@code received} time orders a service's deliveries (the newest valid one counts): a clock set back
 * (a virtual machine restored from a snapshot, an RTC reset before NTP corrects it) must not make a file received
 * tonight older than one received before.
 */
class ClockJumpTest extends MergeNightCases {
    /** Regression: the corrected scheda sent after the clock went back a day lost to the one it corrects. */
    @Test
    void aFileReceivedAfterTheClockWentBackIsStillTheNewest() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-02T02:00:00Z");
        MergeFixture.drop(inbox, "S001 corretta.txt", "servizio=S001\nvalore=90\n");
        run("2024-07-01T02:00:00Z"); // the clock went back a day
        String csv = Files.readString(work.resolve(MergeJob.CSV));
        assertTrue(csv.contains("S001,completa,S001 corretta.txt,90"), csv);
        List<LedgerEntry> archived = Ledger.read(work).of(LedgerEvent.ARCHIVED);
        assertTrue(Instant.parse(archived.get(1).require("received"))
                .isAfter(Instant.parse(archived.get(0).require("received"))), "received after the file before it");
        assertEquals("S001 corretta.txt", archived.get(1).require("name"));
    }
}
