package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

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

    static void write(Workbook wb, SummaryStyles st, ConsolidationResult result) {
        Sheet sh = wb.createSheet(NAME);
        SheetSupport.header(sh, 0, HEADERS, st);
        int r = 1;
        for (FileRecord f : result.registry()) {
            SheetSupport.text(sh, r, 0, f.fileName(), st.wrap);
            SheetSupport.text(sh, r, 1, f.sha256(), st.text);
            SheetSupport.number(sh, r, 2, f.size(), st.integer);
            SheetSupport.dateTime(sh, r, 3, SummaryWorkbookWriter.local(f.received()), st.dateTime);
            SheetSupport.text(sh, r, 4, f.serviceCode().orElse(""), st.text);
            SheetSupport.text(sh, r, 5, f.status().italian(), f.status() == FileStatus.REJECTED ? st.flagText : st.text);
            SheetSupport.text(sh, r, 6, f.reason(), st.wrap);
            r++;
        }
        SheetSupport.table(sh, TABLE, 0, r - 1, HEADERS, 11);
        sh.createFreezePane(1, 1);
        SheetSupport.widths(sh, WIDTHS);
        SheetSupport.printLayout(sh, result.plan().settings().ente(), 1);
    }
}
