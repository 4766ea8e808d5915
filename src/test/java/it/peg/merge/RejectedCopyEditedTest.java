package it.peg.merge;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code scartati/} is a view rebuilt from the archive each run: a copy edited there is put back as received. */
class RejectedCopyEditedTest extends MergeNightCases {
    /** Regression: a copy edited in place with its size kept was left as edited, and recorded so in the night state. */
    @Test
    void aRejectedCopyEditedInPlaceIsPutBackAsReceived() throws Exception {
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=non so\n");
        run("2024-07-01T02:00:00Z");
        Path copy;
        try (var files = Files.list(work.resolve(RejectedFolder.DIR))) {
            List<Path> copies = files.filter(p -> p.getFileName().toString().endsWith(".txt")
                    && !p.getFileName().toString().endsWith(".motivi.txt")).toList();
            assertEquals(1, copies.size(), copies.toString());
            copy = copies.get(0);
        }
        // someone corrects the refused file where they found it, in place, the size unchanged
        Files.writeString(copy, "servizio=S002\nvalore=NON SO\n");
        assertEquals(Files.size(inbox.resolve("S002.txt")), Files.size(copy));
        run("2024-07-02T02:00:00Z");
        assertEquals(Files.readString(inbox.resolve("S002.txt")), Files.readString(copy), "the copy as received");
    }
}
