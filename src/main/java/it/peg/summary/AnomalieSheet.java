package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Finding;
import it.peg.domain.Severity;

import java.util.List;

/** The Anomalie sheet: every finding of the run, as an Excel table with filters. */
final class AnomalieSheet {
    static final String NAME = "Anomalie";
    static final String TABLE = "TabellaAnomalie";
    static final List<String> HEADERS = List.of("Gravità", "Codice", "File", "Foglio", "Cella", "Soggetto",
            "Valore", "Atteso", "Messaggio");
    private static final List<Integer> WIDTHS = List.of(10, 26, 34, 16, 8, 12, 18, 22, 70);

    private AnomalieSheet() {
    }

    /**
     * Lays the sheet out and returns the writer of its rows, as keyed runs of findings ({@link KeyedRows}), keyed by
     * what they print (a message names the night's times).
     */
    static RowSheet write(SummaryStyles st, ConsolidationResult result) {
        List<Finding> findings = result.findings();
        int last = findings.size();
        int[] widths = SheetLayout.array(SheetLayout.fitted(WIDTHS, HEADERS));
        return RowSheet.table(NAME, result.plan().settings().ente(), 2, TABLE, 10, HEADERS, WIDTHS, 0, last, "",
                java.util.Optional.empty(), java.util.Optional.of(KeyedRows.of(NAME + "/1", widths,
                        h -> SheetLayout.header(h, 0, HEADERS, st), last, () -> (rows, from, to) -> {
                    for (int i = from; i < to; i++) {
                        row(rows, i + 1, findings.get(i), st);
                    }
                }, true)));
    }

    private static void row(RowCells rows, int r, Finding f, SummaryStyles st) throws java.io.IOException {
        rows.row(r);
        rows.text(0, f.severity().name(), f.severity() == Severity.ERRORE ? st.flagText : st.text);
        rows.text(1, f.code(), st.text);
        rows.text(2, f.file(), st.wrap);
        rows.text(3, f.sheet(), st.text);
        rows.text(4, f.cell(), st.text);
        rows.text(5, f.subject(), st.text);
        rows.text(6, f.value(), st.wrap);
        rows.text(7, f.expected(), st.wrap);
        rows.text(8, f.message(), st.wrap);
    }
}
