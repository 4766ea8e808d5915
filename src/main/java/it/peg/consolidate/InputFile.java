package it.peg.consolidate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A file to consolidate.
 *
 * @param path     where to read it
 * @param name     the name to show (the name as received; the archive path may differ)
 * @param received when it was received: the file's modification time for consolidate, the time merge
 *                 first saw that content for merge
 */
public record InputFile(Path path, String name, Instant received) {
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(received, "received");
    }
}
