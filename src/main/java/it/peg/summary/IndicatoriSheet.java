package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.xlsx.DeterministicXlsx;

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

    /**
     * Lays the sheet out (table, formats, panes, print) and returns the writer of its rows, one segment per run of a
     * service's indicators ({@link IndicatorRows.Run}): a run whose key the earlier file holds is copied from it.
     */
    static RowSheet write(SummaryStyles st, TrafficLight lights, ConsolidationResult result) {
        int last = IndicatorRows.count(result);
        String formats = last > 0 ? lights.apply(1, last, ACHIEVEMENT_COL, 0) : "";
        int[] widths = SheetLayout.array(SheetLayout.fitted(WIDTHS, HEADERS));
        DeterministicXlsx.SegmentedWriter segments = sink -> {
            SheetRows rows = new SheetRows(sink.out()).wrapWidths(widths).implicitColumns();
            SheetLayout.header(rows, 0, HEADERS, st);
            rows.finish();
            sink.end("header");
            boolean keyed = sink.keyed(); // else nothing is copied and the segments are labelled by their place
            IndicatorRows.forEachRun(result, keyed, true, (run, runRows) -> {
                if (keyed && sink.copy(run.key())) {
                    return;
                }
                int[] r = {1 + run.firstRow()};
                runRows.forEach(row -> writeRow(rows, r[0]++, row, st));
                rows.finish();
                sink.end(keyed ? run.key() : "#" + run.firstRow());
            });
            if (last == 0) {
                rows.row(1); // the table's one data row
                rows.finish();
                sink.end("empty");
            }
        };
        return RowSheet.table(NAME, result.plan().settings().ente(), 1, TABLE, 9, HEADERS, WIDTHS, 3, last, formats,
                Optional.empty(), Optional.of(segments));
    }

    static void writeRow(SheetRows rows, int r, IndicatorRow row, SummaryStyles st) throws java.io.IOException {
        rows.row(r);
        int c = 0;
        rows.text(c++, row.serviceCode(), st.text);
        rows.text(c++, row.objectiveCode(), st.text);
        rows.text(c++, row.indicatorCode(), st.text);
        rows.text(c++, row.description(), st.wrap);
        rows.text(c++, row.type(), st.text);
        rows.text(c++, row.dimension(), st.text);
        rows.text(c++, row.targetText(), st.wrap);
        rows.text(c++, row.unit(), st.wrap);
        rows.number(c++, row.weight(), st.number);
        rows.text(c++, row.polarity(), st.text);
        rows.text(c++, row.cumulative() ? "SI" : "NO", st.text);
        rows.date(c++, Optional.of(row.verifica()), st.date);
        Optional<java.time.LocalDate> date = IndicatorRows.dateOf(row.value());
        if (date.isPresent()) {
            rows.date(c++, date, st.date);
        } else if (row.valueNumber().isPresent()) {
            rows.number(c++, row.valueNumber(), row.percent() ? st.percent : st.number);
        } else {
            rows.text(c++, IndicatorRows.yesNo(row.value()), st.text);
        }
        rows.number(c++, row.numerator(), st.number);
        rows.number(c++, row.denominator(), st.number);
        rows.number(c++, row.achievement(), st.percent);
        rows.text(c++, row.esito().orElse(""), st.text);
        rows.text(c++, row.status(), st.text);
        rows.text(c++, row.explanation(), st.wrap);
        rows.text(c++, row.cause(), st.wrap);
        rows.number(c++, row.projection(), row.percent() ? st.percent : st.number);
        rows.text(c, row.source(), st.wrap);
    }
}
