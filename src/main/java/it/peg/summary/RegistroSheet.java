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

    /** Lays the sheet out and returns the writer of its rows. */
    static RowSheet write(SummaryStyles st, ConsolidationResult result) {
        int last = result.registry().size();
        return RowSheet.table(NAME, result.plan().settings().ente(), 3, TABLE, 11, HEADERS, WIDTHS, 1, last, "",
                java.util.Optional.of(rows -> {
            SheetLayout.header(rows, 0, HEADERS, st);
            int r = 1;
            for (FileRecord f : result.registry()) {
                rows.row(r++);
                rows.text(0, f.fileName(), st.wrap);
                rows.text(1, f.sha256(), st.text);
                rows.number(2, f.size(), st.integer);
                rows.dateTime(3, SummaryWorkbookWriter.local(f.received()), st.dateTime);
                rows.text(4, f.serviceCode().orElse(""), st.text);
                rows.text(5, f.status().italian(), f.status() == FileStatus.REJECTED ? st.flagText : st.text);
                rows.text(6, f.reason(), st.wrap);
            }
            if (last == 0) {
                rows.row(1); // the table's one data row
            }
        }), java.util.Optional.empty());
    }
}
