package it.peg.merge;

import it.peg.LogCapture;
import it.peg.demo.OfficeSimulator;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Real nights over the demo plan, for the ITs that compare what merge copies from its last outputs with a full
 * render: the plan copied where the test works, schede generated and filled as an office fills them, nights of the
 * real stages at a fixed hour a day apart, and what the copying writers log meanwhile.
 */
final class DemoNights {
    private static final String PLAN_RESOURCE = "/it/peg/demo/piano-esempio.xlsx";

    private DemoNights() {
    }

    /** The demo plan copied into {@code dir} as {@code piano.xlsx}. */
    static Path plan(Path dir) throws IOException {
        Path plan = dir.resolve("piano.xlsx");
        try (InputStream in = DemoNights.class.getResourceAsStream(PLAN_RESOURCE)) {
            Files.copy(in, plan);
        }
        return plan;
    }

    /** The scheda of the plan's {@code service}-th service generated into {@code inbox} and filled at {@code v}. */
    static void fill(Plan plan, Verifica v, Path inbox, int service, long seed) throws IOException {
        Service s = plan.services().get(service);
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).write(plan, s, inbox);
        new OfficeSimulator(plan, seed).fill(file, s.code(), v, List.of());
    }

    /**
     * Every service's scheda generated into {@code inbox} (made if missing) and filled at {@code v}, each with its own
     * seed ({@code 20240715 + its place}): the inbox of a first night over the demo plan.
     */
    static Path fillEvery(Plan plan, Verifica v, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        for (int i = 0; i < plan.services().size(); i++) {
            fill(plan, v, inbox, i, 20240715L + i);
        }
        return inbox;
    }

    /** The night {@code day} days after 1 July 2024, 22:00 UTC, with the real stages. */
    static MergeReport night(MergeRequest request, int day) throws IOException {
        return night(request, day, Stages.real());
    }

    /** The night {@code day} days after 1 July 2024, 22:00 UTC, with {@code stages}. */
    static MergeReport night(MergeRequest request, int day, Stages stages) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T22:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
        return new MergeJob(stages, clock, "test").run(request, "night-" + day);
    }

    /** A piece of a test around a night. */
    interface Night {
        void run() throws IOException;
    }

    /** What the loggers of {@code sources} log at INFO and above while {@code night} runs. */
    static List<String> logged(Night night, Class<?>... sources) throws IOException {
        return LogCapture.during(() -> {
            night.run();
            return null;
        }, sources).messages();
    }
}
