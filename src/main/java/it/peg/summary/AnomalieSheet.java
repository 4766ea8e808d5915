package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Finding;
import it.peg.domain.Severity;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

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

    static void write(Workbook wb, SummaryStyles st, ConsolidationResult result) {
        Sheet sh = wb.createSheet(NAME);
        SheetSupport.header(sh, 0, HEADERS, st);
        int r = 1;
        for (Finding f : result.findings()) {
            SheetSupport.text(sh, r, 0, f.severity().name(), f.severity() == Severity.ERRORE ? st.flagText : st.text);
            SheetSupport.text(sh, r, 1, f.code(), st.text);
            SheetSupport.text(sh, r, 2, f.file(), st.wrap);
            SheetSupport.text(sh, r, 3, f.sheet(), st.text);
            SheetSupport.text(sh, r, 4, f.cell(), st.text);
            SheetSupport.text(sh, r, 5, f.subject(), st.text);
            SheetSupport.text(sh, r, 6, f.value(), st.wrap);
            SheetSupport.text(sh, r, 7, f.expected(), st.wrap);
            SheetSupport.text(sh, r, 8, f.message(), st.wrap);
            r++;
        }
        SheetSupport.table(sh, TABLE, 0, r - 1, HEADERS, 10);
        sh.createFreezePane(0, 1);
        SheetSupport.widths(sh, WIDTHS);
        SheetSupport.printLayout(sh, result.plan().settings().ente(), 1);
    }
}
