package it.peg.plan;

import it.peg.domain.DataRow;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;
import it.peg.italian.ParsedNumber;
import it.peg.xlsx.CellReferences;
import it.peg.xlsx.ExcelCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Dati sheet: context data by year, one column per year ("2023", "Anno 2024"). */
final class DataSheetReader {
    private static final Pattern YEAR = Pattern.compile("(?:.*\\D)?((?:19|20)\\d{2})(?:\\D.*)?");

    private final SheetReading reading;

    DataSheetReader(SheetReading reading) {
        this.reading = reading;
    }

    /** The sheet's rows; the years of its columns, in order, go to {@code yearsOut}. */
    List<DataRow> read(PlanTable sheet, List<Integer> yearsOut) {
        Cells cells = reading.cells();
        Map<Integer, String> headers = new LinkedHashMap<>();
        Optional<Map<DataColumn, Integer>> found = reading.header(sheet, DataColumn.class, headers);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> yearCols = new TreeMap<>();
        headers.forEach((idx, text) -> {
            Matcher m = YEAR.matcher(text.replace(".", ""));
            if (!found.get().containsValue(idx) && m.matches()) {
                yearCols.put(idx, Integer.parseInt(m.group(1)));
            }
        });
        yearsOut.addAll(new TreeSet<>(yearCols.values()));
        List<DataRow> rows = new ArrayList<>();
        reading.eachLine(sheet, found.get(), DataColumn.CODICE, l -> {
            TreeMap<Integer, BigDecimal> values = new TreeMap<>();
            yearCols.forEach((idx, y) -> {
                ExcelCell c = l.cell(idx);
                Optional<Optional<ParsedNumber>> n = cells.number(c);
                if (n.isPresent() && n.get().isEmpty()) {
                    reading.add(Severity.ERRORE, FindingCode.NUMERO_NON_VALIDO, PlanReader.DATA, CellReferences.a1(l.index, idx), l.text(DataColumn.CODICE), cells.text(c),
                            "un numero", "Il dato " + y + " non è un numero: scrivere la quantità (es. 1.200), oppure lasciarlo vuoto.");
                }
                n.flatMap(o -> o).ifPresent(p -> values.put(y, p.value()));
            });
            rows.add(new DataRow(l.text(DataColumn.CODICE), l.text(DataColumn.SERVIZIO), l.text(DataColumn.DESCRIZIONE), values, l.row()));
        });
        return rows;
    }
}
