package it.peg.plan;

import java.io.IOException;
import java.nio.file.Path;

import static it.peg.plan.Xlsx.row;

/** Plan fixtures for tests outside this package. */
public final class PlanFixtures {
    private PlanFixtures() {
    }

    /** A plan whose I1 target is an impossible date and whose I2 target is interpreted. */
    public static Path withBadTarget(Path file) throws IOException {
        return Xlsx.minimal().sheet("Indicatori", row("Codice", "Obiettivo", "Descrizione", "Target", "Peso"),
                row("I1", "O1", "Pratiche", "31/02/2024", 50), row("I2", "O1", "Avvio", "Settembre 2024", 50)).write(file);
    }
}
