package it.peg.plan;

import it.peg.domain.Band;
import it.peg.domain.DataRow;
import it.peg.domain.Indicator;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Settings;
import it.peg.domain.Verifica;
import it.peg.italian.Decimals;
import it.peg.xlsx.ExcelSheetWriter;
import it.peg.xlsx.ExcelWorkbookWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes a plan as a plan workbook in exactly the format {@link PlanReader} reads (a blank one for
 * {@code peg init}), with an Istruzioni sheet, header comments, drop-down lists, frozen headers.
 * The bytes are deterministic: fixed document dates and zip entry times.
 * <p>The workbook is streamed ({@link ExcelWorkbookWriter}: only a window of rows in memory, texts as inline strings),
 * so that the plan of a comune with thousands of services is written in a small heap (issue 6).
 * <p>The Istruzioni sheet is {@link PlanInstructionsSheet}'s; the styles and cell writers the sheets share are
 * {@link PlanSheetCells}'.
 */
public final class PlanWorkbookWriter {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Rows kept in memory per sheet; earlier rows are flushed to a temporary file. */
    private static final int ROW_WINDOW = 200;

    private final ExcelWorkbookWriter wb;
    private final PlanSheetCells cells;

    private PlanWorkbookWriter(ExcelWorkbookWriter wb) {
        this.wb = wb;
        cells = new PlanSheetCells(wb);
    }

    /** A blank plan for {@code peg init}: settings with usual verifiche, default bands, empty tables. */
    public static Plan blankPlan(String ente, int year) {
        List<Verifica> verifiche = List.of(
                new Verifica(LocalDate.of(year, 6, 30), Optional.of(LocalDate.of(year, 7, 15)), false),
                new Verifica(LocalDate.of(year, 12, 31), Optional.of(LocalDate.of(year + 1, 1, 31)), true));
        Settings settings = new Settings(ente, year, verifiche, BigDecimal.ZERO, BigDecimal.ONE, 0, PlanReader.DEFAULT_BANDS);
        return new Plan(settings, List.of(), List.of(), List.of(), List.of(), List.of(year - 2, year - 1, year), List.of());
    }

