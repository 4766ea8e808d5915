package it.peg.cli;

import it.peg.domain.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * What {@code peg demo} takes from outside the product: the example plan, and offices that fill their schede. The
 * implementation ({@code it.peg.demo.ScriptedOffices}) lives with the tools in {@code src/tools/java}, which the
 * product's packages do not import: {@link DemoCommand} finds it through {@link Tools}.
 */
public interface DemoOffices {
    /** The example plan workbook the demo starts from; the caller closes it. */
    InputStream examplePlan() throws IOException;

    /**
     * Fills {@code scheda} in place as the office of service number {@code office} of the plan would at its verifica
     * number {@code verifica} (both counted from 0, in the plan's order), with the few mistakes the demo shows; the
     * same arguments always give the same file.
     */
    void fill(Plan plan, Path scheda, int office, int verifica) throws IOException;
}
