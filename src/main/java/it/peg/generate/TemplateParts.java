package it.peg.generate;

import it.peg.xlsx.SheetModel;
import it.peg.xlsx.TemplateSheet;
import it.peg.xlsx.TemplateWorkbook;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What every scheda of a template shares, prepared once per run from the template read through the Excel boundary
 * ({@link TemplateWorkbook}), so that no scheda reads the template again: the styles
 * part (with Arial 10 as the column unit, the locked twins of the input styles and of the colour samples, and the
 * traffic light's three differential styles), and the template's Scheda, Fasi and Dati sheets as {@link SheetModel}s
 * (their title rows with placeholders still unfilled, merges, widths, print setup, header and footer).
 */
final class TemplateParts {
    /** The styles whose locked, greyed twin a carried-forward input cell gets (generate --from). */
    private static final List<StyleKey> INPUTS = List.of(StyleKey.INPUT_NUMERO, StyleKey.INPUT_PERCENTUALE,
            StyleKey.INPUT_DATA, StyleKey.INPUT_LISTA, StyleKey.INPUT_TESTO);
    /** The traffic light's colours, in the order of their differential styles. */
    static final List<StyleKey> LIGHTS = List.of(StyleKey.SEMAFORO_VERDE, StyleKey.SEMAFORO_GIALLO, StyleKey.SEMAFORO_ROSSO);

    final byte[] styles;
    final Map<String, SheetModel> sheets;
    final Map<StyleKey, Integer> lockedStyles;
    final Map<StyleKey, Integer> lockedSamples;
    /** The traffic light's dxf ids: green, yellow, red. */
    final int[] lights;

    private TemplateParts(byte[] styles, Map<String, SheetModel> sheets, Map<StyleKey, Integer> lockedStyles,
                          Map<StyleKey, Integer> lockedSamples, int[] lights) {
        this.styles = styles;
        this.sheets = sheets;
        this.lockedStyles = lockedStyles;
        this.lockedSamples = lockedSamples;
        this.lights = lights;
    }

    /** Prepares the parts from the template (its Stili, Etichette and Struttura sheets already removed). */
    static TemplateParts of(String source, TemplateWorkbook wb, Map<StyleKey, Integer> styleIndex) throws IOException {
        Map<String, SheetModel> sheets = new java.util.LinkedHashMap<>();
        for (String name : wb.sheetNames()) {
            TemplateSheet sheet = wb.sheet(name, TemplateExtras.CARRIED_PRIORITY).orElseThrow();
            SheetModel model = model(sheet);
            TemplateExtras.carry(source, sheet, model);
            sheets.put(name, model);
        }
        wb.arialColumns(SchedaPrint.COLUMN_UNIT_POINTS);
        Map<StyleKey, Integer> locked = new EnumMap<>(StyleKey.class);
        for (StyleKey k : INPUTS) {
            locked.put(k, wb.lockedTwinFilledAs(styleIndex.get(k), styleIndex.get(StyleKey.CELLA_GRIGIA)));
        }
        Map<StyleKey, Integer> samples = new EnumMap<>(StyleKey.class);
        for (StyleKey k : StyleKey.values()) {
            if (!wb.locked(styleIndex.get(k))) {
                samples.put(k, wb.lockedTwin(styleIndex.get(k)));
            }
        }
        int[] lights = wb.differentialStylesLike(LIGHTS.stream().map(styleIndex::get).toList()).stream()
                .mapToInt(Integer::intValue).toArray();
        return new TemplateParts(wb.stylesPart(), sheets, locked, samples, lights);
    }

    /** A template sheet as a model: its cells (texts unfilled), heights, merges, widths, view and print setup. */
    private static SheetModel model(TemplateSheet sheet) {
        SheetModel m = new SheetModel(sheet.name());
        for (TemplateSheet.Row row : sheet.rows()) {
            SheetModel.Row mr = m.row(row.index());
            row.height().ifPresent(mr::height);
            for (TemplateSheet.Cell cell : row.cells()) {
                SheetModel.Cell mc = mr.cell(cell.column());
                mc.style(cell.style());
                switch (cell.kind()) {
                    case TEXT -> mc.text(cell.text());
                    case NUMBER -> mc.number(cell.number());
                    case FORMULA -> mc.formula(cell.text());
                    default -> mc.blank();
                }
            }
        }
        for (SheetModel.Area a : sheet.merges()) {
            m.merge(a.firstRow(), a.lastRow(), a.firstCol(), a.lastCol());
        }
        for (TemplateSheet.Width w : sheet.widths()) {
            m.width(w.column(), w.width());
        }
        m.defaultRowHeight(sheet.defaultRowHeight());
        m.showGridLines(sheet.gridLines());
        TemplateSheet.PageSetup page = sheet.page();
        SheetModel.Print p = m.print();
        p.setup = true;
        p.paperSize = page.paperSize();
        p.landscape = page.landscape();
        p.fitToPage = page.fitToPage();
        p.fitWidth = page.fitWidth();
        p.fitHeight = page.fitHeight();
        p.left = page.left();
        p.right = page.right();
        p.top = page.top();
        p.bottom = page.bottom();
        p.header = page.header();
        p.footer = page.footer();
        p.gridLines = page.gridLines();
        p.oddHeader = page.oddHeader();
        p.oddFooter = page.oddFooter();
        return m;
    }
}
