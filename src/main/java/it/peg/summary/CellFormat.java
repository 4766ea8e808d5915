package it.peg.summary;

/**
 * A cell format of the summary: its index in the {@code cellXfs} of {@code styles.xml} ({@link SummaryStyles}) and
 * whether it wraps text (rows of wrapped text get the height their lines take, see {@link SheetRows}).
 */
record CellFormat(int index, boolean wrap) {
    CellFormat {
        if (index < 0) {
            throw new IllegalArgumentException("style index " + index);
        }
    }
}
