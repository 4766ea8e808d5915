package it.peg.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Impostazioni and Fasce sheets of the plan.
 *
 * @param ente                   the municipality's name
 * @param year                   the plan year
 * @param verifiche              monitoring dates in chronological order; the last one is final
 * @param minimumThreshold       below this achievement (a fraction) an indicator scores 0
 * @param cap                    cap on one indicator's achievement (a fraction, 1 = 100%)
 * @param deadlineToleranceDays  days after a deadline over which a late completion scores linearly down to 0
 * @param bands                  score bands, ascending by {@link Band#from()}
 * @param logo                   the absolute path of the comune's emblem (a PNG file checked when the plan was
 *                               read), shown on every scheda and summary; empty: none. A text, as merge's cache
 *                               stores the settings
 * @param missingValues          how a due value left empty counts ({@code Valori mancanti})
 * @param template               the scheda template the plan asks for ({@code Modello}: a template's name or a path
 *                               relative to the plan's folder, as written); empty: the default. How a scheda looks,
 *                               not what it asks: left out of the plan fingerprint
 */
public record Settings(String ente, int year, List<Verifica> verifiche, BigDecimal minimumThreshold,
                       BigDecimal cap, int deadlineToleranceDays, List<Band> bands, Optional<String> logo,
                       MissingValues missingValues, Optional<String> template) {
    /** Settings with the default template. */
    public Settings(String ente, int year, List<Verifica> verifiche, BigDecimal minimumThreshold, BigDecimal cap,
                    int deadlineToleranceDays, List<Band> bands, Optional<String> logo, MissingValues missingValues) {
        this(ente, year, verifiche, minimumThreshold, cap, deadlineToleranceDays, bands, logo, missingValues,
                Optional.empty());
    }

    /** Settings with the default rule for missing values ({@code non valutati}). */
    public Settings(String ente, int year, List<Verifica> verifiche, BigDecimal minimumThreshold, BigDecimal cap,
                    int deadlineToleranceDays, List<Band> bands, Optional<String> logo) {
        this(ente, year, verifiche, minimumThreshold, cap, deadlineToleranceDays, bands, logo,
                MissingValues.NOT_VALUED);
    }

    /** Settings without a logo. */
    public Settings(String ente, int year, List<Verifica> verifiche, BigDecimal minimumThreshold, BigDecimal cap,
                    int deadlineToleranceDays, List<Band> bands, MissingValues missingValues) {
        this(ente, year, verifiche, minimumThreshold, cap, deadlineToleranceDays, bands, Optional.empty(),
                missingValues);
    }

    public Settings {
        Objects.requireNonNull(missingValues, "missingValues");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(ente, "ente");
        Objects.requireNonNull(logo, "logo");
        verifiche = List.copyOf(verifiche);
        Objects.requireNonNull(minimumThreshold, "minimumThreshold");
        Objects.requireNonNull(cap, "cap");
        bands = List.copyOf(bands);
        if (verifiche.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one verifica");
        }
        for (int i = 1; i < verifiche.size(); i++) {
            if (!verifiche.get(i - 1).date().isBefore(verifiche.get(i).date())) {
                throw new IllegalArgumentException("verifiche must be strictly chronological");
            }
        }
        if (!verifiche.get(verifiche.size() - 1).isFinal()) {
            throw new IllegalArgumentException("the last verifica must be the final one");
        }
        if (deadlineToleranceDays < 0) {
            throw new IllegalArgumentException("negative deadline tolerance");
        }
    }

    /** Settings without a logo. */
    public Settings(String ente, int year, List<Verifica> verifiche, BigDecimal minimumThreshold,
                    BigDecimal cap, int deadlineToleranceDays, List<Band> bands) {
        this(ente, year, verifiche, minimumThreshold, cap, deadlineToleranceDays, bands, Optional.empty());
    }

    public Verifica finalVerifica() {
        return verifiche.get(verifiche.size() - 1);
    }

    /** The verifica whose MMDD code is {@code code}. */
    public Optional<Verifica> verificaByCode(String code) {
        return verifiche.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** The esito of a score (a fraction) according to the bands; empty when no band applies. */
    public Optional<String> esitoOf(BigDecimal score) {
        Optional<String> result = Optional.empty();
        for (Band band : bands) {
            if (score.compareTo(band.from()) >= 0) {
                result = Optional.of(band.esito());
            }
        }
        return result;
    }

    /**
     * The verifica a date refers to (SPEC section 2, {@code --at}): the verifica on that date, else the
     * latest one before it; a date before the first verifica gives the first one.
     */
    public Verifica verificaAt(java.time.LocalDate date) {
        Verifica chosen = verifiche.get(0);
        for (Verifica v : verifiche) {
            if (!v.date().isAfter(date)) {
                chosen = v;
            }
        }
        return chosen;
    }
}
