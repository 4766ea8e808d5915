package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.xlsx.A4Pages;
import it.peg.xlsx.ArgbColours;
import it.peg.xlsx.DeterministicXlsx;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes {@code schede-valutazione.xlsx}: one sheet per service, the Scheda per la valutazione of Serravalle's plan
 * (ATTIVITA'/OBIETTIVI, PESI %, PERCENTUALE DI RAGGIUNGIMENTO, CAUSE DI EVENTUALI SCOSTAMENTI, NOTE NUCLEO DI
 * VALUTAZIONE, TOTALE) with the signature boxes of the Responsabile and of the Nucleo di Valutazione, laid out for one
 * A4 portrait page. The percentage column is split in two: the computed one and the Nucleo's, which, where given,
 * replaces it (the row is tinted and TOTALE uses it). Values, not formulas: the Nucleo types its judgement into the
 * summary's Obiettivi sheet and every consolidate brings it here. Same result, same bytes.
 */
public final class ValutazioneWorkbookWriter {
    /** The file name, written next to the summary. */
    public static final String FILE_NAME = "schede-valutazione.xlsx";
    private static final String SUMMARY_PREFIX = "riepilogo";
    static final String TITLE = "SCHEDA PER LA VALUTAZIONE";
    static final String H_OBJECTIVE = "ATTIVITA'/ OBIETTIVI";
    static final String H_WEIGHT = "PESI % ASSEGNATI AD OGNI ATTIVITA'/ OBIETTIVI";
    static final String H_PERCENT = "PERCENTUALE DI RAGGIUNGIMENTO DI OGNI ATTIVITA'/ OBIETTIVI";
    static final String H_COMPUTED = "calcolata";
    static final String H_NUCLEO = "del Nucleo di Valutazione";
    static final String H_CAUSES = "CAUSE DI EVENTUALI SCOSTAMENTI";
    static final String H_NOTES = "NOTE NUCLEO DI VALUTAZIONE";
    static final String TOTAL = "TOTALE";
    static final String LEGEND = "TOTALE: media delle percentuali di raggiungimento pesata con i pesi assegnati. Dove il "
            + "Nucleo di Valutazione ha indicato una percentuale (righe evidenziate), vale quella al posto della calcolata. "
            + "Percentuali e note del Nucleo si scrivono nel foglio Obiettivi del riepilogo.";
    static final String SIGN_RESPONSIBLE = "IL RESPONSABILE DEL SERVIZIO";
    static final String SIGN_NUCLEO = "IL NUCLEO DI VALUTAZIONE";

    /**
     * Column widths in characters of the workbook's font, Arial 10 (LibreOffice prints it with the metric-compatible
     * Liberation Sans, Excel with Arial): about 505 points, within A4 portrait's 523 between 1.27 cm margins, so the
     * page prints at 100% whatever the printer.
     */
    static final List<Integer> WIDTHS = List.of(25, 11, 11, 11, 18, 16);
    /** The form's one font: present in Windows, metric-compatible with LibreOffice's Liberation Sans. */
    static final String FONT = "Arial";
    /** The first row of the table heading (two rows, repeated on every printed page). */
    static final int HEADING_ROW = 5;
    static final int FIRST_OBJECTIVE_ROW = HEADING_ROW + 2;
    private static final int LAST_COL = WIDTHS.size() - 1;
    private static final short BODY_PT = 10;

    private ValutazioneWorkbookWriter() {
    }

    /**
     * Where the forms of a summary go: beside it, named after it so that the summaries of several verifiche in one
     * folder keep theirs ({@code riepilogo-0630.xlsx}: {@code schede-valutazione-0630.xlsx}); any other summary name
     * gives {@value #FILE_NAME}.
     */
    public static java.nio.file.Path besides(java.nio.file.Path summary) {
        java.nio.file.Path absolute = summary.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String own = lower.startsWith(SUMMARY_PREFIX) && lower.endsWith(".xlsx")
                ? "schede-valutazione" + name.substring(SUMMARY_PREFIX.length()) : FILE_NAME;
        return absolute.resolveSibling(own);
    }

