package it.peg.domain;

import java.util.Collection;

/**
 * Italian counts with the noun agreeing with the number: {@code 1 errore}, {@code 2 errori}, {@code 0 errori}.
 * Every message that puts a number before a noun goes through here, so that "1 errori" cannot be written.
 */
public final class Plural {
    private Plural() {
    }

    /** {@code n} followed by the singular when {@code n} is 1, else the plural: {@code count(1, "servizio mancante", "servizi mancanti")}. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public static String errors(long n) {
        return count(n, "errore", "errori");
    }

    public static String warnings(long n) {
        return count(n, "avviso", "avvisi");
    }

    public static String files(long n) {
        return count(n, "file", "file");
    }

    public static String services(long n) {
        return count(n, "servizio", "servizi");
    }

    /** {@code 1 errore, 2 avvisi}: the totals of a list of findings. */
    public static String totals(Collection<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        return errors(errors) + ", " + warnings(findings.size() - errors);
    }
}
