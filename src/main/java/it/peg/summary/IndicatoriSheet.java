package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;
import java.util.Optional;

/** The Indicatori sheet: one row per indicator and verifica, as an Excel table with filters. */
final class IndicatoriSheet {
    static final String NAME = "Indicatori";
    static final String TABLE = "TabellaIndicatori";
    static final List<String> HEADERS = List.of("Servizio", "Obiettivo", "Codice", "Descrizione", "Tipo",
            "Dimensione", "Target", "Unità", "Peso", "Polarità", "Cumulativo", "Verifica", "Valore", "Numeratore",
            "Denominatore", "Raggiungimento", "Esito", "Stato", "Spiegazione", "Causa scostamento", "Proiezione",
            "Fonte");
    static final int ACHIEVEMENT_COL = 15;
    private static final List<Integer> WIDTHS = List.of(9, 9, 9, 30, 12, 12, 12, 9, 6, 11, 10, 11, 11, 11, 11,
            12, 14, 11, 32, 30, 11, 28);

    private IndicatoriSheet() {
    }

    static void write(Workbook wb, SummaryStyles st, ConsolidationResult result) {
        Sheet sh = wb.createSheet(NAME);
        SheetSupport.header(sh, 0, HEADERS, st);
        List<IndicatorRow> rows = IndicatorRows.of(result);
        int r = 1;
        for (IndicatorRow row : rows) {
            int c = 0;
            SheetSupport.text(sh, r, c++, row.serviceCode(), st.text);
            SheetSupport.text(sh, r, c++, row.objectiveCode(), st.text);
            SheetSupport.text(sh, r, c++, row.indicatorCode(), st.text);
            SheetSupport.text(sh, r, c++, row.description(), st.wrap);
            SheetSupport.text(sh, r, c++, row.type(), st.text);
            SheetSupport.text(sh, r, c++, row.dimension(), st.text);
            SheetSupport.text(sh, r, c++, row.targetText(), st.text);
            SheetSupport.text(sh, r, c++, row.unit(), st.text);
            SheetSupport.number(sh, r, c++, row.weight(), st.number);
            SheetSupport.text(sh, r, c++, row.polarity(), st.text);
            SheetSupport.text(sh, r, c++, row.cumulative() ? "SI" : "NO", st.text);
            SheetSupport.date(sh, r, c++, Optional.of(row.verifica()), st.date);
            if (IndicatorRows.dateOf(row.value()).isPresent()) {
                SheetSupport.date(sh, r, c++, IndicatorRows.dateOf(row.value()), st.date);
            } else if (row.valueNumber().isPresent()) {
                SheetSupport.number(sh, r, c++, row.valueNumber(), row.percent() ? st.percent : st.number);
            } else {
                SheetSupport.text(sh, r, c++, IndicatorRows.yesNo(row.value()), st.text);
            }
            SheetSupport.number(sh, r, c++, row.numerator(), st.number);
            SheetSupport.number(sh, r, c++, row.denominator(), st.number);
            SheetSupport.number(sh, r, c++, row.achievement(), st.percent);
            SheetSupport.text(sh, r, c++, row.esito().orElse(""), st.text);
            SheetSupport.text(sh, r, c++, row.status(), st.text);
            SheetSupport.text(sh, r, c++, row.explanation(), st.wrap);
            SheetSupport.text(sh, r, c++, row.cause(), st.wrap);
            SheetSupport.number(sh, r, c++, row.projection(), row.percent() ? st.percent : st.number);
            SheetSupport.text(sh, r, c, row.source(), st.wrap);
            r++;
        }
        SheetSupport.table(sh, TABLE, 0, r - 1, HEADERS, 9);
        if (r > 1) {
            TrafficLight.apply(SheetSupport.xssf(sh), new org.apache.poi.ss.util.CellRangeAddress(1, r - 1, ACHIEVEMENT_COL,
                    ACHIEVEMENT_COL), result.plan().settings());
        }
        sh.createFreezePane(3, 1);
        SheetSupport.widths(sh, WIDTHS);
        SheetSupport.printLayout(sh, result.plan().settings().ente(), 1);
    }
}
