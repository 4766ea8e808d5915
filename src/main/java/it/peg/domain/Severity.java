package it.peg.domain;

/** How serious a finding is. Names are Italian because they are printed as-is to users. */
public enum Severity {
    /** Blocks the value or the whole file. */
    ERRORE,
    /** Informs; the value is still used. */
    AVVISO
}
