package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import it.peg.io.PlainSegments;
import it.peg.io.SegmentIndex;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Indicatori rows as RFC 4180 CSV for open-data publication: comma, decimal point, ISO dates, lower-case
 * snake_case headers, fractions for achievements (0.981 is 98.1%). Text that a spreadsheet could take for a
 * formula ({@code = + - @}, tab, CR at the start) gets a leading {@code '} (CSV injection).
 */
public final class CsvExporter {
    public static final List<String> HEADERS = List.of("servizio", "obiettivo", "indicatore", "descrizione", "tipo",
            "dimensione", "target", "unita", "peso", "polarita", "cumulativo", "verifica", "valore", "numeratore",
            "denominatore", "raggiungimento", "esito", "stato", "spiegazione", "causa", "proiezione", "fonte",
            "stato_consegna", "fasi", "obiettivo_a_rischio");

    /** Writes the CSV to {@code out}; the caller opens it as UTF-8 (see {@link #write(ConsolidationResult, Path)}). */
    public static void write(ConsolidationResult result, Writer out) throws IOException {
        print(result, CsvText.to(out), Optional.empty());
        out.flush();
    }

    /** Writes the CSV as UTF-8 (no byte-order mark) to {@code out}, left open. */
    public static void write(ConsolidationResult result, OutputStream out) throws IOException {
        print(result, CsvText.to(out), Optional.empty());
    }

    /**
     * Writes the CSV as UTF-8 to {@code out} (left open) in segments, one per run of a service's indicators
     * ({@link IndicatorRows.Run}), copying from {@code earlier} (the CSV an earlier run of this build wrote, and the
     * index it returned) every run whose key is unchanged: the bytes are those {@link #write(ConsolidationResult,
     * Writer)} gives.
     *
     * @return the segments, for the next run
     */
    public static SegmentIndex write(ConsolidationResult result, OutputStream out,
                                     Optional<SegmentIndex.Earlier> earlier) throws IOException {
        try (PlainSegments segments = new PlainSegments(out, earlier)) {
            print(result, CsvText.to(segments.out()), Optional.of(segments));
            return segments.finish();
        }
    }

    /**
     * The header, then each run's rows; with {@code segments}, a run whose rows the earlier CSV holds is copied and
     * every part ends a segment. The records go as UTF-8 into a block handed on about every 64 KB ({@link CsvText}),
     * so that memory stays flat whatever the number of rows.
     */
    private static void print(ConsolidationResult result, CsvText csv, Optional<PlainSegments> segments)
            throws IOException {
        for (String header : HEADERS) {
            csv.field(header);
        }
        csv.endRecord();
        endPart(csv, segments, "header");
        // keys only for segments: a CSV written whole copies nothing
        Records records = new Records(csv);
        IndicatorRows.forEachRun(result, segments.isPresent(), (run, rows) -> {
            if (segments.isPresent() && segments.get().copy(run.key())) {
                return;
            }
            rows.forEach(records::print);
            endPart(csv, segments, run.key());
        });
        csv.flush();
    }

    private static void endPart(CsvText csv, Optional<PlainSegments> segments, String key) throws IOException {
        if (segments.isPresent()) {
            csv.flush();
            segments.get().end(key);
        }
    }

    /** Writes the CSV as a UTF-8 file (no byte-order mark). */
    public static void write(ConsolidationResult result, Path file) throws IOException {
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(result, o);
        }
    }

    /**
     * Prints each row's fields as {@link #record(IndicatorRow)} makes them, straight into the CSV: no list per row,
     * and a column's number or date made a text once for as long as the rows repeat it (an indicator's weight and
     * target at each of its verifiche, the verifica of every row): {@code stripTrailingZeros().toPlainString()} and
     * {@code LocalDate.toString()} per field were a large part of the export (docs/performance.md, "h27-write").
     */
    private static final class Records {
        private final CsvText csv;
        /** Each numeric column's last value (the same object, or an equal date) and its text. */
        private final Object[] lastValue = new Object[25];
        private final String[] lastText = new String[25];

        Records(CsvText csv) {
            this.csv = csv;
        }

        void print(IndicatorRow row) throws IOException {
            csv.field(safe(row.serviceCode()));
            csv.field(safe(row.objectiveCode()));
            csv.field(safe(row.indicatorCode()));
            csv.field(safe(row.description()));
            csv.field(safe(row.type()));
            csv.field(safe(row.dimension()));
            csv.field(safe(row.targetText()));
            csv.field(safe(row.unit()));
            csv.field(number(8, row.weight()));
            csv.field(safe(row.polarity()));
            csv.field(row.cumulative() ? "SI" : "NO");
            csv.field(date(11, row.verifica()));
            Optional<java.time.LocalDate> date = IndicatorRows.dateOf(row.value());
            if (date.isPresent()) {
                csv.field(date(12, date.get()));
            } else if (row.valueNumber().isPresent()) {
                csv.field(number(12, row.valueNumber()));
            } else {
                csv.field(IndicatorRows.yesNo(row.value()));
            }
            csv.field(number(13, row.numerator()));
            csv.field(number(14, row.denominator()));
            csv.field(number(15, row.achievement()));
            csv.field(safe(row.esito().orElse("")));
            csv.field(safe(row.status()));
            csv.field(safe(row.explanation()));
            csv.field(safe(row.cause()));
            csv.field(number(20, row.projection()));
            csv.field(safe(row.source()));
            csv.field(safe(row.deliveryState()));
            csv.field(safe(row.phases()));
            csv.field(row.objectiveAtRisk());
            csv.endRecord();
        }

        private String number(int column, Optional<BigDecimal> n) {
            if (n.isEmpty()) {
                return "";
            }
            BigDecimal v = n.get();
            if (lastValue[column] != v) {
                lastValue[column] = v;
                lastText[column] = v.stripTrailingZeros().toPlainString();
            }
            return lastText[column];
        }

        private String date(int column, java.time.LocalDate d) {
            if (!d.equals(lastValue[column])) {
                lastValue[column] = d;
                lastText[column] = d.toString();
            }
            return lastText[column];
        }
    }

    static List<String> record(IndicatorRow row) {
        List<String> r = new ArrayList<>();
        r.add(safe(row.serviceCode()));
        r.add(safe(row.objectiveCode()));
        r.add(safe(row.indicatorCode()));
        r.add(safe(row.description()));
        r.add(safe(row.type()));
        r.add(safe(row.dimension()));
        r.add(safe(row.targetText()));
        r.add(safe(row.unit()));
        r.add(number(row.weight()));
        r.add(safe(row.polarity()));
        r.add(row.cumulative() ? "SI" : "NO");
        r.add(row.verifica().toString());
        r.add(value(row));
        r.add(number(row.numerator()));
        r.add(number(row.denominator()));
        r.add(number(row.achievement()));
        r.add(safe(row.esito().orElse("")));
        r.add(safe(row.status()));
        r.add(safe(row.explanation()));
        r.add(safe(row.cause()));
        r.add(number(row.projection()));
        r.add(safe(row.source()));
        r.add(safe(row.deliveryState()));
        r.add(safe(row.phases()));
        r.add(row.objectiveAtRisk());
        return r;
    }

    private static String value(IndicatorRow row) {
        if (IndicatorRows.dateOf(row.value()).isPresent()) {
            return IndicatorRows.dateOf(row.value()).get().toString();
        }
        if (row.valueNumber().isPresent()) {
            return number(row.valueNumber());
        }
        return IndicatorRows.yesNo(row.value());
    }

    static String number(Optional<BigDecimal> n) {
        return n.map(v -> v.stripTrailingZeros().toPlainString()).orElse("");
    }

    /** Neutralises text a spreadsheet would execute as a formula when the CSV is opened. */
    static String safe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        // a switch, not indexOf over "=+-@\t\r": this is asked of every text field of every row
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
