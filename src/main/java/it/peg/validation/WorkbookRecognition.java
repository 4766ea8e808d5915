package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Service;
import it.peg.readback.RawWorkbook;
import it.peg.xlsx.MetadataSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a returned workbook from its metadata sheet: a peg scheda of this plan (ente and anno),
 * of a known service, generated from the current plan content. Any failure refuses the whole file.
 */
final class WorkbookRecognition {

    /** The service the workbook belongs to, or the file-level findings that refuse it. */
    record Outcome(Optional<Service> service, List<Finding> findings) {
    }

    private WorkbookRecognition() {
    }

    static Outcome recognise(Plan plan, RawWorkbook wb, boolean acceptStale) {
        Spot spot = Spot.file(wb.fileName());
        List<Finding> findings = new ArrayList<>();
        String ente = plan.settings().ente();
        int year = plan.settings().year();
        if (!wb.meta(MetadataSheet.KEY_KIND).map(String::trim).orElse("").equals(MetadataSheet.KIND_VALUE)) {
            findings.add(spot.error(FindingCode.NON_SCHEDA_PEG, wb.meta(MetadataSheet.KEY_KIND).orElse(""),
                    "una scheda generata da peg",
                    "Il file non è una scheda di peg (manca il foglio nascosto che la identifica). Compilare la scheda"
                            + " ricevuta dal controllo di gestione, senza copiarne i valori in un altro file, e rinviarla."));
            return new Outcome(Optional.empty(), findings);
        }
        String wbEnte = wb.meta(MetadataSheet.KEY_ENTE).orElse("");
        String wbYear = wb.meta(MetadataSheet.KEY_YEAR).orElse("").trim();
        if (!CellReader.fold(wbEnte).equals(CellReader.fold(ente)) || !sameYear(wbYear, year)) {
            findings.add(spot.error(FindingCode.SCHEDA_ALTRO_PIANO, wbEnte + " " + wbYear, ente + " " + year,
                    "La scheda appartiene a un altro piano (" + wbEnte + " " + wbYear + ", non " + ente + " " + year
                            + "): controllare di aver inviato il file giusto, oppure validarla con il piano del suo anno."));
            return new Outcome(Optional.empty(), findings);
        }
        String code = wb.meta(MetadataSheet.KEY_SERVICE).orElse("").trim();
        Optional<Service> service = plan.service(code);
        if (service.isEmpty()) {
            findings.add(spot.error(FindingCode.SERVIZIO_SCONOSCIUTO, code, "un servizio del piano " + ente + " " + year,
                    "Il servizio '" + code + "' della scheda non è nel piano: il servizio è stato rinominato o eliminato."
                            + " Chiedere al controllo di gestione la scheda del servizio corretto."));
            return new Outcome(Optional.empty(), findings);
        }
        String expected = PlanFingerprint.of(plan, code);
        String found = wb.meta(MetadataSheet.KEY_FINGERPRINT).orElse("").trim();
        if (!acceptStale && !expected.equals(found)) {
            findings.add(new Spot(wb.fileName(), "", "", code).error(FindingCode.SCHEDA_NON_AGGIORNATA, shortPrint(found),
                    shortPrint(expected),
                    "La scheda è stata generata da una versione precedente del piano, che nel frattempo è cambiato:"
                            + " i suoi valori non possono essere confrontati con i target attuali. Chiedere al controllo di"
                            + " gestione la scheda aggiornata; il controllo di gestione la rigenera con "
                            + Regeneration.command(plan, code) + ", che riporta i valori già inseriti."));
            return new Outcome(Optional.empty(), findings);
        }
        return new Outcome(service, findings);
    }

    private static boolean sameYear(String text, int year) {
        try {
            return (int) Double.parseDouble(text.replace(',', '.')) == year;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shortPrint(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }
}
