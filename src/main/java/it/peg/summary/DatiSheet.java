package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.DataRow;
import it.peg.scoring.DataTrend;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

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

    static void write(Workbook wb, SummaryStyles st, ConsolidationResult result) {
        Sheet sh = wb.createSheet(NAME);
        TreeSet<Integer> yearSet = new TreeSet<>(result.plan().dataYears());
        result.scores().dataTrends().forEach(t -> yearSet.add(t.year()));
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
        SheetSupport.header(sh, 0, headers, st);
        java.util.Map<String, List<DataTrend>> trendsByCode = result.scores().dataTrends().stream()
                .collect(Collectors.groupingBy(DataTrend::code));
        int r = 1;
        for (DataRow row : result.plan().dataRows()) {
            List<DataTrend> trends = trendsByCode.getOrDefault(row.code(), List.of());
            SheetSupport.text(sh, r, 0, row.code(), st.text);
            SheetSupport.text(sh, r, 1, row.serviceCode(), st.text);
            SheetSupport.text(sh, r, 2, row.description(), st.wrap);
            int c = 3;
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                Optional<DataTrend> trend = trends.stream().filter(t -> t.year() == year).findFirst();
                Optional<BigDecimal> value = trend.flatMap(DataTrend::value).or(() -> row.valueOf(year));
                boolean outlier = trend.map(DataTrend::outlier).orElse(false);
                SheetSupport.number(sh, r, c++, value, outlier ? st.flagNumber : st.number);
                if (i > 0) {
                    SheetSupport.number(sh, r, c++, trend.flatMap(DataTrend::change),
                            outlier ? st.flagPercent : st.percent);
                }
            }
            List<DataTrend> flagged = trends.stream().filter(DataTrend::outlier).toList();
            SheetSupport.text(sh, r, c++, flagged.isEmpty() ? "" : "SI", flagged.isEmpty() ? st.text : st.flagText);
            SheetSupport.text(sh, r, c, flagged.stream().map(DataTrend::reason).filter(s -> !s.isEmpty())
                    .collect(Collectors.joining("; ")), st.wrap);
            r++;
        }
        sh.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, r - 1), 0, headers.size() - 1));
        sh.createFreezePane(3, 1);
        SheetSupport.widths(sh, widths);
        SheetSupport.printLayout(sh, result.plan().settings().ente(), 1);
    }
}
