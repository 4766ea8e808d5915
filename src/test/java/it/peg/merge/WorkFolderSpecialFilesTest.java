package it.peg.merge;

import it.peg.merge.standin.StandInPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (h23-review): a night compares the outputs it left with what is in the work folder now. A FIFO where an
 * output goes (schede-valutazione.xlsx, new this session, as for riepilogo.xlsx before) was opened to be read, and
 * opening a FIFO for reading waits for a writer: the night hung for ever holding the run lock. Now a file that is not
 * a regular file is an output changed: the night writes it again as a regular file.
 */
class WorkFolderSpecialFilesTest {
    @TempDir
    Path tmp;
    Path inbox;
    Path work;
    Path plan;

    @BeforeEach
    void setUp() throws Exception {
        inbox = tmp.resolve("inbox");
        work = tmp.resolve("work");
        Files.createDirectories(inbox);
        plan = MergeFixture.plan(tmp, 3);
    }

    private MergeReport run(String now) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return new MergeJob(new StandInPipeline().stages(), clock, "test")
                .run(new MergeRequest(plan, inbox, work, Optional.empty()), "r-" + now);
    }

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