    /** Writes the workbook of every service of the plan, dated as the verifica (one blank sheet for an empty plan). */
    public static void write(ConsolidationResult result, OutputStream out) throws IOException {
        out.write(bytes(result));
    }

    static byte[] bytes(ConsolidationResult result) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Set<String> names = new HashSet<>();
            String ente = result.plan().settings().ente();
            String heading = ente + (ente.isBlank() ? "" : " - ") + "Anno " + result.plan().settings().year();
            String verifica = "Verifica al " + result.scores().verifica().fullLabel();
            for (ValutazioneForm form : ValutazioneForm.of(result)) {
                XSSFSheet sh = wb.createSheet(sheetName(form.serviceCode(), names));
                writeForm(sh, st, form, heading, verifica, ente);
            }
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet("Schede");
            }
            wb.setActiveSheet(0);
            wb.getProperties().getCoreProperties().setTitle("Schede per la valutazione "
                    + result.plan().settings().year() + " - " + ente);
            ArgbColours.normalise(wb);
            return DeterministicXlsx.toBytes(wb, result.scores().verifica().date().atStartOfDay());
        }
    }

    private static void writeForm(XSSFSheet sh, Styles st, ValutazioneForm form, String heading, String verifica,
                                  String ente) {
        SheetSupport.widths(sh, WIDTHS);
        merged(sh, 0, 0, LAST_COL, TITLE, st.title, 24);
        merged(sh, 1, 0, LAST_COL, heading, st.centered, 0);
        String service = form.serviceName().isBlank() ? form.serviceCode()
                : form.serviceCode() + " - " + form.serviceName();
        merged(sh, 2, 0, 3, "Servizio: " + service, st.plainWrap, RowHeights.points(BODY_PT,
                RowHeights.cell("Servizio: " + service, width(0, 3))));
        merged(sh, 2, 4, LAST_COL, verifica, st.right, 0);
        merged(sh, 3, 0, LAST_COL, "Responsabile: " + form.responsible(), st.plain, 0);

        int r = HEADING_ROW;
        merged2(sh, r, 0, H_OBJECTIVE, st.header);
        merged2(sh, r, 1, H_WEIGHT, st.header);
        merged(sh, r, 2, 3, H_PERCENT, st.header, 0);
        SheetSupport.text(sh, r + 1, 2, H_COMPUTED, st.header);
        SheetSupport.text(sh, r + 1, 3, H_NUCLEO, st.header);
        merged2(sh, r, 4, H_CAUSES, st.header);
        merged2(sh, r, 5, H_NOTES, st.header);
        SheetSupport.row(sh, r).setHeightInPoints(38);
        SheetSupport.row(sh, r + 1).setHeightInPoints(38);

        r = FIRST_OBJECTIVE_ROW;
        for (ValutazioneForm.Row row : form.rows()) {
            boolean over = row.overridden();
            SheetSupport.text(sh, r, 0, row.objective(), over ? st.overWrap : st.wrap);
            SheetSupport.number(sh, r, 1, row.weight(), over ? st.overPercent : st.percent);
            SheetSupport.number(sh, r, 2, row.computed(), over ? st.overPercent : st.percent);
            SheetSupport.number(sh, r, 3, row.nucleo(), over ? st.overPercentBold : st.percent);
            SheetSupport.text(sh, r, 4, row.causes(), over ? st.overWrap : st.wrap);
            SheetSupport.text(sh, r, 5, row.nucleoNote(), over ? st.overWrap : st.wrap);
            SheetSupport.row(sh, r).setHeightInPoints(RowHeights.points(BODY_PT,
                    RowHeights.cell(row.objective(), WIDTHS.get(0)), RowHeights.cell(row.causes(), WIDTHS.get(4)),
                    RowHeights.cell(row.nucleoNote(), WIDTHS.get(5))));
            r++;
        }
        SheetSupport.text(sh, r, 0, TOTAL, st.totalLabel);
        SheetSupport.number(sh, r, 1, form.totalWeight(), st.totalPercent);
        SheetSupport.number(sh, r, 2, form.total(), st.totalPercent);
        SheetSupport.cell(sh, r, 3, st.totalPercent);
        sh.addMergedRegion(new CellRangeAddress(r, r, 2, 3));
        SheetSupport.cell(sh, r, 4, st.totalPercent);
        SheetSupport.cell(sh, r, 5, st.totalPercent);
        SheetSupport.row(sh, r).setHeightInPoints(20);
        r += 1;
        merged(sh, r, 0, LAST_COL, LEGEND, st.small, RowHeights.points((short) 9,
                RowHeights.cell(LEGEND, width(0, LAST_COL))));
        r += 2;
        signatures(sh, st, r, form.responsible());
        printLayout(sh, ente, r + 4);
    }

    /** Two boxes side by side: the Responsabile's (columns A-C) and the Nucleo's (D-F), with date and signature. */
    private static void signatures(XSSFSheet sh, Styles st, int r, String responsible) {
        merged(sh, r, 0, 2, SIGN_RESPONSIBLE, st.signHead, 20);
        merged(sh, r, 3, LAST_COL, SIGN_NUCLEO, st.signHead, 0);
        merged(sh, r + 1, 0, 2, responsible, st.signBox, 18);
        merged(sh, r + 1, 3, LAST_COL, "", st.signBox, 0);
        merged(sh, r + 2, 0, 2, "Data", st.signBox, 24);
        merged(sh, r + 2, 3, LAST_COL, "Data", st.signBox, 0);
        merged(sh, r + 3, 0, 2, "Firma", st.signBox, 48);
        merged(sh, r + 3, 3, LAST_COL, "Firma", st.signBox, 0);
    }

    /**
     * A4 portrait, one page wide and as many long as needed (never shrunk to one page: a long form keeps its type
     * size), the table heading repeated, page numbers.
     */
    private static void printLayout(XSSFSheet sh, String ente, int lastRow) {
        A4Pages.fitToWidth(sh, false, (short) 1, 0.5);
        sh.setHorizontallyCenter(true);
        sh.setRepeatingRows(new CellRangeAddress(HEADING_ROW, HEADING_ROW + 1, -1, -1));
        sh.getHeader().setLeft("&A");
        sh.getHeader().setRight(ente.replace("&", "&&"));
        sh.getFooter().setCenter("Pagina &P di &N");
        sh.setPrintGridlines(false);
        sh.setDisplayGridlines(false);
        SheetSupport.dimension(sh, lastRow, LAST_COL);
    }

    /** A text merged over columns {@code c1..c2} of one row, the style on every cell (so borders draw whole). */
    private static void merged(XSSFSheet sh, int r, int c1, int c2, String text, XSSFCellStyle style, float height) {
        SheetSupport.text(sh, r, c1, text, style);
        for (int c = c1 + 1; c <= c2; c++) {
            SheetSupport.cell(sh, r, c, style);
        }
        if (c2 > c1) {
            sh.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
        }
        if (height > 0) {
            SheetSupport.row(sh, r).setHeightInPoints(height);
        }
    }

    /** A heading over the two heading rows of one column. */
    private static void merged2(XSSFSheet sh, int r, int c, String text, XSSFCellStyle style) {
        SheetSupport.text(sh, r, c, text, style);
        SheetSupport.cell(sh, r + 1, c, style);
        sh.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
    }

    private static int width(int c1, int c2) {
        return WIDTHS.subList(c1, c2 + 1).stream().mapToInt(Integer::intValue).sum();
    }

    /** The service code as a sheet name: without the characters Excel refuses, 31 characters at most, unique. */
    static String sheetName(String code, Set<String> taken) {
        String base = code.replaceAll("[\\[\\]:*?/\\\\']", "_").strip();
        if (base.isEmpty()) {
            base = "Servizio";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** The styles of the form, made once per workbook. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle centered;
        final XSSFCellStyle plain;
        final XSSFCellStyle plainWrap;
        final XSSFCellStyle right;
        final XSSFCellStyle header;
        final XSSFCellStyle wrap;
        final XSSFCellStyle percent;
        final XSSFCellStyle overWrap;
        final XSSFCellStyle overPercent;
        final XSSFCellStyle overPercentBold;
        final XSSFCellStyle totalLabel;
        final XSSFCellStyle totalPercent;
        final XSSFCellStyle small;
        final XSSFCellStyle signHead;
        final XSSFCellStyle signBox;

        Styles(XSSFWorkbook wb) {
            // the default font sets the width of a column's character, in Excel and in LibreOffice
            XSSFFont normal = wb.getFontAt(0);
            normal.setFontName(FONT);
            normal.setFontHeightInPoints(BODY_PT);
            XSSFFont body = font(wb, BODY_PT, false);
            XSSFFont bold = font(wb, BODY_PT, true);
            XSSFFont head = font(wb, (short) 9, true);
            head.setColor(ArgbColours.opaque("FFFFFF"));
            XSSFFont small9 = font(wb, (short) 9, false);
            small9.setItalic(true);
            title = style(wb, font(wb, (short) 14, true), false, HorizontalAlignment.CENTER, false);
            centered = style(wb, bold, false, HorizontalAlignment.CENTER, false);
            plain = style(wb, body, false, HorizontalAlignment.LEFT, false);
            plainWrap = style(wb, body, false, HorizontalAlignment.LEFT, true);
            right = style(wb, bold, false, HorizontalAlignment.RIGHT, false);
            header = style(wb, head, true, HorizontalAlignment.CENTER, true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            fill(header, SummaryStyles.HEADER_FILL);
            wrap = style(wb, body, true, HorizontalAlignment.LEFT, true);
            percent = style(wb, body, true, HorizontalAlignment.CENTER, false);
            percent.setDataFormat(wb.createDataFormat().getFormat(SummaryStyles.PERCENT));
            overWrap = style(wb, body, true, HorizontalAlignment.LEFT, true);
            fill(overWrap, SummaryStyles.OVERRIDE_FILL);
            overPercent = style(wb, body, true, HorizontalAlignment.CENTER, false);
            overPercent.setDataFormat(percent.getDataFormat());
            fill(overPercent, SummaryStyles.OVERRIDE_FILL);
            overPercentBold = style(wb, bold, true, HorizontalAlignment.CENTER, false);
            overPercentBold.setDataFormat(percent.getDataFormat());
            fill(overPercentBold, SummaryStyles.OVERRIDE_FILL);
            totalLabel = style(wb, bold, true, HorizontalAlignment.LEFT, false);
            totalLabel.setVerticalAlignment(VerticalAlignment.CENTER);
            totalPercent = style(wb, bold, true, HorizontalAlignment.CENTER, false);
            totalPercent.setDataFormat(percent.getDataFormat());
            totalPercent.setVerticalAlignment(VerticalAlignment.CENTER);
            small = style(wb, small9, false, HorizontalAlignment.LEFT, true);
            signHead = style(wb, bold, true, HorizontalAlignment.CENTER, false);
            signHead.setVerticalAlignment(VerticalAlignment.CENTER);
            fill(signHead, "DDEBF7");
            signBox = style(wb, body, true, HorizontalAlignment.LEFT, false);
        }

        private static XSSFFont font(XSSFWorkbook wb, short points, boolean bold) {
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints(points);
            f.setBold(bold);
            return f;
        }

        private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font, boolean border, HorizontalAlignment align,
                                           boolean wrapText) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrapText);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }

        private static void fill(XSSFCellStyle s, String rgb) {
            s.setFillForegroundColor(ArgbColours.opaque(rgb));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
