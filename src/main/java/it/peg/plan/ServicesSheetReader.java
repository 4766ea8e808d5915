package it.peg.plan;

import it.peg.domain.FindingCode;
import it.peg.domain.Service;
import it.peg.domain.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Servizi sheet: one {@link Service} per row with a code; a plan without any is not valid. */
final class ServicesSheetReader {
    private final SheetReading reading;

    ServicesSheetReader(SheetReading reading) {
        this.reading = reading;
    }

    List<Service> read(PlanTable sheet) {
        Optional<Map<ServiceColumn, Integer>> cols = reading.header(sheet, ServiceColumn.class, new LinkedHashMap<>());
        if (cols.isEmpty()) {
            return List.of();
        }
        List<Service> services = new ArrayList<>();
        reading.eachLine(sheet, cols.get(), ServiceColumn.CODICE, l -> services.add(new Service(l.text(ServiceColumn.CODICE), l.text(ServiceColumn.DIREZIONE), l.text(ServiceColumn.DIRETTORE),
                    l.text(ServiceColumn.SETTORE), l.text(ServiceColumn.RESPONSABILE_SETTORE), l.text(ServiceColumn.SERVIZIO), l.text(ServiceColumn.DIRIGENTE),
                    l.text(ServiceColumn.RESPONSABILE), l.text(ServiceColumn.REFERENTE_POLITICO),
                    l.text(ServiceColumn.CLASSIFICAZIONE), l.text(ServiceColumn.PERSONALE), l.text(ServiceColumn.FUNZIONI), l.row())));
        if (services.isEmpty()) {
            // nothing to generate, nothing to score: such a plan is not "valido"
            reading.add(Severity.ERRORE, FindingCode.PIANO_SENZA_SERVIZI, PlanReader.SERVICES, "", "", "", "almeno un servizio",
                    "Il foglio '" + sheet.name() + "' non contiene alcun servizio: aggiungere una riga per ogni servizio"
                            + " (almeno il Codice e il nome del Servizio) sotto l'intestazione.");
        }
        return services;
    }
}
