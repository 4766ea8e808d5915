package it.peg.merge;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (h23-review): a night compares the outputs it left with what is in the work folder now. A FIFO where an
 * output goes (schede-valutazione.xlsx, new this session, as for riepilogo.xlsx before) was opened to be read, and
 * opening a FIFO for reading waits for a writer: the night hung for ever holding the run lock. Now a file that is not
 * a regular file is an output changed: the night writes it again as a regular file.
 */
class WorkFolderSpecialFilesTest extends MergeNightCases {

    @Test
    void aFifoWhereAnOutputGoesIsReplacedNotWaitedOn() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z");
        for (String output : new String[] {MergeJob.FORMS, MergeJob.SUMMARY, MergeJob.CSV}) {
            Path file = work.resolve(output);
            byte[] written = Files.readAllBytes(file);
            Files.delete(file);
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            assertEquals(0, mkfifo.waitFor());
            MergeReport night = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("2024-07-02T02:00:00Z"),
                    output + ": the night waited on a FIFO");
            assertEquals(MergeReport.Outcome.OK, night.outcome());
            assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), output + " written again as a file");
            assertEquals(java.util.Arrays.toString(written), java.util.Arrays.toString(Files.readAllBytes(file)));
        }
    }
}
