package it.peg.demo;

import it.peg.cli.DemoOffices;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The offices of {@code peg demo}: the bundled example plan, and each office filling its scheda through the
 * {@link OfficeSimulator}, with a few mistakes always made by the same offices so that the demo shows findings.
 * Found by the command line through {@link java.util.ServiceLoader} (META-INF/services).
 */
public final class ScriptedOffices implements DemoOffices {
    /** The example plan, a class path resource. */
    public static final String EXAMPLE_PLAN = "/it/peg/demo/piano-esempio.xlsx";
    private static final long SEED = 20250101L;

    @Override
    public InputStream examplePlan() throws IOException {
        InputStream in = ScriptedOffices.class.getResourceAsStream(EXAMPLE_PLAN);
        if (in == null) {
            throw new IOException("example plan missing from the application: " + EXAMPLE_PLAN);
        }
        return in;
    }

    @Override
    public void fill(Plan plan, Path scheda, int office, int verifica) throws IOException {
        List<Verifica> verifiche = plan.settings().verifiche();
        new OfficeSimulator(plan, SEED).fill(scheda, plan.services().get(office).code(), verifiche.get(verifica),
                mistakesOf(office, verifica, verifiche.size()));
    }

    /** A few realistic mistakes, always the same: text typed for a number, an "n.d.", causes left blank. */
    private static List<OfficeSimulator.Mistake> mistakesOf(int service, int verifica, int count) {
        List<OfficeSimulator.Mistake> m = new ArrayList<>();
        if (service == 0 && verifica == 0) {
            m.add(OfficeSimulator.Mistake.NUMBER_AS_TEXT);
        }
        if (service == 2 && verifica == count - 1) {
            m.add(OfficeSimulator.Mistake.NOT_AVAILABLE);
        }
        if (service == 3) {
            m.add(OfficeSimulator.Mistake.NO_CAUSES);
        }
        return m;
    }
}
