package it.peg.summary;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What one service's sheet of the Schede per la valutazione is made from, as a digest: its form (every text and
 * number the sheet shows of the service: code, name, responsabile, each objective's line, the totals, which carry
 * the plan's part, the submission's values and causes, the scores and the Nucleo's judgement) and what every sheet
 * prints of the workbook (the heading with the ente and the year, the verifica, the ente in the page header) and
 * whether it is the selected first sheet. Made from the form, never from the rendered sheet: an unchanged service's
 * sheet is then copied without being rendered. Equal keys, equal sheets, for one build: the layout code is the
 * running build's, and merge keeps the index of the last file per build.
 */
final class ValutazioneSheetKey {
    private static final String FORMAT = "valutazione-sheet/1";
    static final int KEY_BYTES = 16;

    private ValutazioneSheetKey() {
    }

    static String of(ValutazioneForm form, String heading, String verifica, String ente, boolean first) {
        StringBuilder sb = new StringBuilder(1024).append(FORMAT).append('\n');
        text(sb, heading);
        text(sb, verifica);
        text(sb, ente);
        sb.append(first ? 'F' : 'n');
        text(sb, form.serviceCode());
        text(sb, form.serviceName());
        text(sb, form.responsible());
        number(sb, form.totalWeight());
        number(sb, form.total());
        sb.append(form.rows().size()).append('\n');
        for (ValutazioneForm.Row r : form.rows()) {
            text(sb, r.objective());
            number(sb, r.weight());
            number(sb, r.computed());
            number(sb, r.nucleo());
            text(sb, r.causes());
            text(sb, r.nucleoNote());
        }
        // 128 of SHA-256's bits: 10,000 keys are held twice in a night whose heap is at its limit
        return HexFormat.of().formatHex(it.peg.io.Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8)), 0, KEY_BYTES);
    }

    /**
     * What every sheet's key made from its inputs starts with ({@link #ofInputs}): this form of key and what every
     * sheet prints, taken by SHA-256 once per workbook.
     */
    static ServiceInputKeys.Prefix inputsPrefix(String heading, String verifica, String ente) {
        StringBuilder sb = new StringBuilder(256).append(FORMAT).append("/inputs\n");
        text(sb, heading);
        text(sb, verifica);
        text(sb, ente);
        return new ServiceInputKeys.Prefix(sb.toString());
    }

    /**
     * The key of a service's sheet made from its inputs ({@link ServiceInputKeys}: its part of the plan, its files,
     * the Nucleo's overrides, the verifica) and what every sheet prints ({@link #inputsPrefix}), without making its
     * form: what the form is made from, so equal keys, equal sheets, for one build. Another form of key than
     * {@link #of}'s.
     */
    static String ofInputs(ServiceInputKeys.Prefix prefix, byte[] serviceInputs, boolean first) {
        it.peg.io.Sha256.Incremental md = prefix.fresh();
        md.update((byte) (first ? 'F' : 'n'));
        md.update(serviceInputs);
        return HexFormat.of().formatHex(md.digest(), 0, KEY_BYTES);
    }

    /** Length-prefixed, so that no text can pass for the next field's. */
    private static void text(StringBuilder sb, String s) {
        sb.append(s.length()).append(':').append(s).append('\n');
    }

    /** The exact decimal (unscaled value and scale), or a mark for none. */
    private static void number(StringBuilder sb, Optional<BigDecimal> n) {
        if (n.isEmpty()) {
            sb.append("-\n");
        } else {
            text(sb, n.get().toString());
        }
    }
}
