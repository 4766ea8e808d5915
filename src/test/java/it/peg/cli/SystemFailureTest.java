package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Regression (s21-trial): a run the machine stopped was told as peg's defect ("Errore imprevisto di peg ... è un
 * difetto del programma ... inviarli a chi cura peg"): a consolidate into a folder the user may not write, a merge
 * whose work folder is read-only for the cron user, a merge on a full disk. The IT person was sent to report a bug
 * where a permission or free space was needed. Exit 4 and outputs untouched as before; the message says what to do.
 */
class SystemFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFolderPegMayNotWriteIsSaidAsSuch() throws Exception {
        // /sys takes no new file, not even from root: the operating system's own "permission denied"
        Path in = Files.createDirectories(dir.resolve("consegne"));
        CliRun run = CliRun.run("consolidate", "--plan", "src/test/resources/plans/serravalle-2018.xlsx",
                "--in", in.toString(), "--at", "31/12/2018", "--out", "/sys/riepilogo.xlsx");

        assertEquals(4, run.exit, run::toString);
        assertEquals(List.of("'peg consolidate' si è fermato per un permesso negato ('/sys'): dare all'utente che esegue"
                + " peg il permesso di leggere e scrivere in quella cartella, oppure indicarne un'altra. Ogni file di"
                + " output è stato scritto per intero oppure lasciato com'era: rilanciare lo stesso comando dopo aver"
                + " rimediato."), run.errLines());
        assertFalse(Files.exists(Path.of("/sys/riepilogo.xlsx")));
    }

    @Test
    void aFullDiskIsSaidAsSuch() {
        // what Java throws when write(2) fails with ENOSPC, here from a night's output, wrapped as merge's steps wrap it
        CliRun run = CliRun.run(List.of(CliRun.failing("merge", new UncheckedIOException(
                new IOException("No space left on device")))), "merge");

        assertEquals(4, run.exit, run::toString);
        assertEquals(List.of("'peg merge' si è fermato perché il disco è pieno: liberare spazio sul disco delle cartelle"
                + " di output e di lavoro (--work). Ogni file di output è stato scritto per intero oppure lasciato"
                + " com'era: rilanciare lo stesso comando dopo aver rimediato."), run.errLines());
    }

    @Test
    void anythingElseIsStillPegsOwnDefect() {
        CliRun run = CliRun.run(List.of(CliRun.failing("merge", new IOException("Stream closed"))), "merge");

        assertEquals(4, run.exit, run::toString);
        assertEquals(List.of(Main.unexpected("merge", Console.Verbosity.NORMAL)), run.errLines());
    }
}
