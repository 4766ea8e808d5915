package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Service;
import it.peg.io.SegmentIndex;
import it.peg.xlsx.KeyedEntries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * Writes the workbook of every service of the plan, dated as the verifica (one blank sheet for an empty plan),
     * streamed to {@code out} (not closed): each service's form is made and its sheet written to the zip one at a
     * time, its texts inline, so that a night of 10,000 services holds one sheet, not every sheet's XML nor a
     * workbook-wide table of strings (the {@code sharedStrings} part is there, empty, as Excel writes it).
     */
    public static void write(ConsolidationResult result, OutputStream out) throws IOException {
        // nothing copied, no index returned: the sheets' keys (a SHA-256 of each form) are not worked out
        write(result, out, Optional.empty(), false);
    }

    /**
     * {@link #write}, copying from {@code earlier} (a file this writer wrote, and its index) the sheet of every service
     * whose {@link ValutazioneSheetKey key} is unchanged, as its stored deflated bytes: the file is the same, byte for
     * byte, as a full render. Returns the index the next run copies from.
     */
    public static SegmentIndex write(ConsolidationResult result, OutputStream out,
                                     Optional<SegmentIndex.Earlier> earlier) throws IOException {
        return write(result, out, earlier, true);
    }

    private static SegmentIndex write(ConsolidationResult result, OutputStream out,
                                      Optional<SegmentIndex.Earlier> earlier, boolean keyed) throws IOException {
        Styles st = new Styles();
        Set<String> names = new HashSet<>();
        String ente = result.plan().settings().ente();
        String heading = heading(result);
        String verifica = verifica(result);
        List<Service> services = result.plan().services();
        List<String> sheetNames = new ArrayList<>();
        for (Service s : services) {
            sheetNames.add(sheetName(s.code(), names));
        }
        boolean any = !services.isEmpty();
        int sheetCount = any ? services.size() : 1;
        if (!any) {
            sheetNames.add("Schede");
        }
        String title = "Schede per la valutazione " + result.plan().settings().year() + " - " + ente;
        LocalDateTime date = result.scores().verifica().date().atStartOfDay();
        try (KeyedEntries zip = new KeyedEntries(out, LEVEL, earlier)) {
            // the parts that list every sheet keyed by what they are made of (sheets' keys are digests or "#n")
            zip.text("[Content_Types].xml", "part/content-types/" + sheetCount,
                    () -> ValutazioneParts.contentTypes(sheetCount));
            zip.text("_rels/.rels", SummaryParts.ROOT_RELS);
            zip.text("docProps/app.xml", SummaryParts.APP);
            zip.text("docProps/core.xml", SummaryParts.core(title, date));
            zip.text("xl/sharedStrings.xml", new SharedStrings().xml());
            zip.text("xl/styles.xml", Styles.XML);
            zip.text("xl/workbook.xml", "part/workbook/" + any + "/" + ValutazioneParts.namesKey(sheetNames),
                    () -> ValutazioneParts.workbook(sheetNames, any));
            zip.text("xl/_rels/workbook.xml.rels", "part/workbook-rels/" + sheetCount,
                    () -> ValutazioneParts.workbookRels(sheetCount));
            if (!any) {
                zip.text("xl/worksheets/sheet1.xml", SheetLayout.XML_DECL + "<worksheet xmlns=\"" + SheetLayout.MAIN_NS
                        + "\"><dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"true\"/>"
                        + "</sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/><sheetData/><pageMargins bottom=\"0.75\" "
                        + "footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/></worksheet>");
            }
            FormRows rows = new FormRows();
            // the same for every sheet: the print options and the page set-up, with the ente in the header
            String tail = "</sheetData>";
            byte[] page = ("<printOptions horizontalCentered=\"true\" gridLines=\"false\"/>"
                    + SheetLayout.page(ente, false, 1, 0.5) + "</worksheet>").getBytes(StandardCharsets.UTF_8);
            // a sheet's head differs from another's only by its used range, which its number of objectives gives
            java.util.Map<Integer, byte[]> heads = new java.util.HashMap<>();
            // each service's sheet keyed by its inputs where they are known: an unchanged one is copied unmade
            Optional<java.util.Map<String, byte[]>> inputs = keyed ? ServiceInputKeys.of(result) : Optional.empty();
            ServiceInputKeys.Prefix prefix = ValutazioneSheetKey.inputsPrefix(heading, verifica, ente);
            for (int i = 0; i < services.size(); i++) {
                String name = "xl/worksheets/sheet" + (i + 1) + ".xml";
                Service service = services.get(i);
                boolean first = i == 0;
                // inputs is empty when nothing is copied and no index kept (consolidate): no key worked out then
                Optional<String> byInputs = inputs.map(m -> m.get(service.code()))
                        .map(k -> ValutazioneSheetKey.ofInputs(prefix, k, first));
                if (byInputs.isPresent() && zip.copy(name, byInputs.get())) {
                    continue;
                }
                ValutazioneForm form = ValutazioneForm.of(result, service);
                String key = byInputs.isPresent() ? byInputs.get()
                        : keyed ? ValutazioneSheetKey.of(form, heading, verifica, ente, first) : "#" + i;
                if (!keyed || byInputs.isPresent() || !zip.copy(name, key)) {
                    sheet(rows, st, form, heading, verifica, first, tail, page, heads);
                    zip.put(name, key, rows.bytes(), rows.length());
                }
            }
            return zip.finish();
        }
    }

    /** The deflate level of every entry. */
    private static final int LEVEL = 6;

    /** What every sheet prints above the form: the ente and the year. */
    private static String heading(ConsolidationResult result) {
        String ente = result.plan().settings().ente();
        return ente + (ente.isBlank() ? "" : " - ") + "Anno " + result.plan().settings().year();
    }

    private static String verifica(ConsolidationResult result) {
        return "Verifica al " + result.scores().verifica().fullLabel();
    }

    /**
     * The services whose form {@link #write(ConsolidationResult, OutputStream, Optional)} makes (and so whose full
     * scoring it reads) when copying from a file {@code earlier} indexes: those whose sheet's key by inputs the index
     * lacks; every service when the result has no input keys (each form is made to be keyed). Asks {@code result} for
     * no service's scoring.
     */
    static void servicesRendered(ConsolidationResult result, Optional<SegmentIndex> earlier,
                                 java.util.function.Consumer<String> services) {
        List<Service> all = result.plan().services();
        Optional<java.util.Map<String, byte[]>> inputs = ServiceInputKeys.of(result);
        java.util.function.Predicate<String> holds = KeyedEntries.indexHolds(earlier, LEVEL);
        ServiceInputKeys.Prefix prefix = ValutazioneSheetKey.inputsPrefix(heading(result), verifica(result),
                result.plan().settings().ente());
        for (int i = 0; i < all.size(); i++) {
            String code = all.get(i).code();
            boolean first = i == 0;
            Optional<String> key = inputs.map(m -> m.get(code)).map(k -> ValutazioneSheetKey.ofInputs(prefix, k, first));
            if (key.isEmpty() || !holds.test(key.get())) {
                services.accept(code);
            }
        }
    }

    /**
     * One service's worksheet, into {@code rows}: everything in it comes from what {@link ValutazioneSheetKey} digests.
     * Its used range is known before its rows are written: the form's rows are its objectives' and a fixed number.
     */
    private static void sheet(FormRows rows, Styles st, ValutazioneForm form, String heading, String verifica,
                              boolean first, String tail, byte[] page, java.util.Map<Integer, byte[]> heads) {
        int lastRow = FIRST_OBJECTIVE_ROW + form.rows().size() + 6;
        // the first sheet's head (its tab selected) is made for it alone; the others' are kept by their used range
        byte[] head = first ? head(lastRow, true) : heads.computeIfAbsent(lastRow, r -> head(r, false));
        rows.reset().raw(head);
        int laidOut = writeForm(rows, st, form, heading, verifica);
        if (laidOut != lastRow) {
            throw new IllegalStateException("the form's last row is " + laidOut + ", not " + lastRow);
        }
        rows.endRows().raw(tail).mergeCells().raw(page);
    }

    private static byte[] head(int lastRow, boolean first) {
        String view = "<sheetView workbookViewId=\"0\"" + (first ? " tabSelected=\"true\"" : "")
                + " showGridLines=\"false\"/>";
        return SheetLayout.head(false, SheetLayout.range(0, 0, lastRow, LAST_COL), view, WIDTHS)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The workbook's bytes, as {@link #write} streams them (every entry deflated at level 6, fixed entry times). */
    static byte[] bytes(ConsolidationResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(result, out);
        return out.toByteArray();
    }

    /** Lays one service's form out; returns the last row of its used range. */
    private static int writeForm(FormRows sh, Styles st, ValutazioneForm form, String heading, String verifica) {
        merged(sh, 0, 0, LAST_COL, TITLE, st.title, 24);
        merged(sh, 1, 0, LAST_COL, heading, st.centered, 0);
        String service = form.serviceName().isBlank() ? form.serviceCode()
                : form.serviceCode() + " - " + form.serviceName();
        merged(sh, 2, 0, 3, "Servizio: " + service, st.plainWrap, RowHeights.points(BODY_PT,
                RowHeights.cell("Servizio: " + service, width(0, 3))));
        merged(sh, 2, 4, LAST_COL, verifica, st.right, 0);
        merged(sh, 3, 0, LAST_COL, "Responsabile: " + form.responsible(), st.plain, 0);

        // the table's heading, two rows written in order; its boxes merged in the order they always were
        int r = HEADING_ROW;
        sh.text(r, 0, H_OBJECTIVE, st.header);
        sh.text(r, 1, H_WEIGHT, st.header);
        sh.text(r, 2, H_PERCENT, st.header);
        sh.blank(r, 3, st.header);
        sh.text(r, 4, H_CAUSES, st.header);
        sh.text(r, 5, H_NOTES, st.header);
        sh.height(r, 38);
        sh.blank(r + 1, 0, st.header);
        sh.blank(r + 1, 1, st.header);
        sh.text(r + 1, 2, H_COMPUTED, st.header);
        sh.text(r + 1, 3, H_NUCLEO, st.header);
        sh.blank(r + 1, 4, st.header);
        sh.blank(r + 1, 5, st.header);
        sh.height(r + 1, 38);
        sh.merge(r, 0, r + 1, 0);
        sh.merge(r, 1, r + 1, 1);
        sh.merge(r, 2, r, 3);
        sh.merge(r, 4, r + 1, 4);
        sh.merge(r, 5, r + 1, 5);

        r = FIRST_OBJECTIVE_ROW;
        for (ValutazioneForm.Row row : form.rows()) {
            boolean over = row.overridden();
            sh.text(r, 0, row.objective(), over ? st.overWrap : st.wrap);
            sh.number(r, 1, row.weight(), over ? st.overPercent : st.percent);
            sh.number(r, 2, row.computed(), over ? st.overPercent : st.percent);
            sh.number(r, 3, row.nucleo(), over ? st.overPercentBold : st.percent);
            sh.text(r, 4, row.causes(), over ? st.overWrap : st.wrap);
            sh.text(r, 5, row.nucleoNote(), over ? st.overWrap : st.wrap);
            sh.height(r, RowHeights.points(BODY_PT,
                    RowHeights.cell(row.objective(), WIDTHS.get(0)), RowHeights.cell(row.causes(), WIDTHS.get(4)),
                    RowHeights.cell(row.nucleoNote(), WIDTHS.get(5))));
            r++;
        }
        sh.text(r, 0, TOTAL, st.totalLabel);
        sh.number(r, 1, form.totalWeight(), st.totalPercent);
        sh.number(r, 2, form.total(), st.totalPercent);
        sh.blank(r, 3, st.totalPercent);
        sh.merge(r, 2, r, 3);
        sh.blank(r, 4, st.totalPercent);
        sh.blank(r, 5, st.totalPercent);
        sh.height(r, 20);
        r += 1;
        merged(sh, r, 0, LAST_COL, LEGEND, st.small, RowHeights.points((short) 9,
                RowHeights.cell(LEGEND, width(0, LAST_COL))));
        r += 2;
        signatures(sh, st, r, form.responsible());
        return r + 3;
    }

    /** Two boxes side by side: the Responsabile's (columns A-C) and the Nucleo's (D-F), with date and signature. */
    private static void signatures(FormRows sh, Styles st, int r, String responsible) {
        merged(sh, r, 0, 2, SIGN_RESPONSIBLE, st.signHead, 20);
        merged(sh, r, 3, LAST_COL, SIGN_NUCLEO, st.signHead, 0);
        merged(sh, r + 1, 0, 2, responsible, st.signBox, 18);
        merged(sh, r + 1, 3, LAST_COL, "", st.signBox, 0);
        merged(sh, r + 2, 0, 2, "Data", st.signBox, 24);
        merged(sh, r + 2, 3, LAST_COL, "Data", st.signBox, 0);
        merged(sh, r + 3, 0, 2, "Firma", st.signBox, 48);
        merged(sh, r + 3, 3, LAST_COL, "Firma", st.signBox, 0);
    }

    /** A text merged over columns {@code c1..c2} of one row, the style on every cell (so borders draw whole). */
    private static void merged(FormRows sh, int r, int c1, int c2, String text, CellFormat style, float height) {
        sh.text(r, c1, text, style);
        for (int c = c1 + 1; c <= c2; c++) {
            sh.blank(r, c, style);
        }
        if (c2 > c1) {
            sh.merge(r, c1, r, c2);
        }
        if (height > 0) {
            sh.height(r, height);
        }
    }

    /**
     * {@code code.replaceAll("[\\[\\]:*?/\\\\']", "_")} written as a loop: the pattern was compiled again for each
     * of 2,000 services (docs/performance.md, "h28-cons").
     */
    static String withoutRefusedChars(String code) {
        char[] cs = null;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\' || c == '\'') {
                if (cs == null) {
                    cs = code.toCharArray();
                }
                cs[i] = '_';
            }
        }
        return cs == null ? code : new String(cs);
    }

    private static int width(int c1, int c2) {
        return WIDTHS.subList(c1, c2 + 1).stream().mapToInt(Integer::intValue).sum();
    }

    /** The service code as a sheet name: without the characters Excel refuses, 31 characters at most, unique. */
    static String sheetName(String code, Set<String> taken) {
        String base = withoutRefusedChars(code).strip();
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

    /**
     * The styles of the form: {@code valutazione-styles.xml} is the {@code styles.xml} POI wrote for them (Arial 10 the
     * workbook's font, thin borders, the summary's header blue and override violet, the signatures' light blue),
     * each style its index in {@code cellXfs}.
     */
    private static final class Styles {
        static final String XML = resource("valutazione-styles.xml");
        final CellFormat title = new CellFormat(1, false);
        final CellFormat centered = new CellFormat(2, false);
        final CellFormat plain = new CellFormat(3, false);
        final CellFormat plainWrap = new CellFormat(4, true);
        final CellFormat right = new CellFormat(5, false);
        final CellFormat header = new CellFormat(6, true);
        final CellFormat wrap = new CellFormat(7, true);
        final CellFormat percent = new CellFormat(8, false);
        final CellFormat overWrap = new CellFormat(9, true);
        final CellFormat overPercent = new CellFormat(10, false);
        final CellFormat overPercentBold = new CellFormat(11, false);
        final CellFormat totalLabel = new CellFormat(12, false);
        final CellFormat totalPercent = new CellFormat(13, false);
        final CellFormat small = new CellFormat(14, true);
        final CellFormat signHead = new CellFormat(15, false);
        final CellFormat signBox = new CellFormat(16, false);

        private static String resource(String name) {
            try (InputStream in = ValutazioneWorkbookWriter.class.getResourceAsStream(name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