    /** Writes the plan to {@code out} (through a temporary file, so a failure leaves no half-written file). */
    public static void write(Plan plan, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = it.peg.io.AtomicFiles.tempFor(target);
        try {
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                write(plan, os);
            }
            it.peg.io.AtomicFiles.moveAtomically(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static byte[] toBytes(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out} (left open), streaming its sheets. */
    private static void write(Plan plan, OutputStream out) throws IOException {
        try (ExcelWorkbookWriter wb = new ExcelWorkbookWriter(ROW_WINDOW)) {
            PlanWorkbookWriter w = new PlanWorkbookWriter(wb);
            PlanInstructionsSheet.write(wb, w.cells, plan);
            w.settings(plan.settings());
            w.bands(plan.settings().bands());
            w.services(plan.services());
            w.objectives(plan.objectives());
            w.indicators(plan);
            w.phases(plan.phases());
            w.data(plan);
            wb.write(out);
        }
    }

    /** The column positions this writer uses (for findings about a plan built in code). */
    static PlanLayout standardLayout() {
        PlanLayout layout = new PlanLayout();
        put(layout, PlanReader.BANDS, BandColumn.values());
        put(layout, PlanReader.SERVICES, ServiceColumn.values());
        put(layout, PlanReader.OBJECTIVES, ObjectiveColumn.values());
        put(layout, PlanReader.INDICATORS, IndicatorColumn.values());
        put(layout, PlanReader.PHASES, PhaseColumn.values());
        put(layout, PlanReader.DATA, DataColumn.values());
        return layout;
    }

    private static void put(PlanLayout layout, String sheet, Column[] cols) {
        for (int i = 0; i < cols.length; i++) {
            layout.put(sheet, cols[i].header(), i);
        }
    }

    // ---------------------------------------------------------------- sheets

    private void settings(Settings st) {
        ExcelSheetWriter s = wb.sheet(PlanReader.SETTINGS);
        cells.header(s, List.of("Voce", "Valore"), List.of(30, 40),
                List.of("Una voce per riga: non cambiare i nomi in colonna A.", "Il valore della voce."));
        int r = 1;
        cells.text(s, r, 0, SettingKey.ENTE.header());
        cells.text(s, r++, 1, st.ente());
        cells.text(s, r, 0, SettingKey.ANNO.header());
        s.number(r++, 1, st.year());
        cells.text(s, r, 0, SettingKey.VERIFICHE.header());
        cells.text(s, r++, 1, String.join("; ", st.verifiche().stream()
                .map(v -> v.date().getYear() == st.year() ? v.date().format(DAY_MONTH) : v.date().format(FULL)).toList()));
        cells.text(s, r, 0, SettingKey.SCADENZE.header());
        boolean allDue = st.verifiche().stream().allMatch(v -> v.due().isPresent());
        cells.text(s, r++, 1, allDue ? String.join("; ", st.verifiche().stream().map(v -> v.due().get().format(FULL)).toList()) : "");
        cells.text(s, r, 0, SettingKey.SOGLIA.header());
        cells.percent(s, r++, 1, st.minimumThreshold());
        cells.text(s, r, 0, SettingKey.TETTO.header());
        cells.percent(s, r++, 1, st.cap());
        cells.text(s, r, 0, SettingKey.TOLLERANZA.header());
        s.number(r++, 1, st.deadlineToleranceDays());
        cells.text(s, r, 0, SettingKey.LOGO.header());
        cells.text(s, r++, 1, st.logo().map(p -> java.nio.file.Path.of(p).getFileName().toString()).orElse(""));
        cells.text(s, r, 0, SettingKey.VALORI_MANCANTI.header());
        cells.text(s, r, 1, st.missingValues().italian());
    }

    private void bands(List<Band> bands) {
        ExcelSheetWriter s = wb.sheet(PlanReader.BANDS);
        cells.header(s, BandColumn.values(), new int[] {12, 30});
        for (int i = 0; i < bands.size(); i++) {
            cells.percent(s, i + 1, 0, bands.get(i).from());
            cells.text(s, i + 1, 1, bands.get(i).esito());
        }
    }

    private void services(List<Service> services) {
        ExcelSheetWriter s = wb.sheet(PlanReader.SERVICES);
        cells.header(s, ServiceColumn.values(), new int[] {12, 30, 24, 24, 24, 36, 24, 24, 24, 18, 30, 50});
        int r = 1;
        for (Service v : services) {
            String[] values = {v.code(), v.direction(), v.director(), v.sector(), v.sectorResponsible(), v.name(), v.manager(), v.responsible(),
                v.politicalReferent(), v.classification(), v.staff(), v.functions()};
            for (int c = 0; c < values.length; c++) {
                cells.text(s, r, c, values[c]);
            }
            r++;
        }
    }

    private void objectives(List<Objective> objectives) {
        ExcelSheetWriter s = wb.sheet(PlanReader.OBJECTIVES);
        cells.header(s, ObjectiveColumn.values(), new int[] {14, 12, 40, 60, 16, 18, 16, 8, 12, 12, 12, 24, 24, 14, 14, 24, 24, 16});
        cells.list(s, ObjectiveColumn.PLURIENNALE.ordinal(), "SI", "NO");
        cells.list(s, ObjectiveColumn.AGGREGAZIONE.ordinal(), "media pesata", "tutti");
        int r = 1;
        for (Objective o : objectives) {
            int c = 0;
            for (String t : new String[] {o.code(), o.serviceCode(), o.title(), o.description(), o.type(), o.linkedTo(), o.missionProgram()}) {
                cells.text(s, r, c++, t);
            }
            cells.number(s, r, c++, o.weight());
            cells.dateOrText(s, r, c++, o.start(), o.startText());
            cells.dateOrText(s, r, c++, o.end(), o.endText());
            cells.text(s, r, c++, o.multiYear() ? "SI" : "NO");
            cells.text(s, r, c++, o.humanResources());
            cells.text(s, r, c++, o.financialResources());
            cells.number(s, r, c++, o.revenue());
            cells.number(s, r, c++, o.expense());
            cells.text(s, r, c++, o.otherServices());
            cells.text(s, r, c++, o.responsible());
            cells.text(s, r, c, o.aggregation().italian());
            r++;
        }
    }

    private void indicators(Plan plan) {
        ExcelSheetWriter s = wb.sheet(PlanReader.INDICATORS);
        TreeSet<LocalDate> targetDates = new TreeSet<>();
        TreeSet<LocalDate> weightDates = new TreeSet<>();
        plan.indicators().forEach(i -> {
            targetDates.addAll(i.intermediateTargets().keySet());
            weightDates.addAll(i.intermediateWeights().keySet());
        });
        cells.header(s, IndicatorColumn.values(), new int[] {12, 14, 60, 14, 16, 16, 8, 14, 9, 9, 13, 12});
        int base = IndicatorColumn.values().length;
        int c0 = base;
        for (LocalDate d : targetDates) {
            cells.headerCell(s, c0, "Target " + d.format(DAY_MONTH), 16);
            c0++;
        }
        for (LocalDate d : weightDates) {
            cells.headerCell(s, c0, "Peso " + d.format(DAY_MONTH), 10);
            c0++;
        }
        cells.list(s, IndicatorColumn.TIPO.ordinal(), "PERFORMANCE", "RISULTATO");
        cells.list(s, IndicatorColumn.DIMENSIONE.ordinal(), "EFFICIENZA", "EFFICACIA", "ECONOMICITA'", "QUALITA'");
        cells.list(s, IndicatorColumn.POLARITA.ordinal(), "crescente", "decrescente");
        cells.list(s, IndicatorColumn.CUMULATIVO.ordinal(), "SI", "NO");
        int r = 1;
        for (Indicator i : plan.indicators()) {
            int c = 0;
            for (String t : new String[] {i.code(), i.objectiveCode(), i.description(), i.type(), i.dimension(), i.target().text()}) {
                cells.text(s, r, c++, t);
            }
            cells.number(s, r, c++, i.weight());
            cells.text(s, r, c++, i.unit());
            cells.number(s, r, c++, i.min());
            cells.number(s, r, c++, i.max());
            cells.text(s, r, c++, i.polarity().italian());
            cells.text(s, r, c++, i.cumulative() ? "SI" : "NO");
            c++; // Baseline: a relative target is written resolved (">= 210 (+5% su 200)"), which needs none
            for (LocalDate d : targetDates) {
                if (i.intermediateTargets().containsKey(d)) {
                    cells.text(s, r, c, i.intermediateTargets().get(d).text());
                }
                c++;
            }
            for (LocalDate d : weightDates) {
                cells.number(s, r, c++, Optional.ofNullable(i.intermediateWeights().get(d)));
            }
            r++;
        }
    }

    private void phases(List<Phase> phases) {
        ExcelSheetWriter s = wb.sheet(PlanReader.PHASES);
        cells.header(s, PhaseColumn.values(), new int[] {14, 8, 60, 20});
        int r = 1;
        for (Phase p : phases) {
            cells.text(s, r, 0, p.objectiveCode());
            cells.text(s, r, 1, p.phase());
            cells.text(s, r, 2, p.description());
            cells.text(s, r, 3, p.monthsText().isEmpty() ? Months.format(p.months()) : p.monthsText());
            r++;
        }
    }

    private void data(Plan plan) {
        ExcelSheetWriter s = wb.sheet(PlanReader.DATA);
        cells.header(s, DataColumn.values(), new int[] {12, 12, 50});
        int base = DataColumn.values().length;
        for (int k = 0; k < plan.dataYears().size(); k++) {
            cells.headerCell(s, base + k, String.valueOf(plan.dataYears().get(k)), 10);
        }
        int r = 1;
        for (DataRow d : plan.dataRows()) {
            cells.text(s, r, 0, d.code());
            cells.text(s, r, 1, d.serviceCode());
            cells.text(s, r, 2, d.description());
            for (int k = 0; k < plan.dataYears().size(); k++) {
                cells.number(s, r, base + k, d.valueOf(plan.dataYears().get(k)));
            }
            r++;
        }
    }

    static String italian(BigDecimal value) {
        return Decimals.italian(value);
    }
}
