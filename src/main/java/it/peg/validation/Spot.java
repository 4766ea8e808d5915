package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;
import it.peg.readback.RawCell;

/** Where a finding points: file, the cell's sheet and address, and the plan code concerned. */
record Spot(String file, String sheet, String cell, String subject) {

    static Spot of(String file, RawCell cell, String subject) {
        return new Spot(file, cell.sheet(), cell.cell(), subject);
    }

    static Spot file(String file) {
        return new Spot(file, "", "", "");
    }

    Finding error(FindingCode code, String value, String expected, String message) {
        return new Finding(Severity.ERRORE, code, file, sheet, cell, subject, value, expected, message);
    }

    Finding warning(FindingCode code, String value, String expected, String message) {
        return new Finding(Severity.AVVISO, code, file, sheet, cell, subject, value, expected, message);
    }

    /** "Foglio!B12" for messages. */
    String where() {
        return sheet.isEmpty() ? cell : sheet + "!" + cell;
    }
}
