package it.peg.generate;

import it.peg.xlsx.DeterministicXlsx;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the default {@code workbook-templates/scheda.xlsx} and the comuni's templates beside it
 * ({@code workbook-templates/<name>/scheda.xlsx}, {@link TemplateVariant}). Run it after changing a look:
 * {@code mvn -q -o test -Dtest=WorkbookTemplateBuilderTest -Dpeg.rebuildTemplates=true}; the test
 * otherwise checks that the committed files are exactly what this builder produces.
 */
public final class WorkbookTemplateBuilder {
    private static final String FONT = "Arial";
    private static final String DARK = "1F4E79";
    private static final String LIGHT = "DDEBF7";
    private static final String INPUT = "FFF2CC";
    private static final String GREY = "EDEDED";

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final TemplateVariant variant;

    private WorkbookTemplateBuilder(TemplateVariant variant) {
        this.variant = variant;
    }

    public static void main(String[] args) throws IOException {
        for (TemplateVariant v : TemplateVariant.ALL) {
            Path out = v.file(Path.of(WorkbookTemplate.FOLDER));
            Files.createDirectories(out.getParent());
            Files.write(out, build(v));
        }
    }

    /** The default template. */
    public static byte[] build() throws IOException {
        return build(TemplateVariant.DEFAULT);
    }

    public static byte[] build(TemplateVariant variant) throws IOException {
        try (XSSFWorkbook wb = new WorkbookTemplateBuilder(variant).make()) {
            return DeterministicXlsx.toBytes(wb);
        }
    }

    private XSSFWorkbook make() {
        Map<StyleKey, XSSFCellStyle> styles = styles();
        XSSFSheet main = wb.createSheet(WorkbookTemplate.SHEET_MAIN);
        XSSFSheet phases = wb.createSheet(WorkbookTemplate.SHEET_PHASES);
        XSSFSheet data = wb.createSheet(WorkbookTemplate.SHEET_DATA);
        XSSFSheet stili = wb.createSheet(WorkbookTemplate.SHEET_STYLES);
        XSSFSheet etichette = wb.createSheet(WorkbookTemplate.SHEET_LABELS);

        // Scheda: logo area A1:A3 marked {stemma} (the plan's Logo is drawn there; the marker never prints), title
        // lines to its right.
        XSSFRow r0 = main.createRow(0);
        r0.setHeightInPoints(24);
        cell(r0, 0, EmblemPlace.MARKER, styles.get(StyleKey.SOTTOTITOLO));
        cell(r0, 1, variant.titles().get(0), styles.get(StyleKey.TITOLO));
        XSSFRow r1 = main.createRow(1);
        r1.setHeightInPoints(18);
        cell(r1, 1, variant.titles().get(1), styles.get(StyleKey.SOTTOTITOLO));
        XSSFRow r2 = main.createRow(2);
        r2.setHeightInPoints(18);
        cell(r2, 1, variant.titles().get(2), styles.get(StyleKey.SOTTOTITOLO));
        main.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
        printSetup(main, true);

        XSSFRow p0 = phases.createRow(0);
        p0.setHeightInPoints(22);
        cell(p0, 0, "Fasi e cronoprogramma - {codice} {servizio}", styles.get(StyleKey.TITOLO));
        cell(phases.createRow(1), 0, "{ente} - anno {anno}. Scegliere dall'elenco lo stato di ogni fase a ogni verifica.",
                styles.get(StyleKey.SOTTOTITOLO));
        printSetup(phases, true);

        XSSFRow d0 = data.createRow(0);
        d0.setHeightInPoints(22);
        cell(d0, 0, "Dati quantitativi - {codice} {servizio}", styles.get(StyleKey.TITOLO));
        cell(data.createRow(1), 0, "{ente}. Indicare i valori dell'anno {anno}; gli anni precedenti sono bloccati.",
                styles.get(StyleKey.SOTTOTITOLO));
        printSetup(data, false);

        XSSFRow sh = stili.createRow(0);
        cell(sh, 0, "chiave", styles.get(StyleKey.INTESTAZIONE));
        cell(sh, 1, "esempio (cambiare colori, caratteri, bordi e formati di questa cella)", styles.get(StyleKey.INTESTAZIONE));
        int i = 1;
        for (StyleKey k : StyleKey.values()) {
            XSSFRow row = stili.createRow(i++);
            cell(row, 0, k.key(), null);
            XSSFCell sample = row.createCell(1);
            sample.setCellStyle(styles.get(k));
            if (k.name().contains("NUMERO") || k == StyleKey.VALORE_EURO || k == StyleKey.DATO_STORICO
                    || k == StyleKey.RAPPORTO) {
                sample.setCellValue(1234.5);
            } else if (k == StyleKey.INPUT_PERCENTUALE || k == StyleKey.RAGGIUNGIMENTO) {
                sample.setCellValue(0.75);
            } else if (k == StyleKey.INPUT_DATA) {
                sample.setCellValue(java.time.LocalDate.of(2018, 9, 30));
            } else {
                sample.setCellValue("Testo di esempio");
            }
        }
        stili.setColumnWidth(0, 24 * 256);
        stili.setColumnWidth(1, 60 * 256);

        XSSFRow eh = etichette.createRow(0);
        cell(eh, 0, "chiave", styles.get(StyleKey.INTESTAZIONE));
        cell(eh, 1, "testo (segnaposto: {ente} {anno} {codice} {servizio} {verifica} {finale})", styles.get(StyleKey.INTESTAZIONE));
        i = 1;
        for (Label l : Label.values()) {
            XSSFRow row = etichette.createRow(i++);
            cell(row, 0, l.key(), null);
            cell(row, 1, variant.labels().getOrDefault(l, l.defaultText()), styles.get(StyleKey.CELLA));
        }
        etichette.setColumnWidth(0, 24 * 256);
        etichette.setColumnWidth(1, 120 * 256);
        layout(wb.createSheet(WorkbookTemplate.SHEET_LAYOUT), styles);
        return wb;
    }

