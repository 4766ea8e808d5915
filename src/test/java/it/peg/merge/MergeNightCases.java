package it.peg.merge;

import it.peg.merge.standin.StandInPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Nights of {@link MergeJob} over the stand-in pipeline in a fresh folder: an inbox, a work folder (made by the first
 * night) and a plan of three services; each night at a fixed instant, as the tests' {@code now}.
 */
abstract class MergeNightCases {
    @TempDir
    Path tmp;
    Path inbox;
    Path work;
    Path plan;

    @BeforeEach
    void makeInboxAndPlan() throws Exception {
        inbox = tmp.resolve("inbox");
        work = tmp.resolve("work");
        Files.createDirectories(inbox);
        plan = MergeFixture.plan(tmp, 3);
    }

    MergeRequest request() {
        return new MergeRequest(plan, inbox, work, Optional.empty());
    }

    MergeReport run(String now) throws Exception {
        return run(now, new StandInPipeline());
    }

    MergeReport run(String now, StandInPipeline pipeline) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return new MergeJob(pipeline.stages(), clock, "test").run(request(), "r-" + now);
    }
}
