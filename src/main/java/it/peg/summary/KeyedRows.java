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

    /** {@link #of(String, int[], Header, int, java.util.function.Supplier, boolean, InputKeys, java.util.function.IntFunction)}, keyed by what the rows print, rows that read no service's scoring. */
    static Writer of(String sheet, int[] widths, Header header, int items,
                     java.util.function.Supplier<Items> made, boolean blankWhenEmpty) {
        return of(sheet, widths, header, items, made, blankWhenEmpty, PRINTED, null);
    }

    /**
     * @param sheet      the sheet's name and the form of its keys, in every key
     * @param widths     the column widths of the rows' heights
     * @param items      how many items the rows are made of
     * @param made       the writer of the items' rows, made when the sheet is written
     * @param blankWhenEmpty a table's sheet: one blank data row when there is no item
     * @param inputs     the runs' keys made from their inputs, where the sheet has them: a run so keyed and copied
     *                   is not made at all (the rows' writer is made only when a run is rendered)
     * @param scoredService the service whose full scoring (objective scores, data trends, submission) item {@code i}'s
     *                   rows read (null for an item whose rows read none); null: the rows read no service's full
     *                   scoring (what every result holds whole)
     */
    static Writer of(String sheet, int[] widths, Header header, int items, java.util.function.Supplier<Items> made,
                     boolean blankWhenEmpty, InputKeys inputs, java.util.function.IntFunction<String> scoredService) {
        return new Writer(sheet, widths.clone(), header, items, made, blankWhenEmpty, inputs, scoredService);
    }

    /** A keyed row sheet's writer, which can also tell which services the runs it would render read the scoring of. */
    static final class Writer implements DeterministicXlsx.SegmentedWriter {
        private final String sheet;
        private final int[] w;
        private final Header header;
        private final int items;
        private final java.util.function.Supplier<Items> made;
        private final boolean blankWhenEmpty;
        private final InputKeys inputs;
        private final java.util.function.IntFunction<String> scoredService;

        private Writer(String sheet, int[] w, Header header, int items, java.util.function.Supplier<Items> made,
                       boolean blankWhenEmpty, InputKeys inputs, java.util.function.IntFunction<String> scoredService) {
            this.sheet = sheet;
            this.w = w;
            this.header = header;
            this.items = items;
            this.made = made;
            this.blankWhenEmpty = blankWhenEmpty;
            this.inputs = inputs;
            this.scoredService = scoredService;
        }

        /**
         * The services whose full scoring the runs {@link #writeTo} renders when copying from an earlier part that
         * {@code earlierHolds} describes: every item's service of a run whose input key it lacks, or of a run keyed by
         * what its rows print (the key is made by making the rows). Asks no service's scoring.
         */
        void servicesRendered(java.util.function.Predicate<String> earlierHolds,
                              java.util.function.Consumer<String> services) {
            if (scoredService == null) {
                return;
            }
            for (int from = 0; from < items; from += CHUNK) {
                int to = Math.min(items, from + CHUNK);
                java.util.Optional<String> input = inputs.of(from, to);
                if (input.isEmpty() || !earlierHolds.test(input.get())) {
                    for (int i = from; i < to; i++) {
                        String service = scoredService.apply(i);
                        if (service != null) {
                            services.accept(service);
                        }
                    }
                }
            }
        }

        @Override
        public void writeTo(it.peg.io.SegmentSink sink) throws IOException {
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
        }
    }
}
