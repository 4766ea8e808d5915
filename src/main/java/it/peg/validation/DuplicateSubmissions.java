package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Submission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Several valid files for the same service: the newest by received time counts (ties broken by file
 * name, the last in alphabetical order winning, so the result never depends on directory order), or, for a verifica,
 * the newest that reports anything at it. Every
 * file involved gets an AVVISO naming the others and the one that counts: a re-sent, corrected scheda is
 * normal, but the controllo di gestione must see it.
 */
public final class DuplicateSubmissions {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Rome"));
    /** Oldest first; the last one counts. */
    static final Comparator<ReceivedSubmission> ORDER = Comparator.comparing(ReceivedSubmission::received)
            .thenComparing(ReceivedSubmission::fileName);

    /**
     * @param counting the submission that counts for each service, in the order services were first seen
     * @param findings one AVVISO per file of a service with more than one file
     */
    public record Resolution(List<Submission> counting, List<Finding> findings) {
        public Resolution {
            counting = List.copyOf(counting);
            findings = List.copyOf(findings);
        }
    }

    private DuplicateSubmissions() {
    }

    /** The newest file of each service counts, whatever it reports (generate --from: values of every verifica). */
    public static Resolution resolve(List<ReceivedSubmission> received) {
        return resolve(received, Optional.empty());
    }

    /**
     * The newest file of each service that reports anything at {@code verifica} counts, else the newest: a blank scheda
     * (SCHEDA_NON_COMPILATA: not a delivery) sent after a filled one does not undo that delivery, as it did ("non
     * compilata", the office's values gone from the summary).
     */
    public static Resolution resolve(List<ReceivedSubmission> received, LocalDate verifica) {
        return resolve(received, Optional.of(verifica));
    }

    private static Resolution resolve(List<ReceivedSubmission> received, Optional<LocalDate> verifica) {
        Objects.requireNonNull(received, "received");
        Map<String, List<ReceivedSubmission>> byService = new LinkedHashMap<>();
        for (ReceivedSubmission r : received) {
            byService.computeIfAbsent(r.serviceCode(), k -> new ArrayList<>()).add(r);
        }
        List<Submission> counting = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<ReceivedSubmission>> e : byService.entrySet()) {
            List<ReceivedSubmission> files = new ArrayList<>(e.getValue());
            files.sort(ORDER);
            ReceivedSubmission newest = files.get(files.size() - 1);
            ReceivedSubmission winner = counting(files, verifica);
            String which = winner == newest ? "la più recente" : "la più recente che riporta valori per la verifica";
            counting.add(winner.submission());
            if (files.size() == 1) {
                continue;
            }
            String all = files.stream().map(f -> "'" + f.fileName() + "' (" + TIME.format(f.received()) + ")")
                    .collect(Collectors.joining(", "));
            for (ReceivedSubmission f : files) {
                boolean counts = f == winner;
                String others = files.stream().filter(o -> o != f).map(o -> "'" + o.fileName() + "'")
                        .collect(Collectors.joining(", "));
                findings.add(new Spot(f.fileName(), "", "", e.getKey()).warning(FindingCode.SCHEDA_DUPLICATA, f.fileName(),
                        winner.fileName(),
                        "Per il servizio " + e.getKey() + " sono arrivate più schede: " + all + ". "
                                + (counts ? "Conta questa, " + which + "; " + others + (files.size() > 2 ? " non contano" : " non conta")
                                : "Conta '" + winner.fileName() + "', " + which + "; questa non conta")
                                + ". Se deve contare un'altra scheda, rinviarla."));
            }
        }
        return new Resolution(counting, findings);
    }

    /** Of files oldest first: the newest reporting anything at the verifica, else the newest. */
    private static ReceivedSubmission counting(List<ReceivedSubmission> files, Optional<LocalDate> verifica) {
        if (verifica.isPresent()) {
            for (int i = files.size() - 1; i >= 0; i--) {
                if (files.get(i).submission().reportsAnythingAt(verifica.get())) {
                    return files.get(i);
                }
            }
        }
        return files.get(files.size() - 1);
    }
}
