package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.domain.Findings;
import it.peg.domain.Plan;
import it.peg.domain.Service;

import java.util.Locale;
import java.util.Optional;

/**
 * A workbook is recognised by what it records (its hidden sheet), never by its file name; but a file whose name
 * starts with another service's code ({@code <code> - <service>.xlsx}, as generate names them) was probably renamed
 * or sent in place of another: an AVVISO says so, naming both services.
 */
public final class FileNameCheck {
    private FileNameCheck() {
    }

    static void check(Plan plan, Service recognised, String fileName, Findings findings) {
        Optional<Service> named = namedService(plan, fileName);
        if (named.isEmpty() || named.get().code().equals(recognised.code())) {
            return;
        }
        Service other = named.get();
        findings.add(Spot.file(fileName).warning(FindingCode.NOME_FILE_ALTRO_SERVIZIO, fileName,
                recognised.code(),
                "Il nome del file indica il servizio " + other.code() + " (" + other.name() + "), ma la scheda è quella"
                        + " del servizio " + recognised.code() + " (" + recognised.name() + ") ed è letta come tale. Se"
                        + " il file è stato rinominato per errore, ridargli il nome della scheda di " + recognised.code()
                        + "; se è stata inviata la scheda sbagliata, inviare quella del servizio " + other.code() + "."));
    }

    /** The service whose code the file name starts with, as generate writes it ("CODE - name.xlsx"), if any. */
    public static Optional<Service> namedService(Plan plan, String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        int dash = stem.indexOf(" - ");
        String head = fold(dash >= 0 ? stem.substring(0, dash) : stem);
        for (Service s : plan.services()) {
            if (fold(s.code()).equals(head)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Codes as file names carry them: characters no file name may hold become spaces; case aside. */
    private static String fold(String s) {
        return s.replaceAll("[/\\\\:*?\"<>|]", " ").replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    }
}
