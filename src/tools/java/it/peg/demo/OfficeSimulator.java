package it.peg.demo;

import it.peg.domain.DataRow;
import it.peg.domain.DeadlineTarget;
import it.peg.domain.Indicator;
import it.peg.domain.InputNames;
import it.peg.domain.NumericTarget;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.PhaseState;
import it.peg.domain.Plan;
import it.peg.domain.Polarity;
import it.peg.domain.RatioTarget;
import it.peg.domain.Target;
import it.peg.domain.Verifica;
import it.peg.domain.YesNoTarget;
import it.peg.xlsx.DeterministicXlsx;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Fills a generated service workbook the way an office would at one verifica, for the demo: plausible
 * values through the contract's defined names, causes for the gaps, phase states, the office's own
 * judgement, and the plan-year data. Values are derived from a seed per indicator, so every run of
 * the demo gives the same workbooks.
 */
public final class OfficeSimulator {
    private static final String[] CAUSES = {
            "Carenza di personale nel periodo estivo",
            "Ritardo del fornitore nella consegna",
            "Minori richieste da parte dell'utenza",
            "Procedura di gara andata deserta, ripetuta a settembre",
    };

    private final Plan plan;
    private final long seed;

    public OfficeSimulator(Plan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
    }

    /** What the office does wrong in this file, so the demo shows findings. */
    public enum Mistake {
        /** Types one number as Italian text ("1.234,5") instead of a number: read, with a note. */
        NUMBER_AS_TEXT,
        /** Types "n.d." where a number is expected: an ERRORE. */
        NOT_AVAILABLE,
        /** Leaves the causes of the gaps blank. */
        NO_CAUSES
    }

    /** Fills {@code file} in place with the values of {@code verifica} for {@code serviceCode}. */
    public void fill(Path file, String serviceCode, Verifica verifica, List<Mistake> mistakes) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            fill(new PoiCells(wb), serviceCode, verifica, mistakes);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            // POI stamps zip entries with the wall clock: without this, the hashes and sizes in the
            // summaries' Registro change from one demo run to the next.
            Files.write(tmp, DeterministicXlsx.toBytes(wb));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The values an office types at {@code verifica} (no mistakes), by defined name, in typing order:
     * a {@link Double}, a {@link LocalDate} or a {@link String}. For fillers that write the cells
     * themselves (the benchmark fills thousands of workbooks without opening each one in POI).
     */
    public Map<String, Object> values(String serviceCode, Verifica verifica) {
        Map<String, Object> out = new LinkedHashMap<>();
        fill(new Cells() {
            @Override
            public boolean set(String name, Object value) {
                out.put(name, value);
                return true;
            }

            @Override
            public boolean retypeAsText(String name) {
                return false;
            }
        }, serviceCode, verifica, List.of());
        return out;
    }

    /** Where the values go: a POI workbook, or a plain map. */
    private interface Cells {
        /** Sets a named cell; false when the workbook has no such name. */
        boolean set(String name, Object value);

        /** Rewrites a numeric cell as Italian text; false when it is not numeric. */
        boolean retypeAsText(String name);
    }

    private void fill(Cells wb, String serviceCode, Verifica verifica, List<Mistake> mistakes) {
        boolean textDone = false;
        boolean naDone = false;
        for (Objective o : plan.objectivesOf(serviceCode)) {
            for (Indicator ind : plan.indicatorsOf(o.code())) {
                double perf = performance(ind.code());
                Optional<Double> achievement = fillIndicator(wb, ind, verifica, perf);
                if (mistakes.contains(Mistake.NUMBER_AS_TEXT) && !textDone
                        && ind.inputKind() == it.peg.domain.InputKind.NUMBER) {
                    textDone = wb.retypeAsText(InputNames.value(ind.code(), verifica));
                }
                if (mistakes.contains(Mistake.NOT_AVAILABLE) && !naDone
                        && ind.inputKind() == it.peg.domain.InputKind.NUMBER) {
                    naDone = wb.set(InputNames.value(ind.code(), verifica), "n.d.");
                }
                if (achievement.isPresent() && achievement.get() < 1 && !mistakes.contains(Mistake.NO_CAUSES)) {
                    wb.set(InputNames.cause(ind.code(), verifica),
                            CAUSES[Math.floorMod(ind.code().hashCode(), CAUSES.length)]);
                }
            }
            fillPhases(wb, o, verifica);
            if (!verifica.isFinal()) {
                boolean confident = performance(o.code()) > 0.85;
                wb.set(InputNames.reachable(o.code(), verifica), confident ? "SI" : "NO");
                wb.set(InputNames.notes(o.code(), verifica), confident
                        ? "Attività in linea con il cronoprogramma."
                        : "Avviate azioni correttive: riorganizzazione dei turni e sollecito ai fornitori.");
            }
        }
        if (verifica.isFinal()) {
            int year = plan.settings().year();
            for (DataRow d : plan.dataRowsOf(serviceCode)) {
                Optional<BigDecimal> last = d.values().isEmpty() ? Optional.empty()
                        : Optional.of(d.values().get(d.values().lastKey()));
                last.ifPresent(v -> wb.set(InputNames.data(d.code(), year),
                        v.doubleValue() * (0.9 + 0.2 * performance(d.code()) / 1.15)));
            }
        }
    }

