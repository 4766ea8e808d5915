package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;

import java.util.List;

/** The Registro sheet: every file considered, for traceability (what was received, when, what became of it). */
final class RegistroSheet {
    static final String NAME = "Registro";
    static final String TABLE = "TabellaRegistro";
    static final List<String> HEADERS = List.of("File", "SHA-256", "Dimensione (byte)", "Ricevuto il", "Servizio",
            "Stato", "Motivo");
    private static final List<Integer> WIDTHS = List.of(40, 66, 12, 16, 10, 11, 60);

    private RegistroSheet() {
    }

    /**
     * Lays the sheet out and returns the writer of its rows, as keyed runs of files ({@link KeyedRows}), keyed by
     * what they print (the times received among them).
     */
    static RowSheet write(SummaryStyles st, ConsolidationResult result) {
        List<FileRecord> files = result.registry();
        int last = files.size();
        int[] widths = SheetLayout.array(SheetLayout.fitted(WIDTHS, HEADERS));
        return RowSheet.table(NAME, result.plan().settings().ente(), 3, TABLE, 11, HEADERS, WIDTHS, 1, last, "",
                java.util.Optional.empty(), java.util.Optional.of(KeyedRows.of(NAME + "/1", widths,
                        h -> SheetLayout.header(h, 0, HEADERS, st), last, () -> (rows, from, to) -> {
                    for (int i = from; i < to; i++) {
                        row(rows, i + 1, files.get(i), st);
                    }
                }, true)));
    }

    private static void row(RowCells rows, int r, FileRecord f, SummaryStyles st) throws java.io.IOException {
        rows.row(r);
        rows.text(0, f.fileName(), st.wrap);
        rows.text(1, f.sha256(), st.text);
        rows.number(2, f.size(), st.integer);
        rows.instant(3, f.received(), st.dateTime);
        rows.text(4, f.serviceCode().orElse(""), st.text);
        rows.text(5, f.status().italian(), f.status() == FileStatus.REJECTED ? st.flagText : st.text);
        rows.text(6, f.reason(), st.wrap);
    }
}
