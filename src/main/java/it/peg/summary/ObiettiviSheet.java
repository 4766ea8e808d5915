package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Objective;
import it.peg.scoring.NucleoOverride;
import it.peg.scoring.ObjectiveScore;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Obiettivi sheet: one row per objective with its score, and the Nucleo's two editable columns. The
 * sheet is protected without a password so that only the Nucleo's cells take typing by mistake; filters,
 * sorting and column widths stay free. A row whose score the Nucleo overrode is tinted and says so.
 */
final class ObiettiviSheet {
    static final String NAME = "Obiettivi";
    static final String SOURCE_COMPUTED = "calcolato";
    static final String SOURCE_NUCLEO = "Nucleo";

    private ObiettiviSheet() {
    }

    /**
     * Lays the sheet out (filter, formats, validation, protection) and returns the writer of its rows, as keyed runs
     * of objectives ({@link KeyedRows}).
     */
    static RowSheet write(SummaryStyles st, TrafficLight lights, ConsolidationResult result) {
        java.util.List<Objective> objectives = result.plan().objectives();
        int count = objectives.size();
        String formats = count > 0
                ? lights.apply(1, count, ObjectiveColumn.SCORE.index(), 0) + validation(count) : "";
        java.util.List<String> headers = Arrays.stream(ObjectiveColumn.values()).map(c -> c.header).toList();
        java.util.List<Integer> widthList = Arrays.stream(ObjectiveColumn.values()).map(c -> c.width).toList();
        int[] widths = SheetLayout.array(SheetLayout.fitted(widthList, headers));
        return RowSheet.filtered(NAME, result.plan().settings().ente(), headers, widthList, 1, count, PROTECTION,
                formats, KeyedRows.of(NAME + "/1", widths, h -> SheetLayout.header(h, 0, headers, st), count, () -> {
            String verifica = result.scores().verifica().fullLabel();
            return (rows, from, to) -> {
                for (int i = from; i < to; i++) {
                    Objective obj = objectives.get(i);
                    row(rows, i + 1, obj, scoreOf(result, obj), verifica, st);
                }
            };
        }, false, ServiceInputKeys.runs(result, ServiceInputKeys.context(NAME + "/in1", headers, widths),
                i -> objectives.get(i).code(), i -> objectives.get(i).serviceCode(), i -> i + 1),
                i -> objectives.get(i).serviceCode()));
    }

    private static void row(RowCells rows, int r, Objective obj, Optional<ObjectiveScore> score, String verifica,
                            SummaryStyles st) throws java.io.IOException {
        boolean overridden = score.map(ObjectiveScore::overridden).orElse(false);
        boolean atRisk = score.map(ObjectiveScore::atRisk).orElse(false);
        CellFormat text = overridden ? st.overrideText : st.text;
        CellFormat wrap = overridden ? st.overrideText : st.wrap;
        CellFormat pct = overridden ? st.overridePercent : st.percent;
        rows.row(r);
        rows.text(ObjectiveColumn.CODE.index(), obj.code(), text);
        rows.text(ObjectiveColumn.SERVICE.index(), obj.serviceCode(), text);
        rows.text(ObjectiveColumn.TITLE.index(), obj.title(), wrap);
        rows.number(ObjectiveColumn.WEIGHT.index(), obj.weight(), overridden ? st.overrideText : st.number);
        rows.number(ObjectiveColumn.COMPUTED.index(), score.flatMap(ObjectiveScore::computed), pct);
        rows.number(ObjectiveColumn.SCORE.index(), score.flatMap(ObjectiveScore::effective), pct);
        rows.text(ObjectiveColumn.ESITO.index(), score.flatMap(ObjectiveScore::esito).orElse(""), text);
        rows.number(ObjectiveColumn.COVERAGE.index(), score.map(ObjectiveScore::coverage), pct);
        rows.text(ObjectiveColumn.REACHABLE.index(),
                score.flatMap(ObjectiveScore::reachable).map(b -> b ? "SI" : "NO").orElse(""), text);
        rows.text(ObjectiveColumn.OFFICE_NOTES.index(), score.map(ObjectiveScore::notes).orElse(""), wrap);
        rows.text(ObjectiveColumn.AT_RISK.index(), atRisk ? "SI" : "",
                overridden ? text : atRisk ? st.flagText : st.text);
        String late = score.map(ObjectiveScore::latePhasesText).orElse("");
        rows.text(ObjectiveColumn.LATE_PHASES.index(), late, overridden ? text : late.isEmpty() ? st.text : st.flagText);
        rows.text(ObjectiveColumn.SOURCE.index(),
                score.isEmpty() ? "" : overridden ? SOURCE_NUCLEO : SOURCE_COMPUTED, text);
        rows.text(ObjectiveColumn.VERIFICA.index(), verifica, text);
        Optional<NucleoOverride> override = score.flatMap(ObjectiveScore::override);
        rows.number(ObjectiveColumn.NUCLEO_SCORE.index(), override.flatMap(NucleoOverride::score),
                st.editablePercent);
        rows.text(ObjectiveColumn.NUCLEO_NOTES.index(), override.map(NucleoOverride::note).orElse(""),
                st.editableText);
    }

