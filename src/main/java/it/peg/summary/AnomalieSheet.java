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

    /** Lays the sheet out and returns the writer of its rows. */
    static RowSheet write(SummaryStyles st, ConsolidationResult result) {
        int last = result.findings().size();
        return RowSheet.table(NAME, result.plan().settings().ente(), 2, TABLE, 10, HEADERS, WIDTHS, 0, last, "",
                java.util.Optional.of(rows -> {
            SheetLayout.header(rows, 0, HEADERS, st);
            int r = 1;
            for (Finding f : result.findings()) {
                rows.row(r++);
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
            if (last == 0) {
                rows.row(1); // the table's one data row
            }
        }), java.util.Optional.empty());
    }
}
