package it.peg.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The command line finds the tools of src/tools/java through ServiceLoader, by their META-INF/services entries, and
 * names what is missing when the build left a tool out.
 */
class ToolsTest {

    @Test
    void theDemoAndTheBenchAreFoundByTheirInterfaces() {
        assertEquals("it.peg.demo.ScriptedOffices", Tools.load(DemoOffices.class).getClass().getName());
        assertEquals("it.peg.bench.BenchTool", Tools.load(BenchRunner.class).getClass().getName());
    }

    /** An interface no tool implements. */
    interface Missing {
    }

    @Test
    void aMissingToolIsPegsFaultNamedInTheMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tools.load(Missing.class));
        assertEquals("no it.peg.cli.ToolsTest$Missing on the class path: the tools of src/tools/java are missing from "
                + "this build", e.getMessage());
    }
}
