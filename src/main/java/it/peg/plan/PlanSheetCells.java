package it.peg.plan;

import it.peg.xlsx.CellLook;
import it.peg.xlsx.ExcelSheetWriter;
import it.peg.xlsx.ExcelStyle;
import it.peg.xlsx.ExcelWorkbookWriter;

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

    private final ExcelStyle headerStyle;
    private final ExcelStyle dateStyle;
    private final ExcelStyle percentStyle;
    private final ExcelStyle wrapStyle;
    private final ExcelStyle indentStyle;
    private final ExcelStyle titleStyle;

    PlanSheetCells(ExcelWorkbookWriter wb) {
        headerStyle = wb.style(CellLook.plain().withBold().withFill(CellLook.Fill.PALE_BLUE).withBottomBorder().withWrap());
        dateStyle = wb.style(CellLook.plain().withFormat("dd/mm/yyyy"));
        percentStyle = wb.style(CellLook.plain().withFormat("0%"));
        wrapStyle = wb.style(CellLook.plain().withWrap());
        indentStyle = wb.style(CellLook.plain().withWrap().withIndent(2));
        titleStyle = wb.style(CellLook.plain().withBold(14));
    }

    ExcelStyle wrapStyle() {
        return wrapStyle;
    }

    ExcelStyle indentStyle() {
        return indentStyle;
    }

    ExcelStyle titleStyle() {
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

    void header(ExcelSheetWriter s, Column[] cols, int[] widths) {
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

    void header(ExcelSheetWriter s, List<String> names, List<Integer> widths, List<String> helps) {
        for (int i = 0; i < names.size(); i++) {
            headerCell(s, i, names.get(i), widths.get(i));
            if (!helps.get(i).isEmpty()) {
                s.comment(0, i, helps.get(i), "peg", 4, 4);
            }
        }
        s.freezeRows(1);
    }

    /** A header in row 1 and its column's width. */
    void headerCell(ExcelSheetWriter s, int col, String text, int width) {
        s.text(0, col, text, headerStyle);
        s.columnWidth(col, width);
    }

    void list(ExcelSheetWriter s, int col, String... values) {
        s.list(1, LAST_INPUT_ROW, col, List.of(values), "Valore non valido",
                "Scegliere dall'elenco: " + String.join(", ", values));
    }

    /** A text; an empty one is an empty cell. */
    void text(ExcelSheetWriter s, int r, int c, String value) {
        if (value.isEmpty()) {
            s.blank(r, c);
        } else {
            s.text(r, c, value);
        }
    }

    void number(ExcelSheetWriter s, int r, int c, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            s.number(r, c, value.get().doubleValue());
        }
    }

    void percent(ExcelSheetWriter s, int r, int c, BigDecimal fraction) {
        s.number(r, c, fraction.doubleValue(), percentStyle);
    }

    void dateOrText(ExcelSheetWriter s, int r, int c, Optional<LocalDate> date, String text) {
        if (date.isPresent() && (text.isEmpty() || text.equals(date.get().format(FULL)))) {
            s.date(r, c, date.get(), dateStyle);
        } else {
            text(s, r, c, text);
        }
    }
}
