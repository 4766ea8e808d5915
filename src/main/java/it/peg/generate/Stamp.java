package it.peg.generate;

import it.peg.domain.CarriedValues;
import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.xlsx.SheetModel;
import it.peg.xlsx.SheetModelXml;
import it.peg.xlsx.WorkbookPackage;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One service being stamped into its workbook: the package being built (its sheets as {@link SheetModel}s and its
 * defined names), the template's styles and labels, and small writing helpers shared by the sheet writers.
 */
final class Stamp {
    final WorkbookPackage pkg;
    final WorkbookTemplate template;
    final Plan plan;
    final Service service;
    /** Values carried forward from a returned workbook, and the input cells to lock (generate --from). */
    final CarriedValues carried;
    /** The input cells' validations, written grouped once every sheet is stamped. */
    final Validations validations = new Validations();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    /** Where each defined name points, as {@code Sheet!A1} (the metadata sheet lists the locked ones). */
    private final Map<String, String> named = new HashMap<>();

    Stamp(WorkbookPackage pkg, WorkbookTemplate template, Plan plan, Service service, CarriedValues carried) {
        this.pkg = pkg;
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

    /** The index of a template style. */
    int style(StyleKey key) {
        return template.styleIndex(key);
    }

    /**
     * The locked, greyed twin of an input style (same number format, the grey of {@link StyleKey#CELLA_GRIGIA}):
     * the cells of a past verifica whose values were carried forward. Prepared once with the template.
     */
    int lockedStyle(StyleKey inputKey) {
        return template.parts().lockedStyles.get(inputKey);
    }

    /** A locked copy of a style, same look (the colour samples of the Istruzioni sheet): the style itself if locked. */
    int lockedSample(StyleKey key) {
        return template.parts().lockedSamples.getOrDefault(key, style(key));
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

    /** {@link #fill} for a page header or footer, where '&' starts a code: doubled, it prints itself. */
    String fillHeader(String text) {
        String s = text;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            s = s.replace(e.getKey(), e.getValue().replace("&", "&&"));
        }
        return s;
    }

    static SheetModel.Row row(SheetModel sheet, int r) {
        return sheet.row(r);
    }

    static SheetModel.Cell cell(SheetModel sheet, int r, int c) {
        return sheet.cell(r, c);
    }

    /** Writes text (nothing when blank) with a style. */
    SheetModel.Cell text(SheetModel sheet, int r, int c, String text, StyleKey style) {
        SheetModel.Cell cell = sheet.cell(r, c);
        if (!text.isEmpty()) {
            cell.text(text);
        }
        cell.style(style(style));
        return cell;
    }

    SheetModel.Cell number(SheetModel sheet, int r, int c, BigDecimal value, StyleKey style) {
        SheetModel.Cell cell = sheet.cell(r, c);
        if (value != null) {
            cell.number(value.doubleValue());
        }
        cell.style(style(style));
        return cell;
    }

    /** Styles every cell of a rectangle (so borders show on merged areas) and merges it when larger than one cell. */
    void merge(SheetModel sheet, int r1, int r2, int c1, int c2, StyleKey style) {
        int index = style(style);
        for (int r = r1; r <= r2; r++) {
            SheetModel.Row row = sheet.row(r);
            for (int c = c1; c <= c2; c++) {
                row.cell(c).style(index);
            }
        }
        if (r1 != r2 || c1 != c2) {
            // the sheet writers lay out disjoint rows and spans by construction
            sheet.merge(r1, r2, c1, c2);
        }
    }

    /** A workbook-level defined name on one cell. */
    void name(String name, SheetModel sheet, int r, int c) {
        pkg.name(new WorkbookPackage.Name(name, -1, quoted(sheet) + "!" + SheetModelXml.absolute(r, c)));
        named.put(name, sheet.name() + "!" + SheetModelXml.cell(r, c));
    }

    /** Where a defined name of this workbook points, as {@code Sheet!A1}. */
    Optional<String> cellOf(String name) {
        return Optional.ofNullable(named.get(name));
    }

    /** The print area of a sheet: columns {@code c1..c2}, rows {@code r1..r2}. */
    void printArea(SheetModel sheet, int c1, int c2, int r1, int r2) {
        pkg.name(new WorkbookPackage.Name("_xlnm.Print_Area", pkg.indexOf(sheet), quoted(sheet) + "!"
                + SheetModelXml.absolute(r1, c1) + ":" + SheetModelXml.absolute(r2, c2)));
    }

    /** The rows {@code r1..r2} repeated at the top of every printed page. */
    void repeatingRows(SheetModel sheet, int r1, int r2) {
        pkg.name(new WorkbookPackage.Name("_xlnm.Print_Titles", pkg.indexOf(sheet), quoted(sheet) + "!$" + (r1 + 1)
                + ":$" + (r2 + 1)));
    }

    /**
     * The columns {@code c1..c2} repeated at the left of every printed page and the rows {@code r1..r2} at its top, in
     * the order Excel writes them ({@code 'Scheda'!$A:$C,'Scheda'!$1:$3}).
     */
    void repeatingColumnsAndRows(SheetModel sheet, int c1, int c2, int r1, int r2) {
        pkg.name(new WorkbookPackage.Name("_xlnm.Print_Titles", pkg.indexOf(sheet), quoted(sheet) + "!$"
                + SheetModelXml.column(c1) + ":$" + SheetModelXml.column(c2) + "," + quoted(sheet) + "!$" + (r1 + 1)
                + ":$" + (r2 + 1)));
    }

    private static String quoted(SheetModel sheet) {
        return "'" + sheet.name().replace("'", "''") + "'";
    }

    /**
     * Rough height in points of a text in a font of {@code fontPoints} wrapped in a column span of
     * {@code widthChars} standard character widths (spreadsheets do not grow rows of merged cells).
     */
    static float height(String text, double widthChars, float fontPoints) {
        return TextLines.count(text, widthChars, fontPoints) * fontPoints * 1.3f + 4;
    }

    /** The sheets' default row height, what a row without a height of its own is. */
    private static final float DEFAULT_HEIGHT = 15f;

    static void atLeast(SheetModel.Row row, float points) {
        row.height(Math.max(row.height() < 0 ? DEFAULT_HEIGHT : row.height(), points));
    }
}
