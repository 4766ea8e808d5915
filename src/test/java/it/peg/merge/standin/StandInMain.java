package it.peg.merge.standin;

import it.peg.cli.Main;
import it.peg.cli.MergeCommand;

import java.util.List;

/**
 * TEST-ONLY entry point: {@code peg} with only the merge command, wired to {@link StandInPipeline}. The fault
 * test starts it as a real process. When the real pipeline is on main, the same test can start
 * {@code it.peg.cli.Main} instead (see docs/merge.md, "Wiring").
 */
public final class StandInMain {
    private StandInMain() {
    }

    public static void main(String[] args) {
        System.exit(new Main(List.of(new MergeCommand(seal -> new StandInPipeline().stages()))).run(args, null));
    }
}
