package it.peg.consolidate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to consolidate.
 *
 * @param path     where to read it
 * @param name     the name to show (the name as received; the archive path may differ)
 * @param received when it was received: the file's modification time for consolidate, the time merge
 *                 first saw that content for merge
 * @param content  the content's identity when the caller knows it before reading: merge stores and verifies each
 *                 archived copy under its SHA-256, and names the file by it even when it cannot be read;
 *                 consolidate leaves it empty and takes what the reader hashed
 */
public record InputFile(Path path, String name, Instant received, Optional<Content> content) {
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(content, "content");
    }

    /** A file whose content is known only by reading it. */
    public InputFile(Path path, String name, Instant received) {
        this(path, name, received, Optional.empty());
    }

    /**
     * A file's content as already verified.
     *
     * @param sha256 hex SHA-256 of the bytes
     * @param size   bytes
     */
    public record Content(String sha256, long size) {
        public Content {
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
