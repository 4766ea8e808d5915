package it.peg.plan;

import it.peg.domain.FindingCode;
import it.peg.domain.Phase;
import it.peg.domain.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Fasi sheet: the phases of an objective, each with its months ({@link Months}). */
final class PhasesSheetReader {
    private final SheetReading reading;

    PhasesSheetReader(SheetReading reading) {
        this.reading = reading;
    }

    List<Phase> read(PlanTable sheet) {
        Optional<Map<PhaseColumn, Integer>> cols = reading.header(sheet, PhaseColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Phase> phases = new ArrayList<>();
        reading.eachLine(sheet, cols.get(), PhaseColumn.OBIETTIVO, l -> {
            String monthsText = l.text(PhaseColumn.MESI);
            Optional<List<Integer>> months = Months.parse(monthsText);
            if (months.isEmpty()) {
                reading.add(Severity.ERRORE, FindingCode.MESI_NON_VALIDI, PlanReader.PHASES, l.ref(PhaseColumn.MESI), l.text(PhaseColumn.OBIETTIVO), monthsText,
                        "es. GEN-MAR oppure GEN, GIU, DIC", "Mesi non riconosciuti: scrivere i mesi abbreviati (GEN ... DIC) o per esteso,"
                                + " separati da virgole, con '-' per un intervallo (es. GEN-MAR, GIU).");
            }
            phases.add(new Phase(l.text(PhaseColumn.OBIETTIVO), l.text(PhaseColumn.FASE), l.text(PhaseColumn.DESCRIZIONE),
                    months.orElse(List.of()), monthsText, l.row()));
        });
        return phases;
    }
}
