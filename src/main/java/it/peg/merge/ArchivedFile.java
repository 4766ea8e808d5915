package it.peg.merge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A received file as merge knows it: its verified copy in the archive and the name it arrived with.
 *
 * @param path     the archived copy (read this, never the inbox)
 * @param name     the name it arrived with (relative to the inbox)
 * @param received when merge first saw this content under this name (from the ledger)
 * @param sha256   hex SHA-256 of the content
 * @param size     bytes
 */
public record ArchivedFile(Path path, String name, Instant received, String sha256, long size) {
    public ArchivedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(sha256, "sha256");
    }
}
