package it.peg.validation;

import it.peg.domain.FindingCode;
import it.peg.domain.Findings;
import it.peg.readback.RawCell;
import it.peg.readback.RawWorkbook;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Looks up the defined names of the contract; a name the workbook no longer has means the workbook
 * was damaged (rows deleted, names removed), which is reported once per name.
 */
final class Names {
    private final RawWorkbook wb;
    private final Findings findings;
    /** Carrying forward from an older plan version: a missing name is a new input, simply empty. */
    private final boolean missingIsEmpty;
    private final Set<String> asked = new HashSet<>();

    Names(RawWorkbook wb, Findings findings) {
        this(wb, findings, false);
    }

    Names(RawWorkbook wb, Findings findings, boolean missingIsEmpty) {
        this.wb = wb;
        this.findings = findings;
        this.missingIsEmpty = missingIsEmpty;
    }

    /** Every name looked up so far (upper case); kept only when carrying forward, the one reader of it. */
    Set<String> asked() {
        return Collections.unmodifiableSet(asked);
    }

    Optional<RawCell> cell(String name, String subject) {
        // the names are made upper case (InputNames): a scan, not a copy, for each of a file's hundreds of look-ups
        String key = upperCase(name) ? name : name.toUpperCase(Locale.ROOT);
        if (missingIsEmpty) {
            asked.add(key);
        }
        Optional<RawCell> c = wb.cell(key);
        if (c.isEmpty() && !missingIsEmpty) {
            findings.add(new Spot(wb.fileName(), "", "", subject).error(FindingCode.NOME_MANCANTE, "", name,
                    "Nella scheda manca il nome definito " + name + ": la scheda è stata danneggiata (righe o celle"
                            + " eliminate, nomi cancellati) e il valore non può essere letto. Ricopiare i valori nella scheda"
                            + " originale ricevuta dal controllo di gestione e rinviarla."));
        }
        return c;
    }

    /** Whether the name is plain ASCII with no lower-case letter (toUpperCase would return it as it is). */
    private static boolean upperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch >= 'a' && ch <= 'z' || ch >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
