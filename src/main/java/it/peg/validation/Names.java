package it.peg.validation;

import it.peg.domain.Findings;
import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;

import java.util.Locale;
import java.util.Optional;

/**
 * Looks up the defined names of the contract; a name the workbook no longer has means the workbook
 * was damaged (rows deleted, names removed), which is reported once per name.
 */
final class Names {
    private final RawWorkbook wb;
    private final Findings findings;

    Names(RawWorkbook wb, Findings findings) {
        this.wb = wb;
        this.findings = findings;
    }

    Optional<RawCell> cell(String name, String subject) {
        Optional<RawCell> c = wb.cell(name.toUpperCase(Locale.ROOT));
        if (c.isEmpty()) {
            findings.add(new Spot(wb.fileName(), "", "", subject).error(FindingCodes.NAME_MISSING, "", name,
                    "Nella scheda manca il nome definito " + name + ": la scheda è stata danneggiata (righe o celle"
                            + " eliminate, nomi cancellati) e il valore non può essere letto. Ricopiare i valori nella scheda"
                            + " originale ricevuta dal controllo di gestione e rinviarla."));
        }
        return c;
    }
}
