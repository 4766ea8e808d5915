package it.peg.consolidate;

import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values an office reports, as {@code <plan>-fill.csv} lists them, turned into the cells an office
 * would type: each a defined name of the contract and a typed value (number, date, SI/NO text,
 * percentage as a fraction), as Excel stores what a person types.
 */
final class FillCsv {
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One cell to fill: a defined name and a Double, LocalDate or String. */
    record Entry(String service, String name, Object value) {
        Entry {
            Objects.requireNonNull(value, "value");
        }
    }

    private FillCsv() {
    }

    static List<Entry> read(Plan plan, String resource) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(FillCsv.class.getResourceAsStream(resource), resource);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord r : csv) {
                Indicator ind = plan.indicators().stream().filter(i -> i.code().equals(r.get("indicatore")))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown indicator " + r));
                LocalDate day = LocalDate.parse(r.get("verifica"), DMY);
                Verifica v = plan.settings().verifiche().stream().filter(x -> x.date().equals(day)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("not a verifica of the plan: " + r));
                String service = plan.objectives().stream().filter(o -> o.code().equals(ind.objectiveCode()))
                        .findFirst().orElseThrow().serviceCode();
                String value = r.get("valore").trim();
                String num = r.get("numeratore").trim();
                String den = r.get("denominatore").trim();
                if (ind.inputKind() == InputKind.RATIO) {
                    if (!value.isEmpty()) {
                        throw new IllegalArgumentException("a ratio reports numeratore/denominatore: " + r);
                    }
                    if (!num.isEmpty()) {
                        entries.add(new Entry(service, InputNames.numerator(ind.code(), v), number(num)));
                    }
                    if (!den.isEmpty()) {
                        entries.add(new Entry(service, InputNames.denominator(ind.code(), v), number(den)));
                    }
                } else {
                    if (!num.isEmpty() || !den.isEmpty()) {
                        throw new IllegalArgumentException("not a ratio: " + r);
                    }
                    if (!value.isEmpty()) {
                        entries.add(new Entry(service, InputNames.value(ind.code(), v), typed(value)));
                    }
                }
                if (!r.get("causa").isBlank()) {
                    entries.add(new Entry(service, InputNames.cause(ind.code(), v), r.get("causa")));
                }
            }
        }
        return entries;
    }

    /** What Excel stores when a person types the text: a date, a fraction for "80%", SI/NO text, or a number. */
    private static Object typed(String text) {
        if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return LocalDate.parse(text, DMY);
        }
        if (text.equals("SI") || text.equals("NO")) {
            return text;
        }
        if (text.endsWith("%")) {
            return new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2).doubleValue();
        }
        return number(text);
    }

    private static Double number(String text) {
        return new BigDecimal(text).doubleValue();
    }
}
