package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.domain.Findings;
import it.peg.domain.Plan;
import it.peg.domain.Service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
        return Optional.ofNullable(folded(plan).get(head));
    }

    /**
     * The plan's services by folded code, the first of each as the scan over the plan found it. Every file asked for
     * it, folding every code with two regular expressions each time: quadratic, 20% of the reading threads' time in
     * a consolidate of 2,000 files. Kept for the plan last asked, checked by identity, as {@code Plan} keeps its index.
     */
    private static volatile Folded lastFolded;

    private record Folded(Plan plan, Map<String, Service> byCode) {
    }

    private static Map<String, Service> folded(Plan plan) {
        Folded f = lastFolded;
        if (f == null || f.plan() != plan) {
            Map<String, Service> byCode = new HashMap<>();
            for (Service s : plan.services()) {
                byCode.putIfAbsent(fold(s.code()), s);
            }
            f = new Folded(plan, byCode);
            lastFolded = f;
        }
        return f.byCode();
    }

    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[/\\\\:*?\"<>|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Codes as file names carry them: characters no file name may hold become spaces; case aside. */
    private static String fold(String s) {
        return SPACES.matcher(NOT_IN_FILE_NAMES.matcher(s).replaceAll(" ")).replaceAll(" ").strip()
                .toUpperCase(Locale.ROOT);
    }
}
