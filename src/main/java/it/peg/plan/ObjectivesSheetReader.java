package it.peg.plan;

import it.peg.domain.Aggregation;
import it.peg.domain.FindingCode;
import it.peg.domain.Objective;
import it.peg.domain.Severity;
import it.peg.italian.ItalianDates;
import it.peg.italian.ParsedDate;
import it.peg.italian.ParsedNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Obiettivi sheet: one {@link Objective} per row with a code. */
final class ObjectivesSheetReader {
    private static final String OBJECTIVES = PlanReader.OBJECTIVES;

    private final SheetReading reading;
    private final Cells cells;

    ObjectivesSheetReader(SheetReading reading) {
        this.reading = reading;
        this.cells = reading.cells();
    }

    List<Objective> read(PlanTable sheet, int year) {
        Optional<Map<ObjectiveColumn, Integer>> cols = reading.header(sheet, ObjectiveColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Objective> objectives = new ArrayList<>();
        reading.eachLine(sheet, cols.get(), ObjectiveColumn.CODICE, l -> {
            String code = l.text(ObjectiveColumn.CODICE);
            Optional<LocalDate> start = cells.shared(date(l, ObjectiveColumn.DATA_INIZIO, code, year));
            Optional<LocalDate> end = cells.shared(date(l, ObjectiveColumn.DATA_FINE, code, year));
            String aggregationText = Headers.normalise(l.text(ObjectiveColumn.AGGREGAZIONE));
            Aggregation aggregation = Aggregation.WEIGHTED_MEAN;
            if (aggregationText.equals("tutti") || aggregationText.startsWith("tutti ")) {
                aggregation = Aggregation.ALL;
            } else if (!aggregationText.isEmpty() && !aggregationText.startsWith("media")) {
                reading.add(Severity.ERRORE, FindingCode.VALORE_NON_VALIDO, OBJECTIVES, l.ref(ObjectiveColumn.AGGREGAZIONE), code,
                        l.text(ObjectiveColumn.AGGREGAZIONE), "media pesata | tutti",
                        "Aggregazione non riconosciuta: scrivere 'media pesata' (il default) oppure 'tutti' (raggiunto solo se ogni indicatore raggiunge il target).");
            }
            objectives.add(new Objective(code, l.text(ObjectiveColumn.SERVIZIO), l.text(ObjectiveColumn.TITOLO),
                    l.text(ObjectiveColumn.DESCRIZIONE), l.text(ObjectiveColumn.TIPO), l.text(ObjectiveColumn.COLLEGATO_A),
                    l.text(ObjectiveColumn.MISSIONE_PROGRAMMA), reading.weight(l, ObjectiveColumn.PESO, OBJECTIVES, code),
                    start, l.text(ObjectiveColumn.DATA_INIZIO), end, l.text(ObjectiveColumn.DATA_FINE),
                    reading.yesNo(l, ObjectiveColumn.PLURIENNALE, OBJECTIVES, code), l.text(ObjectiveColumn.RISORSE_UMANE),
                    l.text(ObjectiveColumn.RISORSE_FINANZIARIE), amount(l, ObjectiveColumn.ENTRATA, code),
                    amount(l, ObjectiveColumn.SPESA, code), l.text(ObjectiveColumn.ALTRI_SERVIZI),
                    l.text(ObjectiveColumn.RESPONSABILE), aggregation, l.row()));
        });
        return objectives;
    }

    /** An objective's start or end date; a text that is no date (31/02/2027) is an error, not a blank. */
    private Optional<LocalDate> date(TableLine<ObjectiveColumn> l, ObjectiveColumn column, String code, int year) {
        Optional<Optional<ParsedDate>> read = cells.date(l.cell(column), year);
        if (read.isPresent() && read.get().isEmpty()) {
            String text = l.text(column);
            if (ItalianDates.looksLikeDate(text)) {
                reading.add(Severity.ERRORE, FindingCode.DATA_NON_VALIDA, OBJECTIVES, l.ref(column), code, text, "una data gg/mm/aaaa",
                        "La data '" + text + "' in '" + column.header() + "' non esiste nel calendario: scriverla come"
                                + " gg/mm/aaaa (es. 31/12/" + year + ") o lasciare la cella vuota.");
            } else if (text.chars().anyMatch(Character::isLetterOrDigit)) {
                // the forms write "continuativo", "-----" for an objective without dates: a word is read as none
                reading.add(Severity.AVVISO, FindingCode.DATA_NON_RICONOSCIUTA, OBJECTIVES, l.ref(column), code, text, "una data gg/mm/aaaa",
                        "'" + text + "' in '" + column.header() + "' non è una data ed è ignorata: per indicare una data"
                                + " scriverla come gg/mm/aaaa (es. 31/12/" + year + ").");
            }
        }
        return read.flatMap(o -> o).map(ParsedDate::date);
    }

    private Optional<BigDecimal> amount(TableLine<ObjectiveColumn> l, ObjectiveColumn col, String code) {
        Optional<Optional<ParsedNumber>> n = cells.number(l.cell(col));
        if (n.isPresent() && n.get().isEmpty()) {
            reading.add(Severity.AVVISO, FindingCode.NUMERO_NON_VALIDO, OBJECTIVES, l.ref(col), code, l.text(col), "un importo in euro (es. 5.000,00)",
                    "'" + col.header() + "' non è un importo: scrivere solo la cifra (es. 5.000,00); il testo va in 'Risorse finanziarie'. Il valore è ignorato.");
        }
        return cells.shared(n.flatMap(o -> o).map(ParsedNumber::value));
    }
}
