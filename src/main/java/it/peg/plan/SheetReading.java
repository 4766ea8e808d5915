package it.peg.plan;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;
import it.peg.italian.Decimals;
import it.peg.italian.ParsedNumber;
import it.peg.xlsx.CellReferences;
import it.peg.xlsx.ExcelCell;
import it.peg.xlsx.ExcelRow;
import it.peg.xlsx.ExcelSheet;
import it.peg.xlsx.ExcelWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What the sheet readers of one plan share: the file's name, its cells, the layout of its columns, and the
 * findings in the order the reader raises them. The readers of each sheet ({@link SettingsSheetReader},
 * {@link IndicatorsSheetReader}, ...) turn rows into domain records through it.
 */
final class SheetReading {
    private final String file;
    private final Cells cells;
    private final PlanLayout layout;
    /** Where findings go now: rows of a table add theirs to a deferred list (see {@link #eachLine}). */
    private List<Finding> findings;

    SheetReading(String file, Cells cells, PlanLayout layout, List<Finding> findings) {
        this.file = file;
        this.cells = cells;
        this.layout = layout;
        this.findings = findings;
    }

    String file() {
        return file;
    }

    Cells cells() {
        return cells;
    }

    /** The list findings go to now: the plan's, or the deferred list of the table row being read. */
    List<Finding> findings() {
        return findings;
    }

    void add(Severity severity, FindingCode code, String sheet, String cell, String subject, String value, String expected,
             String message) {
        findings.add(new Finding(severity, code, file, sheet, cell, subject, value, expected, message));
    }

    /** The sheet named {@code name} (case, accents and spaces aside); a finding when it is required and missing. */
    Optional<ExcelSheet> sheet(ExcelWorkbook wb, String name, boolean required) {
        List<String> names = wb.sheetNames();
        for (int i = 0; i < names.size(); i++) {
            if (Headers.normalise(names.get(i)).equals(Headers.normalise(name))) {
                return Optional.of(wb.sheet(i));
            }
        }
        if (required) {
            add(Severity.ERRORE, FindingCode.FOGLIO_MANCANTE, name, "", "", "", "foglio '" + name + "'",
                    "Manca il foglio '" + name + "'. Aggiungerlo con le intestazioni in riga 1 (un piano vuoto di esempio:"
                            + " peg init --out piano.xlsx).");
        }
        return Optional.empty();
    }

    /** A sheet's header row mapped to a column enum; empty (with findings) when a required column is missing. */
    <E extends Enum<E> & Column> Optional<Map<E, Integer>> header(PlanTable sheet, Class<E> type,
                                                                 Map<Integer, String> allHeaders) {
        ExcelRow row = sheet.header();
        for (int col : row.columns()) {
            String text = cells.text(row.cell(col).orElse(null));
            if (!text.isEmpty()) {
                allHeaders.put(col, text);
                layout.put(sheet.name(), text, col);
            }
        }
        Map<E, Integer> map = Headers.map(type, allHeaders);
        map.forEach((col, idx) -> layout.put(canonical(sheet), col.header(), idx));
        boolean ok = true;
        for (E c : type.getEnumConstants()) {
            if (c.required() && !map.containsKey(c)) {
                ok = false;
                add(Severity.ERRORE, FindingCode.COLONNA_MANCANTE, canonical(sheet), "", "", "", "colonna '" + c.header() + "'",
                        "Nel foglio '" + sheet.name() + "' manca la colonna '" + c.header()
                                + "': aggiungerla in riga 1 (maiuscole, accenti e ordine non contano).");
            }
        }
        return ok ? Optional.of(map) : Optional.empty();
    }

    /** The plan's own name of the sheet ("Indicatori" for a sheet named "INDICATORI "). */
    String canonical(PlanTable sheet) {
        // asked for every cell that may hold a formula: normalising eight names each time was a third of reading
        // a 1,000-service plan (and of generate's whole process)
        return canonicalNames.computeIfAbsent(sheet.name(), SheetReading::canonicalOf);
    }

    private final Map<String, String> canonicalNames = new java.util.HashMap<>();

    private static String canonicalOf(String name) {
        for (String n : List.of(PlanReader.SETTINGS, PlanReader.BANDS, PlanReader.SERVICES, PlanReader.OBJECTIVES,
                PlanReader.INDICATORS, PlanReader.PHASES, PlanReader.DATA)) {
            if (Headers.normalise(n).equals(Headers.normalise(name))) {
                return n;
            }
        }
        return name;
    }

