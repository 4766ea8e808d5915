package it.peg.readback;

import java.time.Duration;
import java.util.Objects;

/**
 * Caps that bound the time and memory spent on one returned file, whatever it holds.
 *
 * @param maxFileBytes          larger files are refused before being opened
 * @param maxZipEntries         more entries in the zip directory: refused (zip bomb / foreign archive)
 * @param maxEntryBytes         bytes one part may inflate to
 * @param maxTotalBytes         bytes all parts read together may inflate to
 * @param maxInflateRatio       inflated/compressed ratio allowed once an entry passed {@code ratioGraceBytes}
 * @param ratioGraceBytes       small parts (a few KB of repeated XML) legitimately compress very well
 * @param timeBudget            wall time allowed for one file, checked while streaming
 * @param maxMetadataRows       rows of the metadata sheet read at most
 */
public record ReadLimits(long maxFileBytes, int maxZipEntries, long maxEntryBytes, long maxTotalBytes,
                         double maxInflateRatio, long ratioGraceBytes, Duration timeBudget, int maxMetadataRows) {
    public ReadLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxFileBytes <= 0 || maxZipEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0
                || maxInflateRatio <= 1 || ratioGraceBytes < 0 || timeBudget.isNegative() || maxMetadataRows <= 0) {
            throw new IllegalArgumentException("invalid read limits");
        }
    }

    /**
     * Far above any real scheda (a few hundred KB), far below what hurts a batch run. The metadata sheet has a
     * row per locked input cell of a workbook generated with --from: 20,000 rows leave room for the largest service.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(50L << 20, 10_000, 512L << 20, 1L << 30, 200, 4L << 20,
                Duration.ofSeconds(30), 20_000);
    }

    public ReadLimits withTimeBudget(Duration budget) {
        return new ReadLimits(maxFileBytes, maxZipEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio,
                ratioGraceBytes, budget, maxMetadataRows);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxZipEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio,
                ratioGraceBytes, timeBudget, maxMetadataRows);
    }
}
