package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.domain.Findings;
import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carrying forward from an older plan version: every filled input cell of the old workbook whose contract
 * name the new plan no longer has (indicator, objective, phase or Dati row removed or renamed, verifica
 * moved, indicator turned into a ratio or back) is reported, because its value will not be carried.
 */
final class DroppedInputs {
    /** Prefixes of the contract names of input cells (InputNames); the plan-cell names are not inputs. */
    private static final List<String> INPUT_PREFIXES = List.of("IN_", "CAUSA_", "FASE_", "RAGGIUNGIBILE_", "NOTE_",
            "DATO_");

    private final RawWorkbook wb;
    private final Findings findings;
    private final CellReader reader;

    DroppedInputs(RawWorkbook wb, Findings findings, CellReader reader) {
        this.wb = wb;
        this.findings = findings;
        this.reader = reader;
    }

    void report(String serviceCode, Set<String> asked) {
        for (Map.Entry<String, RawCell> e : wb.cellsView().entrySet()) {
            String name = e.getKey();
            RawCell cell = e.getValue();
            if (asked.contains(name) || cell.isBlank() || INPUT_PREFIXES.stream().noneMatch(name::startsWith)) {
                continue;
            }
            findings.add(Spot.of(wb.fileName(), cell, serviceCode).warning(FindingCode.VALORE_NON_RIPORTATO,
                    reader.display(cell), "una voce del piano attuale",
                    "Il valore della cella " + name + " non viene riportato nella nuova scheda: il piano attuale non ha"
                            + " più questa voce (indicatore, obiettivo, fase, dato o verifica eliminati, rinominati o"
                            + " cambiati di tipo). Se serve ancora, reinserirlo a mano nella nuova scheda."));
        }
    }
}
