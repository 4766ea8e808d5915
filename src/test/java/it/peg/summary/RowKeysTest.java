package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileRecord;
import it.peg.consolidate.FileStatus;
import it.peg.domain.Finding;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Severity;
import it.peg.io.SegmentSink;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run of rows' key changes with anything its rows print: equal keys, equal bytes, over every row sheet and a change
 * to each field a row shows; and the key of the same printed values is the same.
 */
class RowKeysTest {
    private static final CellFormat A = new CellFormat(3, false);
    private static final CellFormat B = new CellFormat(4, true);

    private interface Calls {
        void on(RowCells rows) throws IOException;
    }

    private static String key(Calls calls) throws IOException {
        return key(new int[] {10, 20}, 0, 16, calls);
    }

    private static String key(int[] widths, int from, int to, Calls calls) throws IOException {
        RowKeys keys = new RowKeys("Foglio/1", widths);
        keys.start(from, to);
        calls.on(keys);
        return keys.key();
    }

    @Test
    void theSameValuesGiveTheSameKeyAndEachDifferenceAnother() throws IOException {
        Calls base = r -> {
            r.row(1);
            r.text(0, "Città di Fano", A);
            r.number(1, 0.85, B);
            r.blank(2, A);
            r.instant(3, Instant.parse("2024-12-30T21:15:00Z"), A);
        };
        String k = key(base);
        assertEquals(k, key(base));
        List<Calls> others = List.of(
                r -> { r.row(2); r.text(0, "Città di Fano", A); r.number(1, 0.85, B); r.blank(2, A);
                    r.instant(3, Instant.parse("2024-12-30T21:15:00Z"), A); },
                r -> { r.row(1); r.text(1, "Città di Fano", A); r.number(2, 0.85, B); r.blank(3, A);
                    r.instant(4, Instant.parse("2024-12-30T21:15:00Z"), A); },
                r -> { r.row(1); r.text(0, "Città di Fano", B); r.number(1, 0.85, B); r.blank(2, A);
                    r.instant(3, Instant.parse("2024-12-30T21:15:00Z"), A); },
                r -> { r.row(1); r.text(0, "Citta di Fano", A); r.number(1, 0.85, B); r.blank(2, A);
                    r.instant(3, Instant.parse("2024-12-30T21:15:00Z"), A); },
                r -> { r.row(1); r.text(0, "Città di Fanò", A); r.number(1, 0.85, B); r.blank(2, A);
                    r.instant(3, Instant.parse("2024-12-30T21:15:00Z"), A); },
                r -> { r.row(1); r.text(0, "Città di Fano", A); r.number(1, 0.8500000001, B); r.blank(2, A);
                    r.instant(3, Instant.parse("2024-12-30T21:15:00Z"), A); },
                r -> { r.row(1); r.text(0, "Città di Fano", A); r.number(1, 0.85, B); r.text(2, "x", A);
                    r.instant(3, Instant.parse("2024-12-30T21:15:00Z"), A); },
                r -> { r.row(1); r.text(0, "Città di Fano", A); r.number(1, 0.85, B); r.blank(2, A);
                    r.instant(3, Instant.parse("2024-12-30T21:15:01Z"), A); },
                r -> { r.row(1); r.text(0, "Città di Fano", A); r.number(1, 0.85, B); r.blank(2, A); });
        List<String> keys = new ArrayList<>();
        for (Calls c : others) {
            keys.add(key(c));
        }
        keys.add(key(new int[] {10, 21}, 0, 16, base));
        keys.add(key(new int[] {10, 20}, 16, 32, base));
        keys.add(key(r -> { r.row(1); r.text(0, "ab", A); r.text(1, "c", A); }));
        keys.add(key(r -> { r.row(1); r.text(0, "a", A); r.text(1, "bc", A); }));
        keys.add(key(r -> { r.row(1); r.number(0, 0.0, A); }));
        keys.add(key(r -> { r.row(1); r.number(0, -0.0, A); }));
        keys.add(key(r -> { r.row(1); r.text(0, "abcd", A); }));
        keys.add(key(r -> { r.row(1); r.text(0, "abcd\u0000", A); }));
        keys.add(k);
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), keys.toString());
    }

    /** Every run of every row sheet as rendered, by key, with nothing copied. */
    private static final class Runs implements SegmentSink {
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        final Map<String, String> byKey = new HashMap<>();

        @Override
        public OutputStream out() {
            return current;
        }

        @Override
        public boolean copy(String key) {
            return false;
        }

        @Override
        public void end(String key) {
            byKey.put(key, current.toString(java.nio.charset.StandardCharsets.UTF_8));
            current.reset();
        }
    }

    private static Map<String, String> runs(ConsolidationResult r) throws IOException {
        SummaryStyles st = new SummaryStyles();
        TrafficLight lights = new TrafficLight(r.plan().settings());
        Runs runs = new Runs();
        for (RowSheet sheet : List.of(ServiziSheet.write(st, lights, r), ObiettiviSheet.write(st, lights, r),
                DatiSheet.write(st, r), FasiSheet.write(st, r), AnomalieSheet.write(st, r), RegistroSheet.write(st, r))) {
            sheet.segments().orElseThrow().writeTo(runs);
        }
        return runs.byKey;
    }

    private static ConsolidationResult registry(ConsolidationResult r, int i, UnaryOperator<FileRecord> change) {
        List<FileRecord> files = new ArrayList<>(r.registry());
        files.set(i, change.apply(files.get(i)));
        return new ConsolidationResult(r.plan(), r.scores(), r.submissions(), r.deliveries(), files, r.findings());
    }

    private static ConsolidationResult finding(ConsolidationResult r, int i, UnaryOperator<Finding> change) {
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.set(i, change.apply(findings.get(i)));
        return new ConsolidationResult(r.plan(), r.scores(), r.submissions(), r.deliveries(), r.registry(), findings);
    }

    private static ConsolidationResult plan(ConsolidationResult r, UnaryOperator<Plan> change) {
        return new ConsolidationResult(change.apply(r.plan()), r.scores(), r.submissions(), r.deliveries(),
                r.registry(), r.findings());
    }

    private static Plan service(Plan p, int i, UnaryOperator<Service> change) {
        List<Service> services = new ArrayList<>(p.services());
        services.set(i, change.apply(services.get(i)));
        return new Plan(p.settings(), services, p.objectives(), p.indicators(), p.phases(), p.dataYears(),
                p.dataRows());
    }

    private static Plan objective(Plan p, int i, String title, Optional<BigDecimal> weight) {
        List<Objective> objectives = new ArrayList<>(p.objectives());
        Objective o = objectives.get(i);
        objectives.set(i, new Objective(o.code(), o.serviceCode(), title, o.description(), o.type(), o.linkedTo(),
                o.missionProgram(), weight, o.start(), o.startText(), o.end(), o.endText(), o.multiYear(),
                o.humanResources(), o.financialResources(), o.revenue(), o.expense(), o.otherServices(),
                o.responsible(), o.aggregation(), o.row()));
        return new Plan(p.settings(), p.services(), objectives, p.indicators(), p.phases(), p.dataYears(),
                p.dataRows());
    }

    @Test
    void aChangeToAnyFieldARowShowsChangesItsKey() throws IOException {
        ConsolidationResult base = SummarySheetsCopiedTest.base();
        Map<String, String> before = runs(base);
        Map<String, UnaryOperator<ConsolidationResult>> changes = new java.util.LinkedHashMap<>();
        changes.put("file name", r -> registry(r, 5, f -> new FileRecord(f.fileName() + "x", f.sha256(), f.size(),
                f.received(), f.serviceCode(), f.status(), f.reason())));
        changes.put("SHA-256", r -> registry(r, 5, f -> new FileRecord(f.fileName(), "e".repeat(64), f.size(),
                f.received(), f.serviceCode(), f.status(), f.reason())));
        changes.put("size", r -> registry(r, 5, f -> new FileRecord(f.fileName(), f.sha256(), f.size() + 1,
                f.received(), f.serviceCode(), f.status(), f.reason())));
        changes.put("received", r -> registry(r, 5, f -> new FileRecord(f.fileName(), f.sha256(), f.size(),
                f.received().plusSeconds(1), f.serviceCode(), f.status(), f.reason())));
        changes.put("service", r -> registry(r, 5, f -> new FileRecord(f.fileName(), f.sha256(), f.size(),
                f.received(), Optional.empty(), f.status(), f.reason())));
        changes.put("status", r -> registry(r, 5, f -> new FileRecord(f.fileName(), f.sha256(), f.size(),
                f.received(), f.serviceCode(), FileStatus.SUPERSEDED, f.reason())));
        changes.put("reason", r -> registry(r, 5, f -> new FileRecord(f.fileName(), f.sha256(), f.size(),
                f.received(), f.serviceCode(), f.status(), "superato")));
        changes.put("severity", r -> finding(r, 7, f -> new Finding(Severity.ERRORE, f.code(), f.file(), f.sheet(),
                f.cell(), f.subject(), f.value(), f.expected(), f.message())));
        changes.put("finding code", r -> finding(r, 7, f -> new Finding(f.severity(), "ALTRO", f.file(), f.sheet(),
                f.cell(), f.subject(), f.value(), f.expected(), f.message())));
        changes.put("finding file", r -> finding(r, 7, f -> f.withFile("altro.xlsx")));
        changes.put("finding place", r -> finding(r, 7, f -> new Finding(f.severity(), f.code(), f.file(), "Foglio",
                "B7", "OB1", f.value(), f.expected(), f.message())));
        changes.put("finding value", r -> finding(r, 7, f -> f.withValue("12,5")));
        changes.put("finding expected", r -> finding(r, 7, f -> new Finding(f.severity(), f.code(), f.file(),
                f.sheet(), f.cell(), f.subject(), f.value(), "un numero", f.message())));
        changes.put("message", r -> finding(r, 7, f -> new Finding(f.severity(), f.code(), f.file(), f.sheet(),
                f.cell(), f.subject(), f.value(), f.expected(), f.message().replace("21:15", "21:16"))));
        changes.put("service name", r -> plan(r, p -> service(p, 3, s -> new Service(s.code(), s.direction(),
                s.director(), s.sector(), s.sectorResponsible(), s.name() + " e cultura", s.manager(),
                s.responsible(), s.politicalReferent(), s.classification(), s.staff(), s.functions(), s.row()))));
        changes.put("manager", r -> plan(r, p -> service(p, 3, s -> new Service(s.code(), s.direction(),
                s.director(), s.sector(), s.sectorResponsible(), s.name(), "Dott.ssa Rossi", s.responsible(),
                s.politicalReferent(), s.classification(), s.staff(), s.functions(), s.row()))));
        changes.put("objective title", r -> plan(r, p -> objective(p, 11, "Nuovo titolo",
                p.objectives().get(11).weight())));
        changes.put("objective weight", r -> plan(r, p -> objective(p, 11, p.objectives().get(11).title(),
                Optional.of(new BigDecimal("0.37")))));
        for (Map.Entry<String, UnaryOperator<ConsolidationResult>> c : changes.entrySet()) {
            Map<String, String> after = runs(c.getValue().apply(base));
            java.util.Set<String> newKeys = new java.util.HashSet<>(after.keySet());
            newKeys.removeAll(before.keySet());
            assertTrue(!newKeys.isEmpty(), c.getKey() + ": no run's key changed");
            for (Map.Entry<String, String> run : after.entrySet()) {
                if (before.containsKey(run.getKey())) {
                    assertEquals(before.get(run.getKey()), run.getValue(), c.getKey() + ": a key kept, rows changed");
                }
            }
            // runs keyed by what they print change key with their rows only; runs keyed by their inputs (Servizi,
            // Obiettivi, Fasi: ServiceInputKeys) change key with any input of their services, rows the same or not
            Map<String, String> rendered = new HashMap<>(after);
            rendered.values().removeAll(before.values());
            assertTrue(rendered.size() <= newKeys.size(), c.getKey() + ": rows changed under a kept key");
        }
        assertNotEquals(0, before.size());
    }
}
