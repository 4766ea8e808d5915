package it.peg.testutil;

import it.peg.domain.Plan;
import it.peg.plan.PlanReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo's example plan (the one `peg demo` writes), as a file in a test's folder and as read by peg. */
public final class DemoPlan {
    private DemoPlan() {
    }

    /** Copies the bundled example plan to {@code dir/piano-esempio.xlsx} and reads it. */
    public static Plan read(Path dir) throws IOException {
        Path planFile = dir.resolve("piano-esempio.xlsx");
        try (InputStream in = DemoPlan.class.getResourceAsStream("/it/peg/demo/piano-esempio.xlsx")) {
            Files.copy(in, planFile);
        }
        return PlanReader.read(planFile).plan().orElseThrow();
    }
}
