package it.peg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Outputs are never read or written through a symbolic link (docs/hostile-files.md): a link (or a folder) where an output goes
 * stops the command before anything is read or written, with a message saying what to do. (Writing alone would be
 * safe: the atomic rename replaces the link itself. But the summary is first read for the Nucleo's columns, and
 * a link there would be read.)
 */
final class OutputLinks {
    private OutputLinks() {
    }

    /**
     * The refusal for the first of {@code outputs} that is a link or a folder (which no rename replaces: the run would
     * fail at its end as peg's own error); empty when none is.
     */
    static Optional<String> refusal(List<Path> outputs) {
        for (Path p : outputs) {
            if (Files.isSymbolicLink(p)) {
                return Optional.of("Il file di uscita " + p + " è un collegamento simbolico: peg non legge né scrive"
                        + " attraverso un collegamento. Rimuoverlo (rm " + p + ") e rilanciare; peg lo scrive come file"
                        + " normale. Nessun file è stato letto o scritto.");
            }
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("Il file di uscita " + p + " è una cartella: peg non può scrivere il file al suo"
                        + " posto. Spostare o rinominare la cartella e rilanciare. Nessun file è stato letto o scritto.");
            }
        }
        return Optional.empty();
    }
}
