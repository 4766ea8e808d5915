package it.peg.xlsx;

import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The package an earlier run wrote, opened once for all the entries copied from it ({@link DeflatedSegments}):
 * reading a zip's central directory for each of a summary's sheets cost a few ms each.
 */
public final class EarlierPackage implements AutoCloseable {
    private final Optional<Path> file;
    private ZipFile zip;
    private boolean tried;

    private EarlierPackage(Optional<Path> file) {
        this.file = file;
    }

    /** The package at {@code file}, opened when first asked. */
    public static EarlierPackage at(Path file) {
        return new EarlierPackage(Optional.of(file));
    }

    /** No earlier package: everything is rendered. */
    public static EarlierPackage none() {
        return new EarlierPackage(Optional.empty());
    }

    public Optional<Path> file() {
        return file;
    }

    /** The open zip, if the file is there and a zip. */
    Optional<ZipFile> zip() {
        if (!tried) {
            tried = true;
            if (file.isPresent() && Files.isRegularFile(file.get())) {
                try {
                    zip = ZipFile.builder().setPath(file.get()).get();
                } catch (IOException e) {
                    zip = null; // not a zip any more: everything is rendered
                }
            }
        }
        return Optional.ofNullable(zip);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
            zip = null;
        }
    }
}
