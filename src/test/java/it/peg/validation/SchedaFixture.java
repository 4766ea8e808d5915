package it.peg.validation;

import it.peg.domain.DataRow;
import it.peg.domain.Indicator;
import it.peg.domain.InputKind;
import it.peg.domain.InputNames;
import it.peg.domain.Objective;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Verifica;
import it.peg.xlsx.MetadataSheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a real .xlsx scheda for a service of a plan, as the generator would in its essentials (metadata
 * sheet, plan cells, one typed, named input cell per contract name), with some values already in it.
 * A stand-in for the generator in tests of reading back and validation; names go in column B of "Scheda"
 * from row 2, in contract order, and {@link #cellOf} tells where.
 */
public final class SchedaFixture {
    public static final String SHEET = "Scheda";

    private final Plan plan;
    private final String service;
    private final Map<String, InputKind> names = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    public SchedaFixture(Plan plan, String service) {
        this.plan = plan;
        this.service = service;
        List<Verifica> verifiche = plan.settings().verifiche();
        for (Objective o : plan.objectivesOf(service)) {
            names.put(InputNames.planObjectiveWeight(o.code()), InputKind.NUMBER);
            o.weight().ifPresent(w -> values.put(InputNames.planObjectiveWeight(o.code()), w.doubleValue()));
            for (Indicator i : plan.indicatorsOf(o.code())) {
                names.put(InputNames.planTarget(i.code()), null);
                values.put(InputNames.planTarget(i.code()), i.target().text());
                names.put(InputNames.planIndicatorWeight(i.code()), InputKind.NUMBER);
                i.weight().ifPresent(w -> values.put(InputNames.planIndicatorWeight(i.code()), w.doubleValue()));
            }
            for (Verifica v : verifiche) {
                for (Indicator i : plan.indicatorsOf(o.code())) {
                    if (i.inputKind() == InputKind.RATIO) {
                        names.put(InputNames.numerator(i.code(), v), InputKind.NUMBER);
                        names.put(InputNames.denominator(i.code(), v), InputKind.NUMBER);
                    } else {
                        names.put(InputNames.value(i.code(), v), i.inputKind());
                    }
                    names.put(InputNames.cause(i.code(), v), null);
                }
                for (String key : InputNames.phaseKeys(plan.phasesOf(o.code()))) {
                    names.put(InputNames.phase(o.code(), key, v), null);
                }
                if (!v.isFinal()) {
                    names.put(InputNames.reachable(o.code(), v), null);
                    names.put(InputNames.notes(o.code(), v), null);
                }
            }
        }
        for (DataRow d : plan.dataRowsOf(service)) {
            names.put(InputNames.data(d.code(), plan.settings().year()), InputKind.NUMBER);
        }
    }

    /** Puts a value (String, Number, Boolean, LocalDate) in the named cell. */
    public SchedaFixture set(String name, Object value) {
        if (!names.containsKey(name)) {
            throw new IllegalArgumentException("no name " + name);
        }
        values.put(name, value);
        return this;
    }

    /** The A1 address of a name's cell. */
    public String cellOf(String name) {
        int i = List.copyOf(names.keySet()).indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no name " + name);
        }
        return "B" + (i + 2);
    }

    public Path write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Map<InputKind, CellStyle> styles = new LinkedHashMap<>();
            for (InputKind k : InputKind.values()) {
                CellStyle s = wb.createCellStyle();
                s.setLocked(false);
                s.setDataFormat(wb.createDataFormat().getFormat(switch (k) {
                    case PERCENT, PROGRESS -> "0%";
                    case DATE -> "dd/mm/yyyy";
                    case YES_NO -> "@";
                    default -> "#,##0.##";
                }));
                styles.put(k, s);
            }
            CellStyle text = wb.createCellStyle();
            text.setLocked(false);
            Sheet sheet = wb.createSheet(SHEET);
            sheet.createRow(0).createCell(0).setCellValue("Nome");
            int r = 1;
            for (Map.Entry<String, InputKind> e : names.entrySet()) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(e.getKey());
                var cell = row.createCell(1);
                cell.setCellStyle(e.getValue() == null ? text : styles.get(e.getValue()));
                Object v = values.get(e.getKey());
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                }
                var name = wb.createName();
                name.setNameName(e.getKey());
                name.setRefersToFormula(SHEET + "!$B$" + (r + 1));
                r++;
            }
            Sheet meta = wb.createSheet(MetadataSheet.SHEET);
            String[][] rows = {
                {MetadataSheet.KEY_KIND, MetadataSheet.KIND_VALUE},
                {MetadataSheet.KEY_FORMAT, MetadataSheet.FORMAT_VALUE},
                {MetadataSheet.KEY_ENTE, plan.settings().ente()},
                {MetadataSheet.KEY_YEAR, String.valueOf(plan.settings().year())},
                {MetadataSheet.KEY_SERVICE, service},
                {MetadataSheet.KEY_FINGERPRINT, PlanFingerprint.of(plan, service)},
            };
            for (int i = 0; i < rows.length; i++) {
                Row row = meta.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            wb.write(out);
        }
        return file;
    }
}
