package it.peg.generate;

import it.peg.xlsx.SheetModel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHeaderFooter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

/**
 * What every scheda of a template shares, prepared once per run with POI so that no scheda needs POI: the styles
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
    static TemplateParts of(String source, XSSFWorkbook wb, Map<StyleKey, Integer> styleIndex) throws IOException {
        Map<String, SheetModel> sheets = new java.util.LinkedHashMap<>();
        for (Sheet sheet : wb) {
            SheetModel model = model((XSSFSheet) sheet);
            TemplateExtras.carry(source, (XSSFSheet) sheet, model);
            sheets.put(sheet.getSheetName(), model);
        }
        it.peg.xlsx.A4Pages.arialColumns(wb, SchedaPrint.COLUMN_UNIT_POINTS);
        Map<StyleKey, Integer> locked = new EnumMap<>(StyleKey.class);
        for (StyleKey k : INPUTS) {
            locked.put(k, (int) lockedStyle(wb, styleIndex, k).getIndex());
        }
        Map<StyleKey, Integer> samples = new EnumMap<>(StyleKey.class);
        for (StyleKey k : StyleKey.values()) {
            XSSFCellStyle own = wb.getCellStyleAt(styleIndex.get(k));
            if (!own.getLocked()) {
                XSSFCellStyle twin = wb.createCellStyle();
                twin.cloneStyleFrom(own);
                twin.setLocked(true);
                samples.put(k, (int) twin.getIndex());
            }
        }
        int[] lights = lights(wb, styleIndex);
        return new TemplateParts(stylesPart(wb), sheets, locked, samples, lights);
    }

    private static XSSFCellStyle lockedStyle(XSSFWorkbook wb, Map<StyleKey, Integer> styleIndex, StyleKey k) {
        XSSFCellStyle grey = wb.getCellStyleAt(styleIndex.get(StyleKey.CELLA_GRIGIA));
        XSSFCellStyle locked = wb.createCellStyle();
        locked.cloneStyleFrom(wb.getCellStyleAt(styleIndex.get(k)));
        locked.setLocked(true);
        if (grey.getFillForegroundColorColor() != null) {
            locked.setFillForegroundColor(grey.getFillForegroundColorColor());
        } else {
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        }
        locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return locked;
    }

    /** The three differential styles of the traffic light, made by POI on a scratch sheet that is then dropped. */
    private static int[] lights(XSSFWorkbook wb, Map<StyleKey, Integer> styleIndex) {
        XSSFSheet scratch = wb.createSheet("peg-scratch");
        XSSFSheetConditionalFormatting cf = scratch.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule[] rules = new XSSFConditionalFormattingRule[LIGHTS.size()];
        for (int i = 0; i < rules.length; i++) {
            XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule("TRUE");
            XSSFCellStyle proto = wb.getCellStyleAt(styleIndex.get(LIGHTS.get(i)));
            var fill = rule.createPatternFormatting();
            if (proto.getFillForegroundXSSFColor() != null) {
                fill.setFillBackgroundColor(proto.getFillForegroundXSSFColor());
                fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            }
            var font = rule.createFontFormatting();
            if (proto.getFont().getXSSFColor() != null) {
                it.peg.xlsx.ArgbColours.setFontColor(font, proto.getFont().getXSSFColor());
            }
            font.setFontStyle(false, proto.getFont().getBold());
            rules[i] = rule;
        }
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(0, 0, 0, 0)}, rules);
        int[] ids = new int[rules.length];
        var written = scratch.getCTWorksheet().getConditionalFormattingArray(0).getCfRuleArray();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (int) written[i].getDxfId();
        }
        wb.removeSheetAt(wb.getSheetIndex(scratch));
        return ids;
    }

    private static byte[] stylesPart(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        String name = wb.getStylesSource().getPackagePart().getPartName().getName().substring(1);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no styles part in the template");
    }

    /** A template sheet as a model: its cells (texts unfilled), heights, merges, widths, view and print setup. */
    private static SheetModel model(XSSFSheet sheet) {
        SheetModel m = new SheetModel(sheet.getSheetName());
        for (Row row : sheet) {
            XSSFRow xr = (XSSFRow) row;
            SheetModel.Row mr = m.row(row.getRowNum());
            if (xr.getCTRow().isSetCustomHeight() && xr.getCTRow().getCustomHeight() || xr.getCTRow().isSetHt()) {
                mr.height(row.getHeightInPoints());
            }
            for (Cell cell : row) {
                SheetModel.Cell mc = mr.cell(cell.getColumnIndex());
                mc.style(cell.getCellStyle().getIndex());
                switch (cell.getCellType()) {
                    case STRING -> mc.text(cell.getStringCellValue());
                    case NUMERIC -> mc.number(cell.getNumericCellValue());
                    case BOOLEAN -> mc.number(cell.getBooleanCellValue() ? 1 : 0);
                    case FORMULA -> mc.formula(cell.getCellFormula());
                    default -> mc.blank();
                }
            }
        }
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            m.merge(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn());
        }
        var cols = sheet.getCTWorksheet().getColsArray();
        for (var cs : cols) {
            for (var col : cs.getColArray()) {
                if (col.isSetWidth()) {
                    for (long c = col.getMin(); c <= col.getMax() && c <= 256; c++) {
                        m.width((int) c - 1, sheet.getColumnWidth((int) c - 1));
                    }
                }
            }
        }
        m.defaultRowHeight(sheet.getDefaultRowHeightInPoints());
        m.showGridLines(sheet.isDisplayGridlines());
        SheetModel.Print p = m.print();
        p.setup = true;
        p.paperSize = sheet.getPrintSetup().getPaperSize();
        p.landscape = sheet.getPrintSetup().getLandscape();
        p.fitToPage = sheet.getFitToPage();
        p.fitWidth = sheet.getPrintSetup().getFitWidth();
        p.fitHeight = sheet.getPrintSetup().getFitHeight();
        p.left = sheet.getMargin(Sheet.LeftMargin);
        p.right = sheet.getMargin(Sheet.RightMargin);
        p.top = sheet.getMargin(Sheet.TopMargin);
        p.bottom = sheet.getMargin(Sheet.BottomMargin);
        p.header = sheet.getMargin(Sheet.HeaderMargin);
        p.footer = sheet.getMargin(Sheet.FooterMargin);
        p.gridLines = sheet.isPrintGridlines();
        CTHeaderFooter hf = sheet.getCTWorksheet().getHeaderFooter();
        if (hf != null) {
            p.oddHeader = hf.isSetOddHeader() ? hf.getOddHeader() : "";
            p.oddFooter = hf.isSetOddFooter() ? hf.getOddFooter() : "";
        }
        return m;
    }
}
