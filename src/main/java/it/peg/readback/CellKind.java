package it.peg.readback;

/** What a cell held in the file, before any interpretation. */
public enum CellKind {
    /** Empty, or absent from the sheet. */
    BLANK,
    /** A number (may be a date serial: see {@link RawCell#dateFormatted()}). */
    NUMBER,
    /** A string (shared, inline or formula string result). */
    TEXT,
    /** A boolean (LibreOffice stores VERO/FALSO typed in a General cell as a boolean). */
    BOOLEAN,
    /** An error value such as #DIV/0! (the text holds it). */
    ERROR
}
