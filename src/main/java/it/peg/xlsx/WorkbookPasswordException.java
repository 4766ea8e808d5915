package it.peg.xlsx;

/** The workbook is encrypted with a password: it cannot be read until the password is taken off. */
public final class WorkbookPasswordException extends Exception {
    WorkbookPasswordException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
