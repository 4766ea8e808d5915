package it.peg.cli;

import it.peg.consolidate.ConsolidationResult;
import it.peg.io.OutputDigest;
import it.peg.merge.cache.ParsedFileCache;
import it.peg.summary.NucleoColumnsReader;
import it.peg.summary.NucleoReadResult;
import it.peg.version.Version;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Nucleo's columns of the summary {@code consolidate} overwrites, known without reading it when it is the file
 * the last run wrote: that run keeps what {@link NucleoColumnsReader#read} would find in it, worked out from the values
 * it was written from ({@link NucleoColumnsReader#readBackOf}), in the user's cache folder beside the plan's entry
 * ({@link UserCache}), keyed by the file's {@link OutputDigest} (size, CRC-32C, CRC-32) and name and by the build, as
 * merge does for its own summary ({@link ParsedFileCache#forNucleo}). A summary the Nucleo typed into has other bytes:
 * it is read, as always. Reading the Obiettivi sheet back was 0.3 s of a 2,000-service run before the assessing
 * could start (docs/performance.md, "h25-consolidate"). A cache that cannot be used costs the reading, never the run.
 */
final class NucleoColumnsCache {
    private final Optional<ParsedFileCache<NucleoReadResult>> cache;

    private NucleoColumnsCache(Optional<Path> folder) {
        this.cache = folder.map(f -> ParsedFileCache.forNucleo(f, Version.build()));
    }

    /** The cache in the user's cache folder; none when there is no folder that can be written. */
    static NucleoColumnsCache inUserFolder() {
        return new NucleoColumnsCache(UserCache.folder());
    }

    /** What {@link NucleoColumnsReader#read} gives for {@code summary}, from the cache when these bytes are known. */
    NucleoReadResult read(Path summary) {
        if (cache.isPresent()) {
            try {
                return cache.get().load(summary, OutputDigest.ofFileOrEmpty(summary), NucleoColumnsReader::read);
            } catch (IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(NucleoColumnsCache.class)
                        .info("Nucleo cache not usable, {} is read", summary, e);
            }
        }
        return NucleoColumnsReader.read(summary);
    }

    /** What the summary written from {@code result} reads back as, when known without reading it. */
    static Optional<NucleoReadResult> readBackOf(ConsolidationResult result) {
        return NucleoColumnsReader.readBackOf(result);
    }

    /**
     * Keeps the reading of the summary just written, whose bytes have {@code digest}, when it is known without reading
     * the file ({@link #readBackOf}, worked out while the outputs are written; else the next run reads it).
     */
    void remember(Path summary, String digest, Optional<NucleoReadResult> readBack) {
        if (cache.isPresent()) {
            readBack.ifPresent(n -> cache.get().put(digest, String.valueOf(summary.getFileName()), n));
        }
    }
}
