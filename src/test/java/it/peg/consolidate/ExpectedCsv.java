package it.peg.consolidate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The hand-computed expectations of {@code <plan>-expected.csv}: one row per indicator, objective, service. */
final class ExpectedCsv {
    record Row(String level, String code, LocalDate verifica, String status, Optional<BigDecimal> achievement,
               String computation) {
        @Override
        public String toString() {
            return level + " " + code + " " + status + " " + achievement.map(BigDecimal::toPlainString).orElse("-")
                    + " [" + computation + "]";
        }
    }

    private ExpectedCsv() {
    }

    static List<Row> read(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ExpectedCsv.class.getResourceAsStream(resource), resource);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord r : csv) {
                String a = r.get("raggiungimento").trim();
                rows.add(new Row(r.get("livello"), r.get("codice"), LocalDate.parse(r.get("verifica"), FillCsv.DMY),
                        r.get("stato"), a.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(a)),
                        r.get("calcolo")));
            }
        }
        return rows;
    }
}
