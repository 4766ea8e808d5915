package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Regression (issue 21, h24-skeleton): a FIFO at the ledger's path was opened to be read or appended to, and the night
 * waited for a peer for ever, the run lock held. {@code peg merge} now refuses it before taking the lock.
 */
class MergeLedgerFifoTest {
    @TempDir
    Path dir;

    @Test
    void aFifoAtTheLedgersPathIsRefusedWithExitTwo() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path work = dir.resolve("lavoro");
        Files.createDirectories(work);
        Path ledger = work.resolve("ledger.tsv");
        assertEquals(0, new ProcessBuilder("mkfifo", ledger.toString()).inheritIO().start().waitFor());
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.run("merge", "-q", "--plan",
                schede.planFile.toString(), "--inbox", schede.in.toString(), "--work", work.toString(),
                "--at", "31/12/2027"), "waited on the FIFO");
        assertEquals(2, r.exit, r.toString());
        assertEquals("Il registro " + ledger + " non è un file normale (una pipe, un dispositivo o una cartella): peg non"
                + " lo apre, perché leggerlo o scriverlo potrebbe bloccare la notte per sempre. Rimuoverlo (rm " + ledger
                + ") o ripristinare il registro da una copia di sicurezza e rilanciare.", r.err.strip());
    }

    /** Regression (h24-review): a named pipe given as the plan was said not to exist. */
    @Test
    void aFifoGivenAsThePlanIsSaidToBeNoFile() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path plan = dir.resolve("piano.xlsx.pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", plan.toString()).inheritIO().start().waitFor());
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.run("merge", "-q", "--plan",
                plan.toString(), "--inbox", schede.in.toString(), "--work", dir.resolve("lavoro").toString(),
                "--at", "31/12/2027"), "waited on the FIFO");
        assertEquals(2, r.exit, r.toString());
        assertEquals("Il piano " + plan + " non è un file. Indicare con --plan il file .xlsx del piano.", r.err.strip());
    }
}
