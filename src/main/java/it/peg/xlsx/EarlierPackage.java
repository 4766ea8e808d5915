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

    /**
     * Whether this package holds the entry {@code index} describes, as {@link DeflatedSegments} copies from it (the
     * same check): there, deflated, of the index's stored length and CRC-32. A writer copies no segment of an entry
     * that fails it.
     */
    public boolean holds(it.peg.io.SegmentIndex index) {
        return zip().map(z -> describes(z.getEntry(index.part()), index)).orElse(false);
    }

    static boolean describes(org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry,
                             it.peg.io.SegmentIndex index) {
        return entry != null && entry.getMethod() == java.util.zip.ZipEntry.DEFLATED
                && entry.getCompressedSize() == index.length() && entry.getCrc() == (index.crc() & 0xFFFFFFFFL);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
            zip = null;
        }
    }
}
