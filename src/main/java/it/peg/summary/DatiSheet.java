package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.DataRow;
import it.peg.scoring.DataTrend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Dati sheet: multi-year volumes, one row per Dati row of the plan, with each year's value, its change
 * from the previous year, and outliers tinted and explained.
 */
final class DatiSheet {
    static final String NAME = "Dati";

    private DatiSheet() {
    }

    /** Lays the sheet out and returns the writer of its rows. */
    static RowSheet write(SummaryStyles st, ConsolidationResult result) {
        TreeSet<Integer> yearSet = new TreeSet<>(result.plan().dataYears());
        yearSet.addAll(result.scores().dataTrendYears());
        List<Integer> years = List.copyOf(yearSet);
        List<String> headers = new ArrayList<>(List.of("Codice", "Servizio", "Descrizione"));
        List<Integer> widths = new ArrayList<>(List.of(10, 10, 44));
        for (int i = 0; i < years.size(); i++) {
            headers.add(String.valueOf(years.get(i)));
            widths.add(11);
            if (i > 0) {
                headers.add("Var. " + years.get(i));
                widths.add(9);
            }
        }
        headers.add("Anomalo");
        headers.add("Motivo");
        widths.add(9);
        widths.add(50);
        List<DataRow> dataRows = result.plan().dataRows();
        int last = dataRows.size();
        int[] fitted = SheetLayout.array(SheetLayout.fitted(widths, headers));
        return RowSheet.filtered(NAME, result.plan().settings().ente(), headers, widths, 3, last, "", "",
                KeyedRows.of(NAME + "/1", fitted, h -> SheetLayout.header(h, 0, headers, st), last, () -> {
            return (rows, from, to) -> {
                for (int i = from; i < to; i++) {
                    DataRow row = dataRows.get(i);
                    row(rows, i + 1, row, years, result.scores().dataTrendsOf(row.serviceCode(), row.code()), st);
                }
            };
        }, false, uniqueCodes(dataRows) // a row's trends are found by its code: two rows of one code share them
                ? ServiceInputKeys.runs(result, ServiceInputKeys.context(NAME + "/in1", headers, fitted),
                        i -> dataRows.get(i).code(), i -> dataRows.get(i).serviceCode(), i -> i + 1)
                : KeyedRows.PRINTED, i -> dataRows.get(i).serviceCode()));
    }

    private static boolean uniqueCodes(List<DataRow> rows) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        return rows.stream().allMatch(r -> codes.add(r.code()));
    }

    private static void row(RowCells rows, int r, DataRow row, List<Integer> years, List<DataTrend> trends,
                            SummaryStyles st) throws java.io.IOException {
        rows.row(r);
        rows.text(0, row.code(), st.text);
        rows.text(1, row.serviceCode(), st.text);
        rows.text(2, row.description(), st.wrap);
        int c = 3;
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            Optional<DataTrend> trend = trends.stream().filter(t -> t.year() == year).findFirst();
            Optional<BigDecimal> value = trend.flatMap(DataTrend::value).or(() -> row.valueOf(year));
            boolean outlier = trend.map(DataTrend::outlier).orElse(false);
            rows.number(c++, value, outlier ? st.flagNumber : st.number);
            if (i > 0) {
                rows.number(c++, trend.flatMap(DataTrend::change), outlier ? st.flagPercent : st.percent);
            }
        }
        List<DataTrend> flagged = trends.stream().filter(DataTrend::outlier).toList();
        rows.text(c++, flagged.isEmpty() ? "" : "SI", flagged.isEmpty() ? st.text : st.flagText);
        rows.text(c, flagged.stream().map(DataTrend::reason).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("; ")), st.wrap);
    }
}
