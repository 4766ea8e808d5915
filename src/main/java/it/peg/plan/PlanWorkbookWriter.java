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
import it.peg.xlsx.DeterministicXlsx;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes a plan as a plan workbook in exactly the format {@link PlanReader} reads (a blank one for
 * {@code peg init}), with an Istruzioni sheet, header comments, drop-down lists, frozen headers.
 * The bytes are deterministic: fixed document dates and zip entry times.
 * <p>The workbook is streamed ({@link SXSSFWorkbook}: only a window of rows in memory, texts as inline strings), so
 * that the plan of a comune with thousands of services is written in a small heap (issue 6).
 */
public final class PlanWorkbookWriter {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LAST_INPUT_ROW = 999;
    /** Rows kept in memory per sheet; earlier rows are flushed to a temporary file. */
    private static final int ROW_WINDOW = 200;

    private final SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle percentStyle;
    private final CellStyle wrapStyle;
    private final CellStyle indentStyle;
    private final CellStyle titleStyle;

    private PlanWorkbookWriter() {
        Font bold = wb.createFont();
        bold.setBold(true);
        headerStyle = wb.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setWrapText(true);
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        percentStyle = wb.createCellStyle();
        percentStyle.setDataFormat(wb.createDataFormat().getFormat("0%"));
        wrapStyle = wb.createCellStyle();
        wrapStyle.setWrapText(true);
        indentStyle = wb.createCellStyle();
        indentStyle.setWrapText(true);
        indentStyle.setIndention((short) 2);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        titleStyle = wb.createCellStyle();
        titleStyle.setFont(big);
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
        PlanWorkbookWriter w = new PlanWorkbookWriter();
        try (SXSSFWorkbook wb = w.wb) {
            w.instructions(plan);
            w.settings(plan.settings());
            w.bands(plan.settings().bands());
            w.services(plan.services());
            w.objectives(plan.objectives());
            w.indicators(plan);
            w.phases(plan.phases());
            w.data(plan);
            DeterministicXlsx.write(wb.getXSSFWorkbook(), wb::write, DeterministicXlsx.EPOCH, out);
        } finally {
            w.wb.dispose();
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

    private void instructions(Plan plan) {
        Sheet s = wb.createSheet("Istruzioni");
        s.setColumnWidth(0, 110 * 256);
        List<String> lines = new ArrayList<>(List.of(
                "Piano della performance " + plan.settings().year() + (plan.settings().ente().isEmpty() ? "" : " - " + plan.settings().ente()),
                "",
                "Come compilare questo file (letto da 'peg check --plan FILE' e 'peg generate').",
                "Le intestazioni in riga 1 si possono riordinare; maiuscole e accenti non contano; colonne e fogli in più sono ignorati.",
                "",
                "IMPOSTAZIONI: una voce per riga (colonna A la voce, colonna B il valore).",
                "  Ente, Anno (es. " + plan.settings().year() + "); Verifiche: le date di monitoraggio separate da ';' (es. 30/06; 30/09; 31/12),"
                        + " l'ultima è la verifica finale;",
                "  Scadenze consegna: una data per verifica, nello stesso ordine (es. 15/07; 15/10; 31/01: 31/01 si intende dell'anno dopo);",
                "  Soglia minima (sotto questa percentuale un indicatore vale 0, default 0%); Tetto raggiungimento (default 100%);",
                "  Tolleranza scadenze (giorni): ritardo entro il quale una scadenza mancata vale in proporzione (default 0);",
                "  Logo: il file PNG dello stemma (es. stemma.png, accanto a questo file), stampato su ogni scheda e riepilogo;",
                "  Valori mancanti: 'non valutati' (default: un indicatore senza valore resta fuori e il punteggio mostra la copertura)"
                        + " oppure 'zero' (un indicatore senza valore vale 0%).",
                "FASCE: 'Da %' e 'Esito', soglie crescenti (es. 0% Non raggiunto, 60% Parzialmente raggiunto, 90% Raggiunto).",
                "SERVIZI: un servizio per riga, con un Codice unico (es. ZN08): a ogni servizio sarà inviata una scheda.",
                "OBIETTIVI: Codice unico, Servizio (il codice del foglio Servizi), Titolo, Peso nel servizio, date, risorse;",
                "  'Collegato a' indica l'obiettivo padre o la linea del DUP; Aggregazione: 'media pesata' (default) o 'tutti'.",
                "INDICATORI: Codice unico, Obiettivo (il codice del foglio Obiettivi), Target, Peso nell'obiettivo, Unità di misura,",
                "  Minimo/Massimo plausibili (una unità 'scala 1-5' li implica), Polarità (crescente/decrescente; vuota = dedotta dal target),",
                "  Cumulativo (SI se il valore si accumula nell'anno). Target intermedi: aggiungere colonne 'Target 30/06' / 'Peso 30/06'",
                "  con la data di una verifica intermedia; senza target intermedio l'indicatore è solo monitorato a quella verifica.",
                "  Target accettati: numero (24000, 1.200, 0,5), percentuale (75%), rapporto numeratore/denominatore (1200/3),",
                "  confronto (>=5, =>4, almeno 1, <=30, non oltre 30, =7), scadenza (31/12/" + plan.settings().year() + ", 30 Giugno "
                        + plan.settings().year() + ", Settembre " + plan.settings().year() + ", 31.12, entro il 30/06/" + plan.settings().year() + "),",
                "  intervallo (tra 5 e 10, da 5 a 10), periodo (entro l'anno, I semestre, primo trimestre, entro giugno),",
                "  variazione sul valore della colonna Baseline (+5%, incremento del 10%, riduzione del 10% rispetto al "
                        + (plan.settings().year() - 1) + "),",
                "  SI / NO. Ogni altro testo è un target qualitativo: l'ufficio indicherà la % di avanzamento, il Nucleo la validerà.",
                "PESI: percentuali (20%) o coefficienti (1,0 / 1,2 / 1,4); se non sommano a 100 sono normalizzati in proporzione.",
                "  Tutti vuoti = pesi uguali; alcuni vuoti = quelli vuoti valgono 0.",
                "FASI: Obiettivo, Fase (A, B, ...), Descrizione, Mesi (es. GEN-MAR oppure GEN, GIU, DIC).",
                "DATI: Codice, Servizio, Descrizione e una colonna per anno (es. " + (plan.settings().year() - 2) + ", "
                        + (plan.settings().year() - 1) + ", " + plan.settings().year() + "): il valore dell'anno del piano lo compila l'ufficio.",
                "",
                "Dopo ogni modifica: peg check --plan <questo file>  (elenca errori e avvisi, con la cella e come correggerli)."));
        for (int i = 0; i < lines.size(); i++) {
            Cell c = s.createRow(i).createCell(0);
            // a continuation line is indented by its format, not by leading spaces: a text with leading white space
            // needs xml:space="preserve", which the SpreadsheetML schema does not declare (issue 14)
            boolean continued = lines.get(i).startsWith("  ");
            c.setCellValue(continued ? lines.get(i).strip() : lines.get(i));
            c.setCellStyle(i == 0 ? titleStyle : continued ? indentStyle : wrapStyle);
        }
    }

    private void settings(Settings st) {
        Sheet s = wb.createSheet(PlanReader.SETTINGS);
        header(s, List.of("Voce", "Valore"), List.of(30, 40),
                List.of("Una voce per riga: non cambiare i nomi in colonna A.", "Il valore della voce."));
        int r = 1;
        text(s, r, 0, SettingKey.ENTE.header());
        text(s, r++, 1, st.ente());
        text(s, r, 0, SettingKey.ANNO.header());
        s.getRow(r++).createCell(1).setCellValue(st.year());
        text(s, r, 0, SettingKey.VERIFICHE.header());
        text(s, r++, 1, String.join("; ", st.verifiche().stream()
                .map(v -> v.date().getYear() == st.year() ? v.date().format(DAY_MONTH) : v.date().format(FULL)).toList()));
        text(s, r, 0, SettingKey.SCADENZE.header());
        boolean allDue = st.verifiche().stream().allMatch(v -> v.due().isPresent());
        text(s, r++, 1, allDue ? String.join("; ", st.verifiche().stream().map(v -> v.due().get().format(FULL)).toList()) : "");
        text(s, r, 0, SettingKey.SOGLIA.header());
        percent(s, r++, 1, st.minimumThreshold());
        text(s, r, 0, SettingKey.TETTO.header());
        percent(s, r++, 1, st.cap());
        text(s, r, 0, SettingKey.TOLLERANZA.header());
        s.getRow(r++).createCell(1).setCellValue(st.deadlineToleranceDays());
        text(s, r, 0, SettingKey.LOGO.header());
        text(s, r++, 1, st.logo().map(p -> java.nio.file.Path.of(p).getFileName().toString()).orElse(""));
        text(s, r, 0, SettingKey.VALORI_MANCANTI.header());
        text(s, r, 1, st.missingValues().italian());
    }

    private void bands(List<Band> bands) {
        Sheet s = wb.createSheet(PlanReader.BANDS);
        header(s, BandColumn.values(), new int[] {12, 30});
        for (int i = 0; i < bands.size(); i++) {
            percent(s, i + 1, 0, bands.get(i).from());
            text(s, i + 1, 1, bands.get(i).esito());
        }
    }

    private void services(List<Service> services) {
        Sheet s = wb.createSheet(PlanReader.SERVICES);
        header(s, ServiceColumn.values(), new int[] {12, 30, 24, 24, 24, 36, 24, 24, 24, 18, 30, 50});
        int r = 1;
        for (Service v : services) {
            String[] values = {v.code(), v.direction(), v.director(), v.sector(), v.sectorResponsible(), v.name(), v.manager(), v.responsible(),
                v.politicalReferent(), v.classification(), v.staff(), v.functions()};
            for (int c = 0; c < values.length; c++) {
                text(s, r, c, values[c]);
            }
            r++;
        }
    }

    private void objectives(List<Objective> objectives) {
        Sheet s = wb.createSheet(PlanReader.OBJECTIVES);
        header(s, ObjectiveColumn.values(), new int[] {14, 12, 40, 60, 16, 18, 16, 8, 12, 12, 12, 24, 24, 14, 14, 24, 24, 16});
        list(s, ObjectiveColumn.PLURIENNALE.ordinal(), "SI", "NO");
        list(s, ObjectiveColumn.AGGREGAZIONE.ordinal(), "media pesata", "tutti");
        int r = 1;
        for (Objective o : objectives) {
            int c = 0;
            for (String t : new String[] {o.code(), o.serviceCode(), o.title(), o.description(), o.type(), o.linkedTo(), o.missionProgram()}) {
                text(s, r, c++, t);
            }
            number(s, r, c++, o.weight());
            dateOrText(s, r, c++, o.start(), o.startText());
            dateOrText(s, r, c++, o.end(), o.endText());
            text(s, r, c++, o.multiYear() ? "SI" : "NO");
            text(s, r, c++, o.humanResources());
            text(s, r, c++, o.financialResources());
            number(s, r, c++, o.revenue());
            number(s, r, c++, o.expense());
            text(s, r, c++, o.otherServices());
            text(s, r, c++, o.responsible());
            text(s, r, c, o.aggregation().italian());
            r++;
        }
    }

    private void indicators(Plan plan) {
        Sheet s = wb.createSheet(PlanReader.INDICATORS);
        TreeSet<LocalDate> targetDates = new TreeSet<>();
        TreeSet<LocalDate> weightDates = new TreeSet<>();
        plan.indicators().forEach(i -> {
            targetDates.addAll(i.intermediateTargets().keySet());
            weightDates.addAll(i.intermediateWeights().keySet());
        });
        header(s, IndicatorColumn.values(), new int[] {12, 14, 60, 14, 16, 16, 8, 14, 9, 9, 13, 12});
        int base = IndicatorColumn.values().length;
        Row head = s.getRow(0);
        int c0 = base;
        for (LocalDate d : targetDates) {
            headerCell(head, c0, "Target " + d.format(DAY_MONTH), 16);
            c0++;
        }
        for (LocalDate d : weightDates) {
            headerCell(head, c0, "Peso " + d.format(DAY_MONTH), 10);
            c0++;
        }
        list(s, IndicatorColumn.TIPO.ordinal(), "PERFORMANCE", "RISULTATO");
        list(s, IndicatorColumn.DIMENSIONE.ordinal(), "EFFICIENZA", "EFFICACIA", "ECONOMICITA'", "QUALITA'");
        list(s, IndicatorColumn.POLARITA.ordinal(), "crescente", "decrescente");
        list(s, IndicatorColumn.CUMULATIVO.ordinal(), "SI", "NO");
        int r = 1;
        for (Indicator i : plan.indicators()) {
            int c = 0;
            for (String t : new String[] {i.code(), i.objectiveCode(), i.description(), i.type(), i.dimension(), i.target().text()}) {
                text(s, r, c++, t);
            }
            number(s, r, c++, i.weight());
            text(s, r, c++, i.unit());
            number(s, r, c++, i.min());
            number(s, r, c++, i.max());
            text(s, r, c++, i.polarity().italian());
            text(s, r, c++, i.cumulative() ? "SI" : "NO");
            c++; // Baseline: a relative target is written resolved (">= 210 (+5% su 200)"), which needs none
            for (LocalDate d : targetDates) {
                if (i.intermediateTargets().containsKey(d)) {
                    text(s, r, c, i.intermediateTargets().get(d).text());
                }
                c++;
            }
            for (LocalDate d : weightDates) {
                number(s, r, c++, Optional.ofNullable(i.intermediateWeights().get(d)));
            }
            r++;
        }
    }

    private void phases(List<Phase> phases) {
        Sheet s = wb.createSheet(PlanReader.PHASES);
        header(s, PhaseColumn.values(), new int[] {14, 8, 60, 20});
        int r = 1;
        for (Phase p : phases) {
            text(s, r, 0, p.objectiveCode());
            text(s, r, 1, p.phase());
            text(s, r, 2, p.description());
            text(s, r, 3, p.monthsText().isEmpty() ? Months.format(p.months()) : p.monthsText());
            r++;
        }
    }

    private void data(Plan plan) {
        Sheet s = wb.createSheet(PlanReader.DATA);
        header(s, DataColumn.values(), new int[] {12, 12, 50});
        int base = DataColumn.values().length;
        for (int k = 0; k < plan.dataYears().size(); k++) {
            headerCell(s.getRow(0), base + k, String.valueOf(plan.dataYears().get(k)), 10);
        }
        int r = 1;
        for (DataRow d : plan.dataRows()) {
            text(s, r, 0, d.code());
            text(s, r, 1, d.serviceCode());
            text(s, r, 2, d.description());
            for (int k = 0; k < plan.dataYears().size(); k++) {
                number(s, r, base + k, d.valueOf(plan.dataYears().get(k)));
            }
            r++;
        }
    }

    // ---------------------------------------------------------------- cells

    private static String help(Column c) {
        return switch (c.header()) {
            case "Codice" -> "Codice unico nel foglio (lettere, cifre, '_' ; es. ZN08). Compare nei nomi delle celle delle schede.";
            case "Servizio" -> "Il codice del servizio (foglio Servizi) o, nel foglio Servizi, il nome del servizio.";
            case "Obiettivo" -> "Il codice dell'obiettivo (foglio Obiettivi).";
            case "Peso" -> "Percentuale (20%) o coefficiente (1,2); normalizzato se la somma non è 100. Vuoto ovunque = pesi uguali.";
            case "Target" -> "Es. 24000, 1.200, 75%, 1200/3, 1500 su 2000, >=5, almeno 1, <=30, non superiore al 5%, tra 5 e 10,"
                    + " 31/12/2024, entro l'anno, I semestre 2024, +5% (con la Baseline), SI. Altro testo = qualitativo.";
            case "Tipo" -> "Obiettivi: sintesi, sviluppo, mantenimento, strategico... Indicatori: PERFORMANCE o RISULTATO.";
            case "Dimensione" -> "EFFICIENZA, EFFICACIA, ECONOMICITA' o QUALITA'.";
            case "Unità di misura" -> "Es. numero, %, giorni, euro, scala 1-5 (implica Minimo 1 e Massimo 5).";
            case "Minimo", "Massimo" -> "Valore plausibile più basso / più alto che l'ufficio può dichiarare (facoltativo).";
            case "Polarità" -> "crescente (più alto è meglio) o decrescente (più basso è meglio); vuota = dedotta dal target.";
            case "Cumulativo" -> "SI se il valore si accumula nell'anno (viene proiettato alla verifica finale).";
            case "Baseline" -> "Valore di partenza (es. il valore dell'anno precedente) per i target scritti come variazione:"
                    + " +5%, incremento del 10%, riduzione del 10% rispetto al 2023, mantenimento.";
            case "Aggregazione" -> "media pesata (default) oppure tutti: 100% solo se ogni indicatore raggiunge il target.";
            case "Collegato a" -> "Codice dell'obiettivo padre, oppure la linea strategica del DUP.";
            case "Missione/Programma" -> "Es. 12 / 1203.";
            case "Data inizio", "Data fine" -> "Una data (gg/mm/aaaa) o un testo (es. Giugno 2021).";
            case "Pluriennale" -> "SI o NO.";
            case "Mesi" -> "Es. GEN-MAR oppure GEN, GIU, DIC.";
            case "Da %" -> "Punteggio minimo della fascia (es. 60%), in ordine crescente.";
            default -> "";
        };
    }

    private void header(Sheet s, Column[] cols, int[] widths) {
        List<String> names = new ArrayList<>();
        List<Integer> ws = new ArrayList<>();
        List<String> helps = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            names.add(cols[i].header());
            ws.add(i < widths.length ? widths[i] : 14);
            helps.add(help(cols[i]));
        }
        header(s, names, ws, helps);
    }

    private void header(Sheet s, List<String> names, List<Integer> widths, List<String> helps) {
        Row row = s.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell c = headerCell(row, i, names.get(i), widths.get(i));
            if (!helps.get(i).isEmpty()) {
                ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 4);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = s.createDrawingPatriarch().createCellComment(anchor);
                comment.setString(wb.getCreationHelper().createRichTextString(helps.get(i)));
                comment.setAuthor("peg");
                c.setCellComment(comment);
            }
        }
        s.createFreezePane(0, 1);
    }

    private Cell headerCell(Row row, int col, String text, int width) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(headerStyle);
        row.getSheet().setColumnWidth(col, width * 256);
        return c;
    }

    private void list(Sheet s, int col, String... values) {
        DataValidationHelper helper = s.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, LAST_INPUT_ROW, col, col));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Valore non valido", "Scegliere dall'elenco: " + String.join(", ", values));
        s.addValidationData(v);
    }

    private static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.createCell(c);
    }

    private static void text(Sheet s, int r, int c, String value) {
        Cell cell = cell(s, r, c);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private static void number(Sheet s, int r, int c, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            cell(s, r, c).setCellValue(value.get().doubleValue());
        }
    }

    private void percent(Sheet s, int r, int c, BigDecimal fraction) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(fraction.doubleValue());
        cell.setCellStyle(percentStyle);
    }

    private void dateOrText(Sheet s, int r, int c, Optional<LocalDate> date, String text) {
        if (date.isPresent() && (text.isEmpty() || text.equals(date.get().format(FULL)))) {
            Cell cell = cell(s, r, c);
            cell.setCellValue(date.get());
            cell.setCellStyle(dateStyle);
        } else {
            text(s, r, c, text);
        }
    }

    static String italian(BigDecimal value) {
        return Decimals.italian(value);
    }
}
