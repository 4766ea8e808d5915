package it.peg.domain;

import java.util.Objects;

/**
 * One validation problem, collected rather than thrown so that a run shows every problem at once.
 *
 * @param severity ERRORE blocks the value or file, AVVISO informs
 * @param code     stable machine key of the finding type, a {@link FindingCode} (e.g. {@code VALORE_NON_NUMERICO});
 *                 grep- and test-friendly
 * @param file     file name the finding is about ("" when none)
 * @param sheet    sheet name ("" when none)
 * @param cell     A1 reference ("" when none)
 * @param subject  plan code concerned (indicator, objective, service; "" when none)
 * @param value    the value found, as text ("" when none)
 * @param expected what was expected, as text ("" when none)
 * @param message  Italian message that says how to fix it
 */
public record Finding(Severity severity, String code, String file, String sheet, String cell,
                      String subject, String value, String expected, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("finding code must not be blank");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("finding message must not be blank");
        }
    }

    /** A finding with one of peg's codes: the constructor every finding peg raises goes through. */
    public Finding(Severity severity, FindingCode code, String file, String sheet, String cell, String subject,
                   String value, String expected, String message) {
        this(severity, code.code(), file, sheet, cell, subject, value, expected, message);
    }

    /**
     * The same finding with its texts shared with every equal text already in memory: the same message,
     * sheet and cell recur in thousands of files, and a consolidation keeps every finding until the summary
     * is written.
     */
    public Finding shared() {
        return new Finding(severity, code.intern(), file.intern(), sheet.intern(), cell.intern(), subject.intern(),
                value.intern(), expected.intern(), message.intern());
    }

    /** Whether this finding has {@code code}. */
    public boolean is(FindingCode code) {
        return this.code.equals(code.code());
    }

    /** A finding with a code given as text: one read back from a file or a cache, or made up by a test. */
    public static Finding error(String code, String message) {
        return new Finding(Severity.ERRORE, code, "", "", "", "", "", "", message);
    }

    /** As {@link #error(String, String)}, an AVVISO. */
    public static Finding warning(String code, String message) {
        return new Finding(Severity.AVVISO, code, "", "", "", "", "", "", message);
    }

    public boolean isError() {
        return severity == Severity.ERRORE;
    }

    public Finding withFile(String newFile) {
        return new Finding(severity, code, newFile, sheet, cell, subject, value, expected, message);
    }

    public Finding at(String newSheet, String newCell) {
        return new Finding(severity, code, file, newSheet, newCell, subject, value, expected, message);
    }

    public Finding about(String newSubject) {
        return new Finding(severity, code, file, sheet, cell, newSubject, value, expected, message);
    }

    public Finding withValue(String newValue) {
        return new Finding(severity, code, file, sheet, cell, subject, newValue, expected, message);
    }

    public Finding expecting(String newExpected) {
        return new Finding(severity, code, file, sheet, cell, subject, value, newExpected, message);
    }

    /** "file!sheet!cell" with the empty parts left out, for messages and the summary. */
    public String location() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {file, sheet, cell}) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('!');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }
}
