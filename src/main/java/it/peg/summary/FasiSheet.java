package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.domain.Objective;
import it.peg.domain.Phase;
import it.peg.domain.Verifica;
import it.peg.scoring.ObjectiveScore;
import it.peg.scoring.PhaseSchedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The Fasi sheet: one row per phase of the plan with the state the office reported at each verifica up to the
 * scored one, the phase flagged when it is late against its months, and whether its objective is at risk.
 */
final class FasiSheet {
    static final String NAME = "Fasi";
    static final String LATE = "In ritardo";
    static final String AT_RISK = "Obiettivo a rischio";

    private FasiSheet() {
    }

    static List<String> headers(List<Verifica> verifiche) {
        List<String> headers = new ArrayList<>(List.of("Servizio", "Obiettivo", "Fase", "Descrizione", "Mesi"));
        verifiche.forEach(v -> headers.add("Stato al " + v.label()));
        headers.add(LATE);
        headers.add(AT_RISK);
        return headers;
    }

    /** Lays the sheet out and returns the writer of its rows. */
    static RowSheet write(SummaryStyles st, ConsolidationResult result) {
        List<Verifica> verifiche = PhaseRows.upToScored(result.plan(), result.scores().verifica());
        List<String> headers = headers(verifiche);
        List<Integer> widths = new ArrayList<>(List.of(10, 12, 6, 44, 14));
        verifiche.forEach(v -> widths.add(16));
        widths.add(40);
        widths.add(11);
        int last = result.plan().phases().size();
        List<Objective> objectives = result.plan().objectives();
        // the first row of each objective's phases: a run of objectives is written on its own
        int[] firstRow = new int[objectives.size() + 1];
        firstRow[0] = 1;
        for (int i = 0; i < objectives.size(); i++) {
            firstRow[i + 1] = firstRow[i] + result.plan().phasesOf(objectives.get(i).code()).size();
        }
        int[] fitted = SheetLayout.array(SheetLayout.fitted(widths, headers));
        return RowSheet.filtered(NAME, result.plan().settings().ente(), headers, widths, 3, last, "", "",
                KeyedRows.of(NAME + "/1", fitted, h -> SheetLayout.header(h, 0, headers, st), objectives.size(),
                        () -> {
            PhaseRows phases = new PhaseRows(result);
            return (rows, from, to) -> {
                for (int i = from; i < to; i++) {
                    Objective obj = objectives.get(i);
                    List<Phase> own = result.plan().phasesOf(obj.code());
                    if (!own.isEmpty()) {
                        rows(rows, firstRow[i], obj, own, verifiche, phases, result, st);
                    }
                }
            };
        }, false, ServiceInputKeys.runs(result, ServiceInputKeys.context(NAME + "/in1", headers, fitted),
                i -> objectives.get(i).code(), i -> objectives.get(i).serviceCode(), i -> firstRow[i]),
                // an objective without phases has no row: it reads nothing
                i -> firstRow[i + 1] == firstRow[i] ? null : objectives.get(i).serviceCode()));
    }

    private static void rows(RowCells rows, int r, Objective obj, List<Phase> own, List<Verifica> verifiche,
                             PhaseRows phases, ConsolidationResult result, SummaryStyles st)
            throws java.io.IOException {
        List<List<PhaseSchedule.PhaseStatus>> byVerifica = new ArrayList<>();
        for (Verifica v : verifiche) {
            byVerifica.add(phases.of(obj.code(), obj.serviceCode(), v));
        }
        boolean atRisk = ObiettiviSheet.scoreOf(result, obj).map(ObjectiveScore::atRisk).orElse(false);
        for (int p = 0; p < own.size(); p++) {
            Phase phase = own.get(p);
            rows.row(r++);
            rows.text(0, obj.serviceCode(), st.text);
            rows.text(1, obj.code(), st.text);
            rows.text(2, phase.phase(), st.text);
            rows.text(3, phase.description(), st.wrap);
            rows.text(4, phase.monthsText(), st.text);
            int c = 5;
            for (List<PhaseSchedule.PhaseStatus> at : byVerifica) {
                PhaseSchedule.PhaseStatus status = at.get(p);
                rows.text(c++, PhaseRows.cell(status), status.late().isPresent() ? st.flagText : st.text);
            }
            PhaseSchedule.PhaseStatus now = byVerifica.get(byVerifica.size() - 1).get(p);
            rows.text(c++, now.lateText(), now.late().isPresent() ? st.flagText : st.text);
            rows.text(c, atRisk ? "SI" : "", atRisk ? st.flagText : st.text);
        }
    }
}
