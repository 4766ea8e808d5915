package it.peg.readback;

import java.time.Duration;
import java.util.Objects;

/**
 * Caps that bound the time and memory spent on one returned file, whatever it holds or declares. Every cap is
 * far above what a real scheda needs; a file over one is refused with a finding naming the file and the cap
 * ({@link ReadProblem#LIMITE_SUPERATO}), never read further. The list, with the figures, is in
 * docs/hostile-files.md.
 *
 * @param maxFileBytes          larger files are refused before being opened
 * @param maxZipEntries         more entries in the zip directory: refused (zip bomb / foreign archive)
 * @param maxEntryBytes         bytes one part may inflate to
 * @param maxTotalBytes         bytes all parts read together may inflate to
 * @param maxInflateRatio       inflated/compressed ratio allowed once an entry passed {@code ratioGraceBytes}
 * @param ratioGraceBytes       small parts (a few KB of repeated XML) legitimately compress very well
 * @param timeBudget            wall time allowed for one file, checked while streaming
 * @param maxMetadataRows       rows of the metadata sheet read at most
 * @param content               caps on the lengths and counts of what the parts hold
 */
public record ReadLimits(long maxFileBytes, int maxZipEntries, long maxEntryBytes, long maxTotalBytes,
                         double maxInflateRatio, long ratioGraceBytes, Duration timeBudget, int maxMetadataRows,
                         Content content) {
    /**
     * Caps on content.
     *
     * @param maxTextChars       characters of one cell's text (value, shared or inline string): Excel's own limit
     * @param maxFormulaChars    characters of one formula or defined name's reference: Excel's own limit
     * @param maxNameChars       characters of one defined name: Excel's own limit
     * @param maxDefinedNames    defined names in the workbook
     * @param maxSheets          sheets in the workbook
     * @param maxPackageItems    relationships of one part, content-type entries
     * @param maxSharedStrings   shared strings read (or declared)
     * @param maxRows            rows of one worksheet read
     * @param maxCells           cells of one worksheet read
     * @param maxXmlDepth        elements nested in one another
     * @param maxAttributeChars  characters of one XML attribute
     */
    public record Content(int maxTextChars, int maxFormulaChars, int maxNameChars, int maxDefinedNames, int maxSheets,
                          int maxPackageItems, int maxSharedStrings, int maxRows, int maxCells, int maxXmlDepth,
                          int maxAttributeChars) {
        public Content {
            if (maxTextChars <= 0 || maxFormulaChars <= 0 || maxNameChars <= 0 || maxDefinedNames <= 0 || maxSheets <= 0
                    || maxPackageItems <= 0 || maxSharedStrings <= 0 || maxRows <= 0 || maxCells <= 0
                    || maxXmlDepth <= 0 || maxAttributeChars <= 0) {
                throw new IllegalArgumentException("invalid content limits");
            }
        }

        /**
         * Excel's own limits for a cell's text (32,767), a formula (8,192), a name (255) and a sheet's rows
         * (1,048,576: a named cell on the last row is still read, streamed); other counts a hundred times what the
         * largest scheda has (a few thousand names and strings).
         */
        public static Content defaults() {
            return new Content(32_767, 8_192, 255, 100_000, 1_000, 100_000, 1_000_000, 1_048_576, 5_000_000, 100,
                    524_288);
        }
    }

    public ReadLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        Objects.requireNonNull(content, "content");
        if (maxFileBytes <= 0 || maxZipEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0
                || maxInflateRatio <= 1 || ratioGraceBytes < 0 || timeBudget.isNegative() || maxMetadataRows <= 0) {
            throw new IllegalArgumentException("invalid read limits");
        }
    }

    /** The zip and time caps, with the default content caps. */
    public ReadLimits(long maxFileBytes, int maxZipEntries, long maxEntryBytes, long maxTotalBytes,
                      double maxInflateRatio, long ratioGraceBytes, Duration timeBudget, int maxMetadataRows) {
        this(maxFileBytes, maxZipEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio, ratioGraceBytes, timeBudget,
                maxMetadataRows, Content.defaults());
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
                ratioGraceBytes, budget, maxMetadataRows, content);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxZipEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio,
                ratioGraceBytes, timeBudget, maxMetadataRows, content);
    }

    public ReadLimits withContent(Content caps) {
        return new ReadLimits(maxFileBytes, maxZipEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio,
                ratioGraceBytes, timeBudget, maxMetadataRows, caps);
    }
}