    /** A stable per-code performance factor between 0.75 and 1.15. */
    private double performance(String code) {
        return 0.75 + 0.4 * new Random(seed ^ code.hashCode()).nextDouble();
    }

    private Optional<Double> fillIndicator(Cells wb, Indicator ind, Verifica verifica, double perf) {
        Target t = ind.target().target();
        double elapsed = elapsedShare(verifica);
        double progress = ind.cumulative() ? elapsed : 1.0;
        boolean decreasing = ind.polarity() == Polarity.DECREASING;
        if (t instanceof NumericTarget n) {
            double target = n.value().doubleValue();
            double value = decreasing ? (target > 0 ? target / perf : target + (1 - perf) * 10) : target * perf * progress;
            if (!n.percent() && isInteger(n.value())) {
                value = Math.round(value);
            }
            if (n.percent()) {
                value = Math.min(1.0, Math.max(0.0, value));
            }
            wb.set(InputNames.value(ind.code(), verifica), value);
            return Optional.of(decreasing ? (value <= target ? 1.0 : 0.5) : perf);
        }
        if (t instanceof RatioTarget r) {
            double num = Math.round(r.numerator().doubleValue() * perf * progress);
            double den = r.denominator().doubleValue();
            wb.set(InputNames.numerator(ind.code(), verifica), num);
            wb.set(InputNames.denominator(ind.code(), verifica), den);
            return Optional.of(perf);
        }
        if (t instanceof DeadlineTarget d) {
            LocalDate done = d.date().plusDays(perf < 0.85 ? 20 : -10);
            if (!done.isAfter(verifica.date())) {
                wb.set(InputNames.value(ind.code(), verifica), done);
                return Optional.of(done.isAfter(d.date()) ? 0.0 : 1.0);
            }
            return Optional.empty();
        }
        if (t instanceof YesNoTarget y) {
            if (verifica.isFinal() || perf > 1.0) {
                boolean yes = perf > 0.8 == y.expected();
                wb.set(InputNames.value(ind.code(), verifica), yes ? "SI" : "NO");
                return Optional.of(yes == y.expected() ? 1.0 : 0.0);
            }
            return Optional.empty();
        }
        double share = Math.min(1.0, Math.round(perf * elapsed * 20) / 20.0);
        wb.set(InputNames.value(ind.code(), verifica), share);
        return Optional.of(share);
    }

    private void fillPhases(Cells wb, Objective o, Verifica verifica) {
        List<Phase> phases = plan.phasesOf(o.code());
        List<String> keys = InputNames.phaseKeys(phases);
        int month = verifica.date().getMonthValue();
        for (int i = 0; i < phases.size(); i++) {
            List<Integer> months = phases.get(i).months();
            PhaseState state = months.isEmpty() || months.get(0) > month ? PhaseState.DA_AVVIARE
                    : months.get(months.size() - 1) <= month ? PhaseState.COMPLETATA : PhaseState.IN_CORSO;
            wb.set(InputNames.phase(o.code(), keys.get(i), verifica), state.label());
        }
    }

    private double elapsedShare(Verifica verifica) {
        LocalDate jan1 = LocalDate.of(plan.settings().year(), 1, 1);
        double total = ChronoUnit.DAYS.between(jan1, plan.settings().finalVerifica().date()) + 1;
        return (ChronoUnit.DAYS.between(jan1, verifica.date()) + 1) / total;
    }

    private static boolean isInteger(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }

    /** The cells of a POI workbook, found through their defined names. */
    private record PoiCells(XSSFWorkbook wb) implements Cells {
        @Override
        public boolean set(String name, Object value) {
            return OfficeSimulator.set(wb, name, value);
        }

        @Override
        public boolean retypeAsText(String name) {
            return OfficeSimulator.retypeAsText(wb, name);
        }
    }

    private static Optional<Cell> cell(XSSFWorkbook wb, String name) {
        Name n = wb.getName(name);
        if (n == null) {
            return Optional.empty();
        }
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        Sheet sheet = wb.getSheet(ref.getSheetName());
        if (sheet == null) {
            return Optional.empty();
        }
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell c = row.getCell(ref.getCol());
        return Optional.of(c == null ? row.createCell(ref.getCol()) : c);
    }

    private static boolean set(XSSFWorkbook wb, String name, Object value) {
        Optional<Cell> c = cell(wb, name);
        c.ifPresent(cell -> {
            if (value instanceof Double d) {
                cell.setCellValue(d);
            } else if (value instanceof LocalDate ld) {
                cell.setCellValue(ld);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        });
        return c.isPresent();
    }

    /** Rewrites a numeric cell as the Italian text a person might paste ("1.234,5"). */
    private static boolean retypeAsText(XSSFWorkbook wb, String name) {
        Optional<Cell> c = cell(wb, name);
        if (c.isEmpty() || c.get().getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            return false;
        }
        BigDecimal v = BigDecimal.valueOf(c.get().getNumericCellValue()).round(MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
        java.text.DecimalFormat it = new java.text.DecimalFormat("#,##0.0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ITALY));
        c.get().setCellValue(it.format(v));
        return true;
    }
}
