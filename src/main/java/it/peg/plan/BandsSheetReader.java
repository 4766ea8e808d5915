package it.peg.plan;

import it.peg.domain.Band;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;
import it.peg.italian.ParsedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Fasce sheet: the achievement bands (from a percentage, the esito); none when the sheet has no usable row. */
final class BandsSheetReader {
    private final SheetReading reading;

    BandsSheetReader(SheetReading reading) {
        this.reading = reading;
    }

    List<Band> read(PlanTable sheet) {
        Optional<Map<BandColumn, Integer>> cols = reading.header(sheet, BandColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>();
        reading.eachLine(sheet, cols.get(), BandColumn.DA, line -> {
            Optional<ParsedNumber> from = reading.cells().number(line.cell(BandColumn.DA)).flatMap(o -> o);
            String esito = line.text(BandColumn.ESITO);
            if (from.isEmpty()) {
                reading.add(Severity.ERRORE, FindingCode.NUMERO_NON_VALIDO, PlanReader.BANDS, line.ref(BandColumn.DA), "", line.text(BandColumn.DA),
                        "una percentuale (es. 60%)", "La soglia della fascia non è una percentuale: scrivere ad esempio 60%.");
            } else if (esito.isEmpty()) {
                reading.add(Severity.ERRORE, FindingCode.VALORE_MANCANTE, PlanReader.BANDS, line.ref(BandColumn.ESITO), "", "", "un esito",
                        "Manca l'esito della fascia: scriverlo (es. Raggiunto).");
            } else {
                bands.add(new Band(SettingsSheetReader.fraction(from.get(), BigDecimal.ONE), esito));
            }
        });
        return bands;
    }
}
