package it.peg.generate;

/** The workbook template is missing or unusable; the Italian message says how to fix it. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
