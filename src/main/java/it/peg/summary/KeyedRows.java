package it.peg.summary;

import it.peg.xlsx.DeterministicXlsx;

import java.io.IOException;

/**
 * A row sheet's data rows as keyed segments of a few items each (services, objectives, files...): each run's key
 * is made from what its rows print ({@link RowKeys}), without rendering them, and a run whose key the earlier
 * summary holds is copied from it; the others are rendered. The same rows give the same segments whether copied
 * or rendered, so the sheet's bytes are those a full render writes.
 */
final class KeyedRows {
    /**
     * Items per segment: a night with a few new files re-renders a few runs; a run of about ten KB of XML deflates
     * almost as well on its own as in the whole sheet's stream.
     */
    static final int CHUNK = 16;

    /** Writes the heading rows. */
    @FunctionalInterface
    interface Header {
        void write(SheetRows rows) throws IOException;
    }

    /** Writes the rows of items {@code [from, to)}: the same calls whatever {@code rows} is. */
    @FunctionalInterface
    interface Items {
        void write(RowCells rows, int from, int to) throws IOException;
    }

    /**
     * The key of a run of items made from what its rows are made from ({@link ServiceInputKeys}), without making
     * them; empty: the run is keyed by what its rows print ({@link RowKeys}).
     */
    @FunctionalInterface
    interface InputKeys {
        java.util.Optional<String> of(int from, int to);
    }

    /** No run keyed by its inputs. */
    static final InputKeys PRINTED = (from, to) -> java.util.Optional.empty();

    private KeyedRows() {
    }

    /** {@link #of(String, int[], Header, int, java.util.function.Supplier, boolean, InputKeys)}, keyed by what the rows print. */
    static DeterministicXlsx.SegmentedWriter of(String sheet, int[] widths, Header header, int items,
                                                java.util.function.Supplier<Items> made, boolean blankWhenEmpty) {
        return of(sheet, widths, header, items, made, blankWhenEmpty, PRINTED);
    }

    /**
     * @param sheet      the sheet's name and the form of its keys, in every key
     * @param widths     the column widths of the rows' heights
     * @param items      how many items the rows are made of
     * @param made       the writer of the items' rows, made when the sheet is written
     * @param blankWhenEmpty a table's sheet: one blank data row when there is no item
     * @param inputs     the runs' keys made from their inputs, where the sheet has them: a run so keyed and copied
     *                   is not made at all (the rows' writer is made only when a run is rendered)
     */
    static DeterministicXlsx.SegmentedWriter of(String sheet, int[] widths, Header header, int items,
                                                java.util.function.Supplier<Items> made, boolean blankWhenEmpty,
                                                InputKeys inputs) {
        int[] w = widths.clone();
        return sink -> {
            SheetRows rows = new SheetRows(sink.out()).wrapWidths(w);
            header.write(rows);
            rows.finish();
            sink.end("header");
            RowKeys keys = null;
            Items body = null; // its lookups made when the sheet's first run is made, not held before
            for (int from = 0; from < items; from += CHUNK) {
                int to = Math.min(items, from + CHUNK);
                String key;
                if (!sink.keyed()) {
                    // nothing to copy and no index kept (consolidate): the rows' key, a second pass over them and
                    // a SHA-256, would be thrown away
                    key = "#" + from;
                } else {
                    java.util.Optional<String> input = inputs.of(from, to);
                    if (input.isPresent()) {
                        key = input.get();
                    } else {
                        if (keys == null) {
                            keys = new RowKeys(sheet, w);
                        }
                        if (body == null) {
                            body = made.get();
                        }
                        keys.start(from, to);
                        body.write(keys, from, to);
                        key = keys.key();
                    }
                    if (sink.copy(key)) {
                        continue;
                    }
                }
                if (body == null) {
                    body = made.get();
                }
                body.write(rows, from, to);
                rows.finish();
                sink.end(key);
            }
            if (items == 0 && blankWhenEmpty) {
                rows.row(1); // the table's one data row
                rows.finish();
                sink.end("empty");
            }
        };
    }
}
