package it.peg.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21 (h27-quiet): the command run is made alone; help and an unknown command still see every command. */
class CommandsTest {
    private static List<String> names(List<Command> commands) {
        List<String> names = new ArrayList<>();
        for (Command c : commands) {
            names.add(c.name());
        }
        return names;
    }

    @Test
    void eachCommandIsMadeAloneByItsNameAndAllInTheSpecsOrder() {
        List<String> order = List.of("demo", "init", "check", "generate", "validate", "consolidate", "merge", "bench");
        assertEquals(order, names(Commands.all()));
        for (Command c : Commands.all()) {
            assertEquals(c.getClass(), Commands.named(c.name()).orElseThrow().getClass());
            assertEquals(List.of(c.name()), names(Commands.forArguments(new String[] {c.name(), "--plan", "x"})));
        }
        assertTrue(Commands.named("unisci").isEmpty());
        assertEquals(order, names(Commands.forArguments(new String[] {"unisci"})), "the message lists them all");
        assertEquals(order, names(Commands.forArguments(new String[] {})));
        assertEquals(order, names(Commands.forArguments(new String[] {"--help"})));
        assertEquals(order, names(Commands.forArguments(new String[] {"--version"})));
    }
}
