package it.peg.plan;

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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The styles and cell writers every sheet of a plan workbook shares: header rows with their help comments,
 * drop-down lists, texts, numbers, percentages and dates. The styles are created once, in a fixed order, so the
 * workbook's bytes stay the same.
 */
final class PlanSheetCells {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LAST_INPUT_ROW = 999;

    private final SXSSFWorkbook wb;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle percentStyle;
    private final CellStyle wrapStyle;
    private final CellStyle indentStyle;
    private final CellStyle titleStyle;

    PlanSheetCells(SXSSFWorkbook wb) {
        this.wb = wb;
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

    CellStyle wrapStyle() {
        return wrapStyle;
    }

    CellStyle indentStyle() {
        return indentStyle;
    }

    CellStyle titleStyle() {
        return titleStyle;
    }

    /** The comment on a column's header: what to write in it. */
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

    void header(Sheet s, Column[] cols, int[] widths) {
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

    void header(Sheet s, List<String> names, List<Integer> widths, List<String> helps) {
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

    Cell headerCell(Row row, int col, String text, int width) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(headerStyle);
        row.getSheet().setColumnWidth(col, width * 256);
        return c;
    }

    void list(Sheet s, int col, String... values) {
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

    void text(Sheet s, int r, int c, String value) {
        Cell cell = cell(s, r, c);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    void number(Sheet s, int r, int c, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            cell(s, r, c).setCellValue(value.get().doubleValue());
        }
    }

    void percent(Sheet s, int r, int c, BigDecimal fraction) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(fraction.doubleValue());
        cell.setCellStyle(percentStyle);
    }

    void dateOrText(Sheet s, int r, int c, Optional<LocalDate> date, String text) {
        if (date.isPresent() && (text.isEmpty() || text.equals(date.get().format(FULL)))) {
            Cell cell = cell(s, r, c);
            cell.setCellValue(date.get());
            cell.setCellStyle(dateStyle);
        } else {
            text(s, r, c, text);
        }
    }
}
