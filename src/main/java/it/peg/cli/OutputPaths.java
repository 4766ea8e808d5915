package it.peg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: the folder that holds an output must exist; peg never creates a mistyped path. */
final class OutputPaths {
    private OutputPaths() {
    }

    /** Refuses an output whose containing folder does not exist (or is a file). */
    static void requireFolder(String option, Path output) throws UsageException {
        Path parent = output.toAbsolutePath().normalize().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("La cartella '" + parent + "' di --" + option + " " + output + " non esiste:"
                    + " crearla prima oppure indicare un percorso in una cartella esistente. Nessun file è stato scritto.");
        }
    }
}