    /**
     * Protected without a password so that only the Nucleo's (unlocked) cells take typing by mistake; filters,
     * sorting, column widths and row heights stay free.
     */
    private static final String PROTECTION = "<sheetProtection sheet=\"true\" autoFilter=\"false\" sort=\"false\" "
            + "formatColumns=\"false\" formatRows=\"false\" selectLockedCells=\"false\" "
            + "selectUnlockedCells=\"false\"/>";

    /**
     * The score an objective's row shows (and its phases, its risk, its form): the first one scored under its code
     * (its override is {@link it.peg.scoring.ScoreReport#override}'s, which {@link NucleoColumnsReader#readBackOf}
     * reads), asked of its service's scoring: a partial result that does not hold the service fails
     * ({@link it.peg.scoring.NotScoredException}) rather than give an empty score.
     */
    static Optional<ObjectiveScore> scoreOf(ConsolidationResult result, Objective obj) {
        return result.scores().objectiveOf(obj.serviceCode(), obj.code());
    }

    /**
     * A prompt on the Nucleo's % cells; a warning (not a stop) since the reader reports bad values anyway. The rule
     * takes a number from 0 to 2 (what Excel stores for {@code 85} or {@code 85%} in a % cell) and the text
     * LibreOffice leaves for a typed {@code 85%} or {@code 93,5%}: it pre-fills {@code %} after the first digit, so
     * the typed {@code %} doubles it ({@code 85%%}); a decimal rule refused that text.
     */
    private static String validation(int lastRow) {
        int col = ObjectiveColumn.NUCLEO_SCORE.index();
        String x = SheetLayout.cell(1, col);
        String points = "VALUE(SUBSTITUTE(" + x + ",\"%\",\"\"))";
        String formula = "IF(ISNUMBER(" + x + "),AND(" + x + ">=0," + x + "<=2),IFERROR(AND(" + points + ">=0,"
                + points + "<=200),FALSE))";
        return "<dataValidations count=\"1\"><dataValidation type=\"custom\" sqref=\""
                + SheetLayout.range(1, col, lastRow, col) + "\" allowBlank=\"true\" errorStyle=\"warning\" "
                + "showErrorMessage=\"true\" errorTitle=\"Valutazione Nucleo\" error=\"Scrivere una percentuale tra 0% "
                + "e 200%, ad esempio 85%.\" showInputMessage=\"true\" promptTitle=\"Valutazione Nucleo\" "
                + "prompt=\"Percentuale che sostituisce il punteggio calcolato (es. 85%). Vuota = vale il punteggio "
                + "calcolato.\"><formula1>" + XmlText.text(formula) + "</formula1></dataValidation></dataValidations>";
    }
}
