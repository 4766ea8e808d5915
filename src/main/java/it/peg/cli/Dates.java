package it.peg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Command-line dates: {@code dd/mm/yyyy} or ISO {@code yyyy-mm-dd}. */
public final class Dates {
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /**
     * {@code --at}: a date of the plan's year, whose verifiche it picks from, or of the year after, when the final
     * verifica is consolidated (its values are due in January, the Nucleo reads them in spring). Any other year is a
     * typing mistake (31/12/2030 for a 2027 plan).
     */
    public static LocalDate inPlanYear(String option, String text, it.peg.domain.Plan plan) throws UsageException {
        LocalDate date = parse(option, text);
        int year = plan.settings().year();
        if (date.getYear() != year && date.getYear() != year + 1) {
            throw new UsageException("La data " + text.trim() + " indicata con --" + option + " è fuori dall'anno del piano ("
                    + year + "): indicare una data del " + year + " (o del " + (year + 1) + " per la verifica finale),"
                    + " per esempio quella di una verifica ("
                    + plan.settings().verifiche().stream().map(it.peg.domain.Verifica::fullLabel)
                    .collect(java.util.stream.Collectors.joining(", ")) + ").");
        }
        return date;
    }

    public static LocalDate parse(String option, String text) throws UsageException {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = t.split("/");
                return LocalDate.parse(String.format("%02d/%02d/%s", Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]), ITALIAN);
            }
        } catch (DateTimeParseException e) {
            throw new UsageException("Data non valida per --" + option + ": '" + text
                    + "' non esiste. Usare gg/mm/aaaa (es. 30/09/2018) o aaaa-mm-gg (es. 2018-09-30).");
        }
        throw new UsageException("Data non riconosciuta per --" + option + ": '" + text
                + "'. Usare gg/mm/aaaa (es. 30/09/2018) o aaaa-mm-gg (es. 2018-09-30).");
    }
}
