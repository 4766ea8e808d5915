package it.peg.generate;

import it.peg.domain.CarriedValues;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One service being stamped into a fresh copy of the template: the workbook, its styles and labels,
 * and small writing helpers shared by the sheet writers.
 */
final class Stamp {
    final XSSFWorkbook wb;
    final WorkbookTemplate template;
    final Plan plan;
    final Service service;
    /** Values carried forward from a returned workbook, and the input cells to lock (generate --from). */
    final CarriedValues carried;
    /** The input cells' validations, written grouped once every sheet is stamped. */
    final Validations validations = new Validations();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final Map<StyleKey, XSSFCellStyle> lockedStyles = new EnumMap<>(StyleKey.class);
    private final Map<StyleKey, XSSFCellStyle> lockedSamples = new EnumMap<>(StyleKey.class);

    Stamp(XSSFWorkbook wb, WorkbookTemplate template, Plan plan, Service service, CarriedValues carried) {
        this.wb = wb;
        this.template = template;
        this.plan = plan;
        this.service = service;
        this.carried = carried;
        placeholders.put("{ente}", plan.settings().ente());
        placeholders.put("{anno}", Integer.toString(plan.settings().year()));
        placeholders.put("{codice}", service.code());
        placeholders.put("{servizio}", service.name());
        placeholders.put("{finale}", plan.settings().finalVerifica().fullLabel());
        // where the emblem goes (see EmblemPlace): the marker itself never prints
        placeholders.put(EmblemPlace.MARKER, "");
    }

    XSSFCellStyle style(StyleKey key) {
        return wb.getCellStyleAt(template.styleIndex(key));
    }

    /**
     * The locked, greyed twin of an input style (same number format, the grey of {@link StyleKey#CELLA_GRIGIA}):
     * the cells of a past verifica whose values were carried forward. Created on first use, so a workbook
     * without locked cells has exactly the template's styles.
     */
    XSSFCellStyle lockedStyle(StyleKey inputKey) {
        return lockedStyles.computeIfAbsent(inputKey, k -> {
            XSSFCellStyle grey = style(StyleKey.CELLA_GRIGIA);
            XSSFCellStyle locked = wb.createCellStyle();
            locked.cloneStyleFrom(style(k));
            locked.setLocked(true);
            if (grey.getFillForegroundColorColor() != null) {
                locked.setFillForegroundColor(grey.getFillForegroundColorColor());
            } else {
                locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            }
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return locked;
        });
    }

    /** A locked copy of a style, same look (the colour samples of the Istruzioni sheet); created on first use. */
    XSSFCellStyle lockedSample(StyleKey key) {
        return lockedSamples.computeIfAbsent(key, k -> {
            XSSFCellStyle locked = wb.createCellStyle();
            locked.cloneStyleFrom(style(k));
            locked.setLocked(true);
            return locked;
        });
    }

    String label(Label label) {
        return fill(template.label(label));
    }

    String label(Label label, String verifica) {
        return fill(template.label(label)).replace("{verifica}", verifica);
    }

    String fill(String text) {
        String s = text;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    static XSSFCell cell(XSSFSheet sheet, int r, int c) {
        XSSFRow row = row(sheet, r);
        XSSFCell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }

    /** Writes text (nothing when blank) with a style. */
    XSSFCell text(XSSFSheet sheet, int r, int c, String text, StyleKey style) {
        XSSFCell cell = cell(sheet, r, c);
        if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style(style));
        return cell;
    }

    XSSFCell number(XSSFSheet sheet, int r, int c, BigDecimal value, StyleKey style) {
        XSSFCell cell = cell(sheet, r, c);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style(style));
        return cell;
    }

    /** Styles every cell of a rectangle (so borders show on merged areas) and merges it when larger than one cell. */
    void merge(XSSFSheet sheet, int r1, int r2, int c1, int c2, StyleKey style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(sheet, r, c).setCellStyle(style(style));
            }
        }
        if (r1 != r2 || c1 != c2) {
            // unsafe = without POI's overlap check against every region already there (quadratic, ~17% of
            // generate in the benchmark): the sheet writers lay out disjoint rows and spans by construction
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** A workbook-level defined name on one cell. */
    void name(String name, XSSFSheet sheet, int r, int c) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + sheet.getSheetName().replace("'", "''") + "'!"
                + new CellReference(r, c, true, true).formatAsString());
    }

    /**
     * Rough height in points of a text in a font of {@code fontPoints} wrapped in a column span of
     * {@code widthChars} standard character widths (spreadsheets do not grow rows of merged cells).
     */
    static float height(String text, double widthChars, float fontPoints) {
        return TextLines.count(text, widthChars, fontPoints) * fontPoints * 1.3f + 4;
    }

    static void atLeast(XSSFRow row, float points) {
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), points));
    }
}
