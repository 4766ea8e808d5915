package it.peg.merge;

import it.peg.domain.Verifica;

import java.time.LocalDate;
import java.util.List;

/** Picks the verifica a date stands for (SPEC section 2). */
public final class Verifiche {
    private Verifiche() {
    }

    /**
     * The verifica whose date equals {@code date}, else the latest one before it; before the first verifica,
     * the first one. {@code verifiche} is chronological and not empty (as in {@code Settings}).
     */
    public static Verifica at(List<Verifica> verifiche, LocalDate date) {
        Verifica chosen = verifiche.get(0);
        for (Verifica v : verifiche) {
            if (!v.date().isAfter(date)) {
                chosen = v;
            }
        }
        return chosen;
    }
}
