package it.peg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression (carried by the last notes): consolidate refused a symbolic link at {@code --out} and {@code --csv}, but
 * not at the Schede per la valutazione it writes beside {@code --out}. A link there stops it the same way, before
 * anything is read or written, naming the file and how to fix it; the link and its target are left as they are.
 */
class ConsolidateFormsLinkTest {
    @TempDir
    Path dir;

    @Test
    void aLinkWhereTheFormsGoIsRefusedBeforeAnythingIsWritten() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        for (String[] names : new String[][] {{"riepilogo.xlsx", "schede-valutazione.xlsx"},
                {"riepilogo-1231.xlsx", "schede-valutazione-1231.xlsx"}}) {
            Path out = dir.resolve(names[0]);
            Path forms = dir.resolve(names[1]);
            Path victim = Files.writeString(dir.resolve("vittima-" + names[1] + ".txt"), "da non toccare\n");
            Files.createSymbolicLink(forms, victim);

            CliRun r = schede.consolidate(out);
            assertEquals(2, r.exit, r.toString());
            assertEquals("Il file di uscita " + forms + " è un collegamento simbolico: peg non legge né scrive"
                    + " attraverso un collegamento. Rimuoverlo (rm " + forms + ") e rilanciare; peg lo scrive come"
                    + " file normale. Nessun file è stato letto o scritto.\n", r.out + r.err);
            assertFalse(Files.exists(out, LinkOption.NOFOLLOW_LINKS), "no summary written");
            assertTrue(Files.isSymbolicLink(forms), "the link is left as it is");
            assertEquals("da non toccare\n", Files.readString(victim));

            Files.delete(forms);
            assertEquals(0, schede.consolidate(out).exit);
            assertTrue(Files.isRegularFile(forms, LinkOption.NOFOLLOW_LINKS), "written as a plain file");
        }
    }

    /**
     * Regression: the returned files began to be read, and the plan was loaded, before the outputs were checked, so
     * the refusal's "Nessun file è stato letto" was not true. The outputs are now checked first: with a plan that
     * does not exist, the link is what the user is told about.
     */
    @Test
    void theOutputsAreCheckedBeforeThePlanOrAnyFileIsRead() throws Exception {
        ManySchede schede = new ManySchede(dir, 2);
        Path out = dir.resolve("riepilogo.xlsx");
        Path victim = Files.writeString(dir.resolve("vittima.txt"), "da non toccare\n");
        Files.createSymbolicLink(out, victim);

        CliRun r = CliRun.run("consolidate", "--plan", dir.resolve("manca.xlsx").toString(), "--in",
                schede.in.toString(), "--at", "31/12/2027", "--out", out.toString());
        assertEquals(2, r.exit, r.toString());
        assertEquals("Il file di uscita " + out + " è un collegamento simbolico: peg non legge né scrive"
                + " attraverso un collegamento. Rimuoverlo (rm " + out + ") e rilanciare; peg lo scrive come"
                + " file normale. Nessun file è stato letto o scritto.\n", r.out + r.err);
        assertEquals("da non toccare\n", Files.readString(victim));
    }
}
