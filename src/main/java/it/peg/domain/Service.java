package it.peg.domain;

import java.util.Objects;

/**
 * A service (servizio / centro di responsabilità): one workbook is generated for each.
 * Text fields are "" when the plan leaves them blank.
 *
 * @param code               the plan code (e.g. {@code ZN08})
 * @param direction          direzione / area
 * @param director           direttore of the direzione (Firenze)
 * @param sector             settore (Trezzo)
 * @param sectorResponsible  responsabile del settore (Trezzo: "Resp. settore")
 * @param name               servizio
 * @param manager            dirigente
 * @param responsible        responsabile (del servizio)
 * @param politicalReferent  referente politico
 * @param classification     classificazione / tipologia (Firenze: DIREZIONALE, SINTESI)
 * @param staff              personale coinvolto
 * @param functions          funzioni assegnate (free text, may be long)
 * @param row                the plan row it came from (1-based), 0 when built in code
 */
public record Service(String code, String direction, String director, String sector, String sectorResponsible,
                      String name, String manager, String responsible, String politicalReferent,
                      String classification, String staff, String functions, int row) {
    public Service {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(director, "director");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(sectorResponsible, "sectorResponsible");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(politicalReferent, "politicalReferent");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(functions, "functions");
        if (code.isBlank()) {
            throw new IllegalArgumentException("service code must not be blank");
        }
    }

    /** A service without a sector head (most plans have none). */
    public Service(String code, String direction, String director, String sector, String name, String manager,
                   String responsible, String politicalReferent, String classification, String staff,
                   String functions, int row) {
        this(code, direction, director, sector, "", name, manager, responsible, politicalReferent, classification,
                staff, functions, row);
    }
}
