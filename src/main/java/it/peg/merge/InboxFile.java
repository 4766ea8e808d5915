package it.peg.merge;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * A file found in the inbox.
 *
 * @param path     where it is (never written to)
 * @param name     its path relative to the inbox, with '/' separators: the name it is known by
 * @param modified its modification time, used only to order files first seen in the same run
 */
public record InboxFile(Path path, String name, FileTime modified) {
    public InboxFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modified, "modified");
    }
}
