package it.peg.generate;

/** The kinds of input cell a service workbook has; each decides style, validation and messages. */
enum InputType {
    NUMBER(StyleKey.INPUT_NUMERO),
    PERCENT(StyleKey.INPUT_PERCENTUALE),
    DATE(StyleKey.INPUT_DATA),
    YES_NO(StyleKey.INPUT_LISTA),
    PROGRESS(StyleKey.INPUT_PERCENTUALE),
    TEXT(StyleKey.INPUT_TESTO),
    PHASE_STATE(StyleKey.INPUT_LISTA);

    private final StyleKey style;

    InputType(StyleKey style) {
        this.style = style;
    }

    StyleKey style() {
        return style;
    }
}
