package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CurrentProcessTest {
    @TempDir
    Path dir;

    @Test
    void theIdIsTheJdksOwn() {
        assertEquals(ProcessHandle.current().pid(), CurrentProcess.pid());
    }

    @Test
    void aLinkThatIsNoProcessNumberGivesWayToTheJdk() throws Exception {
        Path notANumber = Files.createSymbolicLink(dir.resolve("self"), Path.of("12a"));
        assertEquals(Optional.empty(), CurrentProcess.fromProcSelf(notANumber));
        assertEquals(Optional.empty(), CurrentProcess.fromProcSelf(dir.resolve("missing")));
        Path number = Files.createSymbolicLink(dir.resolve("self2"), Path.of("4242"));
        assertEquals(Optional.of(4242L), CurrentProcess.fromProcSelf(number));
    }
}