    /** The Struttura sheet: the variant's rows under a heading, each kind of row with a note on what it takes. */
    private void layout(XSSFSheet sheet, Map<StyleKey, XSSFCellStyle> styles) {
        String[] heads = {"chiave", "valore", "larghezza (caratteri)", "una volta / per verifica", "gruppo", "nota"};
        XSSFRow h = sheet.createRow(0);
        for (int c = 0; c < heads.length; c++) {
            cell(h, c, heads[c], styles.get(StyleKey.INTESTAZIONE));
        }
        java.util.Set<String> noted = new java.util.HashSet<>();
        int i = 1;
        for (String[] row : variant.layout()) {
            XSSFRow x = sheet.createRow(i++);
            for (int c = 0; c < row.length; c++) {
                if (row[0].equals("colonna") && c == 2) {
                    x.createCell(c).setCellValue(Integer.parseInt(row[c]));
                } else if (!row[c].isEmpty()) {
                    cell(x, c, row[c], null);
                }
            }
            if (noted.add(row[0])) {
                cell(x, 5, TemplateVariant.NOTES.get(row[0]), null);
            }
        }
        int[] widths = {12, 70, 12, 22, 10, 90};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void printSetup(XSSFSheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.HeaderMargin, 0.25);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.FooterMargin, 0.25);
        sheet.getHeader().setLeft("{ente}");
        sheet.getHeader().setRight("{codice} - {servizio}");
        sheet.getFooter().setLeft("PEG {anno}");
        sheet.getFooter().setRight("Pagina &P di &N");
        sheet.setPrintGridlines(false);
        sheet.setDisplayGridlines(false);
    }

    private static void cell(XSSFRow row, int col, String text, XSSFCellStyle style) {
        XSSFCell c = row.createCell(col);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private Map<StyleKey, XSSFCellStyle> styles() {
        Map<StyleKey, XSSFCellStyle> m = new EnumMap<>(StyleKey.class);
        m.put(StyleKey.TITOLO, style(font(14, true, false, DARK), null, false, false, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.SOTTOTITOLO, style(font(11, false, false, "404040"), null, false, false, null, HorizontalAlignment.LEFT));
        XSSFCellStyle istr = style(font(10, false, true, "000000"), "FCE4D6", true, true, null, HorizontalAlignment.LEFT);
        m.put(StyleKey.ISTRUZIONI, istr);
        m.put(StyleKey.ETICHETTA, style(font(9, true, false, DARK), LIGHT, true, true, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.VALORE, style(font(10, false, false, "000000"), null, true, true, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.VALORE_NUMERO, style(font(10, false, false, "000000"), null, true, true, "#,##0.##", HorizontalAlignment.LEFT));
        m.put(StyleKey.VALORE_EURO, style(font(10, false, false, "000000"), null, true, true, "€ #,##0.00", HorizontalAlignment.LEFT));
        m.put(StyleKey.TESTO_LUNGO, style(font(9, false, false, "000000"), null, true, true, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.OBIETTIVO, style(font(11, true, false, "FFFFFF"), DARK, true, true, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.INTESTAZIONE, style(font(9, true, false, "FFFFFF"), "2E75B6", true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.CELLA, style(font(9, false, false, "000000"), null, true, true, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.CELLA_CENTRO, style(font(9, false, false, "000000"), null, true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.CELLA_NUMERO, style(font(9, false, false, "000000"), null, true, true, "#,##0.##", HorizontalAlignment.CENTER));
        m.put(StyleKey.CELLA_GRIGIA, style(font(9, false, true, "808080"), GREY, true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.TARGET, style(font(9, true, false, "000000"), "E2EFDA", true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.RAPPORTO, style(font(9, false, false, "000000"), GREY, true, true, "#,##0.00", HorizontalAlignment.CENTER));
        m.put(StyleKey.RAGGIUNGIMENTO, style(font(9, true, false, "000000"), GREY, true, true, "0%", HorizontalAlignment.CENTER));
        m.put(StyleKey.INPUT_NUMERO, input(style(font(10, false, false, "000000"), INPUT, true, true, "#,##0.##", HorizontalAlignment.RIGHT)));
        m.put(StyleKey.INPUT_PERCENTUALE, input(style(font(10, false, false, "000000"), INPUT, true, true, "0%", HorizontalAlignment.RIGHT)));
        m.put(StyleKey.INPUT_DATA, input(style(font(10, false, false, "000000"), INPUT, true, true, "dd/mm/yyyy", HorizontalAlignment.CENTER)));
        m.put(StyleKey.INPUT_LISTA, input(style(font(10, false, false, "000000"), INPUT, true, true, null, HorizontalAlignment.CENTER)));
        m.put(StyleKey.INPUT_TESTO, input(style(font(9, false, false, "000000"), INPUT, true, true, "@", HorizontalAlignment.LEFT)));
        m.put(StyleKey.GANTT_ATTIVO, style(font(8, false, false, "FFFFFF"), "5B9BD5", true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.GANTT_VUOTO, style(font(8, false, false, "000000"), null, true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.DATO_STORICO, style(font(10, false, false, "404040"), GREY, true, true, "#,##0.##", HorizontalAlignment.RIGHT));
        m.put(StyleKey.FIRMA_ETICHETTA, style(font(10, true, false, DARK), LIGHT, true, true, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.FIRMA_CASELLA, style(font(10, false, false, "000000"), null, true, true, null, HorizontalAlignment.LEFT));
        m.put(StyleKey.SEMAFORO_VERDE, style(font(9, true, false, "006100"), "C6EFCE", true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.SEMAFORO_GIALLO, style(font(9, true, false, "9C5700"), "FFEB9C", true, true, null, HorizontalAlignment.CENTER));
        m.put(StyleKey.SEMAFORO_ROSSO, style(font(9, true, false, "9C0006"), "FFC7CE", true, true, null, HorizontalAlignment.CENTER));
        return m;
    }

    private static XSSFCellStyle input(XSSFCellStyle s) {
        s.setLocked(false);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        XSSFColor border = rgb("BF8F00");
        s.setBottomBorderColor(border);
        s.setTopBorderColor(border);
        s.setLeftBorderColor(border);
        s.setRightBorderColor(border);
        return s;
    }

    private XSSFFont font(int points, boolean bold, boolean italic, String rgb) {
        XSSFFont f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        f.setColor(rgb(rgb));
        return f;
    }

    private XSSFCellStyle style(XSSFFont font, String fill, boolean border, boolean wrap, String format,
                                HorizontalAlignment align) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        if (fill != null) {
            s.setFillForegroundColor(rgb(fill));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (border) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            XSSFColor c = rgb("A6A6A6");
            s.setBottomBorderColor(c);
            s.setTopBorderColor(c);
            s.setLeftBorderColor(c);
            s.setRightBorderColor(c);
        }
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setAlignment(align);
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        s.setLocked(true);
        return s;
    }

    /** Opaque, as a template made in Excel has it (ARGB with FF first). */
    private static XSSFColor rgb(String hex) {
        return new XSSFColor(java.util.HexFormat.of().parseHex("FF" + hex), null);
    }
}