    /**
     * Hands each data row with a code to {@code body}, one at a time as the sheet is read. Findings keep the order
     * of a two-pass read: first every row without a code, then the findings of the rows in order.
     */
    <E extends Enum<E> & Column> void eachLine(PlanTable sheet, Map<E, Integer> cols, E codeColumn,
                                               Consumer<TableLine<E>> body) {
        eachLine(sheet, cols, codeColumn, List.of(), body);
    }

    <E extends Enum<E> & Column> void eachLine(PlanTable sheet, Map<E, Integer> cols, E codeColumn,
                                               Collection<Integer> otherColumns, Consumer<TableLine<E>> body) {
        TreeSet<Integer> read = new TreeSet<>(cols.values());
        read.addAll(otherColumns);
        List<Finding> outer = findings;
        List<Finding> rowFindings = new ArrayList<>();
        while (sheet.hasNext()) {
            ExcelRow row = sheet.next();
            if (row.index() < 1) {
                continue;
            }
            TableLine<E> line = new TableLine<>(row, cols, cells);
            if (line.blank()) {
                continue;
            }
            if (line.text(codeColumn).isEmpty()) {
                add(Severity.ERRORE, FindingCode.CODICE_MANCANTE, canonical(sheet), line.ref(codeColumn), "", "", "un codice",
                        "La riga " + line.row() + " del foglio '" + sheet.name() + "' ha dati ma nessun '"
                                + codeColumn.header() + "': scriverlo, oppure cancellare la riga.");
                continue;
            }
            findings = rowFindings;
            try {
                String code = line.text(codeColumn);
                for (int col : read) {
                    formula(line.cell(col), canonical(sheet), CellReferences.a1(line.index, col), code);
                }
                body.accept(line);
            } finally {
                findings = outer;
            }
        }
        findings.addAll(rowFindings);
    }

    /** A formula in a plan cell: its finding, naming the cell (see {@link FormulaAdvice}). */
    private void formula(ExcelCell cell, String sheet, String ref, String code) {
        if (cell != null) {
            FormulaAdvice.finding(cell, cells.text(cell), file, sheet, ref, code).ifPresent(findings::add);
        }
    }

    // ---------------------------------------------------------------- values more than one sheet has

    /** A weight on the percentage-points scale as written: 20%, a percent cell 0.2 and 20 all give 20; 1,2 gives 1.2. */
    <E extends Enum<E> & Column> Optional<BigDecimal> weight(TableLine<E> l, E col, String sheet, String code) {
        return weight(l.cell(col), l.ref(col), sheet, code, col.header());
    }

    Optional<BigDecimal> weight(ExcelCell cell, String ref, String sheet, String code, String header) {
        Optional<Optional<ParsedNumber>> n = cells.number(cell);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get().isEmpty()) {
            add(Severity.ERRORE, FindingCode.NUMERO_NON_VALIDO, sheet, ref, code, cells.text(cell), "un numero o una percentuale (es. 20 o 20%)",
                    "'" + header + "' non è un numero: scrivere il peso come percentuale (es. 20%) o coefficiente (es. 1,2), oppure lasciarlo vuoto.");
            return Optional.empty();
        }
        ParsedNumber p = n.get().get();
        return cells.shared(Optional.of(cells.shared(Decimals.normal(p.percent() ? p.value().movePointRight(2) : p.value()))));
    }

    /** A SI/NO cell: empty is NO; anything else than a yes or a no is an ERRORE, read as NO. */
    <E extends Enum<E> & Column> boolean yesNo(TableLine<E> l, E col, String sheet, String code) {
        String t = Headers.normalise(l.text(col)).replace("'", "");
        if (t.isEmpty() || t.equals("no") || t.equals("falso") || t.equals("false") || t.equals("0") || t.equals("n")) {
            return false;
        }
        if (t.equals("si") || t.equals("vero") || t.equals("true") || t.equals("1") || t.equals("x") || t.equals("s")) {
            return true;
        }
        add(Severity.ERRORE, FindingCode.VALORE_NON_VALIDO, sheet, l.ref(col), code, l.text(col), "SI | NO",
                "'" + col.header() + "' accetta solo SI o NO (vuoto = NO).");
        return false;
    }
}
