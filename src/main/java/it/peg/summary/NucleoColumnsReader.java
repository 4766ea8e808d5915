package it.peg.summary;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;
import it.peg.italian.ItalianFormat;
import it.peg.scoring.NucleoOverride;
import it.peg.summary.ObiettiviSheetCells.CellType;
import it.peg.summary.ObiettiviSheetCells.SheetCell;
import it.peg.xlsx.ExcelDates;
import it.peg.xlsx.ShownNumbers;
import it.peg.xlsx.UnreadableWorkbookException;
import it.peg.xlsx.WorksheetCells;
import it.peg.xlsx.WorksheetStreams;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back the Nucleo's columns ({@code Valutazione Nucleo %}, {@code Note Nucleo}) from the Obiettivi sheet
 * of an existing summary, so that consolidate and the nightly merge carry the Nucleo's work into the next
 * summary. Columns are found by header; a value nobody can read becomes a {@link Finding}, never an exception.
 */
public final class NucleoColumnsReader {
    /** Highest accepted Valutazione Nucleo % (a fraction): the plan's cap may let scores exceed 100%. */
    static final BigDecimal MAX = BigDecimal.valueOf(2);
    /**
     * Under it, a judgement is a slip, not a grade: LibreOffice stores {@code 0,85} typed into the column's percent cell
     * as 0,85% (it adds the % as the first digit is typed; Excel makes 85% of it), and nobody grades an objective 0,85%
     * ({@link PercentText} reads a typed {@code 0,85} without a % as 85% for the same reason).
     */
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    /** A judgement above 0% and under 1%: what a fraction typed into LibreOffice's percent cell becomes. */
    static boolean aSlip(BigDecimal value) {
        return value.signum() > 0 && value.compareTo(ONE_PERCENT) < 0;
    }
    private static final String EXPECTED = "una percentuale tra 0% e 200%, ad esempio 85 oppure 85%";
    private static final String EMPTY_FILE = "il file è vuoto, 0 byte";
    private static final String DAMAGED_FILE = "il file è danneggiato o non è un .xlsx";
    private static final String ENCRYPTED_FILE = "il file è protetto da password";
    private static final String NO_PERMISSION = "peg non ha il permesso di leggere il file";
    private static final String NOT_REACHED = "il file non si è potuto leggere dal disco o dalla rete";
    private static final String TAKE_PASSWORD_OFF = "aprirlo in Excel o LibreOffice, togliere la password, salvarlo di"
            + " nuovo come .xlsx";

    /**
     * Reads the Nucleo's overrides. A missing file gives an empty result (the first run has no summary yet).
     */
    public static NucleoReadResult read(Path riepilogo) {
        if (!Files.isRegularFile(riepilogo)) {
            return NucleoReadResult.empty();
        }
        String file = riepilogo.getFileName().toString();
        // only the Obiettivi sheet is parsed (StAX), not the whole summary: the nightly merge reads it every run
        try {
            ObiettiviSheetFound found = new ObiettiviSheetFound();
            WorksheetStreams.read(riepilogo, found);
            return read(found.name, found.cells, file);
        } catch (UnreadableWorkbookException e) {
            // only what the file makes fail: a bug of this reader is passed on as peg's fault (exit 4, its stack trace
            // with -v), never told as a damaged summary to restore from a copy
            // the parser's own words are English and technical: for the log (-v), not for the finding
            org.slf4j.LoggerFactory.getLogger(NucleoColumnsReader.class).debug("summary {} not readable", file, e);
            String reason = unreadableReason(riepilogo, Files::newByteChannel);
            return new NucleoReadResult(Map.of(), List.of(new Finding(Severity.ERRORE, FindingCode.NUCLEO_RIEPILOGO_ILLEGGIBILE,
                    file, "", "", "", reason, "un riepilogo .xlsx scritto da peg",
                    // the reason is the value found, printed after the message: not in the message too
                    "Impossibile leggere le valutazioni del Nucleo dal riepilogo esistente: " + restoreHint(reason)
                            + " e rilanciare il comando.")));
        }
    }

    /** The Obiettivi sheet, however its name is spelt or accented: its cells in the columns the reader needs. */
    private static final class ObiettiviSheetFound implements WorksheetStreams.SheetVisitor {
        String name;
        ObiettiviSheetCells cells;

        @Override
        public boolean wants(String sheetName) {
            return ObjectiveColumn.normalize(sheetName).equals(ObjectiveColumn.normalize(ObiettiviSheet.NAME));
        }

        @Override
        public void read(String sheetName, WorksheetCells sheet) throws XMLStreamException {
            name = sheetName; // the last such sheet, as before (Excel allows no two whose names differ in case only)
            cells = ObiettiviSheetCells.read(sheet, header -> {
                java.util.Set<Integer> columns = new java.util.HashSet<>();
                for (ObjectiveColumn c : List.of(ObjectiveColumn.CODE, ObjectiveColumn.NUCLEO_SCORE,
                        ObjectiveColumn.NUCLEO_NOTES, ObjectiveColumn.VERIFICA)) {
                    columns.add(column(header, c));
                }
                return columns;
            });
        }
    }

    /** Opens a file to read (tests: a file the account running peg may not read, which root always may). */
    @FunctionalInterface
    interface Opener {
        java.nio.channels.Channel open(Path file) throws IOException;
    }

    /**
     * Why the summary could not be opened, in the words its finding's value and message use. A file peg may not
     * read (the Nucleo's account saved it for itself; the nightly job runs as another) or could not read (a network
     * share gone) is not damaged: told so, nobody restores a copy over the Nucleo's judgements.
     */
    static String unreadableReason(Path riepilogo, Opener opener) {
        try (java.nio.channels.Channel ignored = opener.open(riepilogo)) {
            if (Files.size(riepilogo) == 0) {
                return EMPTY_FILE;
            }
        } catch (java.nio.file.AccessDeniedException e) {
            return NO_PERMISSION;
        } catch (IOException e) {
            return NOT_REACHED;
        }
        // saved with a password to open (the Nucleo's judgements kept private): not damaged, and a copy would lose them
        return it.peg.xlsx.OleContainer.content(riepilogo) == it.peg.xlsx.OleContainer.Content.ENCRYPTED_PACKAGE
                ? ENCRYPTED_FILE : DAMAGED_FILE;
    }

    /**
     * How to mend a summary that could not be opened and was left as it was (merge and consolidate stop on it), for
     * {@code reason} as {@link #read} gives it in its finding's value (a copy for an emptied file; the password taken
     * off a protected one, whose judgements a copy would lose; the permission to read it, or the disk or share reached
     * again, for one that could not be read at all; for another, a copy or saving it again as .xlsx),
     * without "rilanciare": the command that prints it says what to do next.
     */
    public static String restoreHint(String reason) {
        return EMPTY_FILE.equals(reason) ? "ripristinarlo da una copia"
                : ENCRYPTED_FILE.equals(reason) ? TAKE_PASSWORD_OFF
                : NO_PERMISSION.equals(reason) ? "dare all'utente con cui gira peg (per il merge notturno, l'utente"
                + " dell'operazione pianificata) il permesso di leggere e scrivere il file, senza sostituirlo"
                : NOT_REACHED.equals(reason) ? "controllare che il disco o la cartella di rete sia raggiungibile"
                + " (senza sostituire il file)"
                : "ripristinarlo da una copia (se è stato salvato in un altro formato, aprirlo in Excel o LibreOffice e"
                + " salvarlo come .xlsx)";
    }

    /**
     * What {@link #read} returns for the summary {@link SummaryWorkbookWriter} writes from {@code result}, worked out
     * from the values the Obiettivi sheet's Nucleo columns are written from instead of read back from the file:
     * the nightly merge keeps it as the reading of the summary it has just written, so that the next night, finding
     * that file with the same bytes (the Nucleo typed nothing), does not parse its 6,000 objective rows again. It
     * follows the writer row by row (first score of each objective code, as {@link ObiettiviSheet} takes it) and
     * this reader's rules for what it finds there: a number cell in a % format, a text stripped of its blanks.
     * Empty whenever a written cell would not read back as plainly as that (an objective code repeated, blank or
     * with surrounding blanks, a text with a control character or longer than a cell holds, a value the reader
     * would refuse): then the file is read, as always. {@code NucleoReadBackTest} writes and reads summaries to
     * show both give the same.
     */
    public static Optional<NucleoReadResult> readBackOf(it.peg.consolidate.ConsolidationResult result) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        Map<String, NucleoOverride> overrides = new LinkedHashMap<>();
        for (it.peg.domain.Objective obj : result.plan().objectives()) {
            String code = obj.code();
            if (!codes.add(code) || code.isEmpty() || !code.equals(code.strip()) || !CellValues.writesUnchanged(code)) {
                return Optional.empty();
            }
            // what the row shows: the override its objective's score carries (the report keeps them by code)
            Optional<NucleoOverride> override = result.scores().override(code);
            if (override.isEmpty()) {
                continue;
            }
            String note = override.get().note();
            if (!CellValues.writesUnchanged(note)) {
                return Optional.empty();
            }
            note = note.strip();
            Optional<BigDecimal> value = Optional.empty();
            Optional<BigDecimal> written = override.get().score();
            if (written.isPresent() && Double.isFinite(written.get().doubleValue())) {
                // the cell holds the double; this reader makes it a decimal again
                BigDecimal read = decimal(written.get().doubleValue());
                if (read.signum() < 0 || read.compareTo(MAX) > 0 || aSlip(read)) {
                    return Optional.empty(); // a finding when read: let the reader write it
                }
                value = Optional.of(read.stripTrailingZeros());
            }
            if (value.isPresent() || !note.isEmpty()) {
                overrides.put(code, new NucleoOverride(code, value, note));
            }
        }
        // the reader finds the verifica in the first row's Verifica cell: there is none without objectives
        Optional<java.time.LocalDate> verifica = result.plan().objectives().isEmpty() ? Optional.empty()
                : Optional.of(result.scores().verifica().date());
        return Optional.of(new NucleoReadResult(overrides, List.of(), verifica));
    }

    private static NucleoReadResult read(String sheetName, ObiettiviSheetCells sheet, String file) {
        List<Finding> findings = new ArrayList<>();
        if (sheet == null) {
            findings.add(new Finding(Severity.ERRORE, FindingCode.NUCLEO_FOGLIO_MANCANTE, file, ObiettiviSheet.NAME, "", "", "",
                    "il foglio " + ObiettiviSheet.NAME, "Il riepilogo non ha il foglio " + ObiettiviSheet.NAME
                    + ": le valutazioni del Nucleo non sono state lette. Ripristinare il foglio (non rinominarlo)."));
            return new NucleoReadResult(Map.of(), findings);
        }
        Map<Integer, SheetCell> header = sheet.rows.isEmpty() ? null : sheet.rows.firstEntry().getValue();
        int code = column(header, ObjectiveColumn.CODE);
        int score = column(header, ObjectiveColumn.NUCLEO_SCORE);
        int notes = column(header, ObjectiveColumn.NUCLEO_NOTES);
        if (code < 0 || score < 0 && notes < 0) {
            findings.add(new Finding(Severity.ERRORE, FindingCode.NUCLEO_COLONNE_MANCANTI, file, sheetName, "1", "",
                    "", ObjectiveColumn.CODE.header + ", " + ObjectiveColumn.NUCLEO_SCORE.header + ", "
                    + ObjectiveColumn.NUCLEO_NOTES.header,
                    "Nel foglio " + sheetName + " mancano le colonne Codice, Valutazione Nucleo % e Note "
                            + "Nucleo (riga 1): ripristinare le intestazioni, senza rinominarle."));
            return new NucleoReadResult(Map.of(), findings);
        }
        Map<String, NucleoOverride> overrides = new LinkedHashMap<>();
        ShownNumbers formatter = ShownNumbers.italian(sheet.date1904);
        int verificaColumn = column(header, ObjectiveColumn.VERIFICA);
        Optional<java.time.LocalDate> verifica = Optional.empty();
        for (Map<Integer, SheetCell> row : sheet.rows.tailMap(sheet.rows.firstKey(), false).values()) {
            String objective = text(row.get(code), formatter);
            if (objective.isEmpty()) {
                continue;
            }
            if (verifica.isEmpty() && verificaColumn >= 0) {
                verifica = verificaOf(row.get(verificaColumn), formatter, sheet.date1904);
            }
            String note = notes < 0 ? "" : text(row.get(notes), formatter);
            SheetCell scoreCell = score < 0 ? null : row.get(score);
            Optional<BigDecimal> value = Optional.empty();
            if (!isBlank(scoreCell)) {
                value = percent(scoreCell);
                if (value.isEmpty() || value.get().signum() < 0 || value.get().compareTo(MAX) > 0) {
                    findings.add(new Finding(Severity.ERRORE, FindingCode.NUCLEO_VALORE_NON_VALIDO, file, sheetName,
                            scoreCell.address(), objective, shown(scoreCell, formatter),
                            EXPECTED, "Valutazione Nucleo % non valida per l'obiettivo " + objective + ": scrivere "
                            + EXPECTED + ", oppure lasciare vuota la cella per mantenere il punteggio calcolato."));
                    value = Optional.empty();
                } else if (aSlip(value.get())) {
                    String meant = value.get().movePointRight(4).stripTrailingZeros().toPlainString().replace('.', ',');
                    findings.add(new Finding(Severity.ERRORE, FindingCode.NUCLEO_VALORE_NON_VALIDO, file, sheetName,
                            scoreCell.address(), objective, shown(scoreCell, formatter), meant + " oppure " + meant + "%",
                            "Valutazione Nucleo % per l'obiettivo " + objective + " letta come "
                            + ItalianFormat.percentValue(value.get()) + ": sotto l'1% è di solito una frazione scritta in una"
                            + " cella che aggiunge da sé il simbolo % (in LibreOffice 0,85 diventa 0,85%). Per "
                            + meant + "% scrivere " + meant + " oppure " + meant + "%; per 0% scrivere 0; oppure lasciare"
                            + " vuota la cella per mantenere il punteggio calcolato."));
                    value = Optional.empty();
                }
            }
            if (value.isEmpty() && note.isEmpty()) {
                continue;
            }
            if (overrides.containsKey(objective)) {
                findings.add(new Finding(Severity.AVVISO, FindingCode.NUCLEO_CODICE_DUPLICATO, file, sheetName,
                        row.get(code).address(), objective, objective, "un codice per riga",
                        "L'obiettivo " + objective + " compare più volte nel foglio " + sheetName
                                + ": vale l'ultima riga. Lasciare una sola riga per obiettivo."));
            }
            overrides.put(objective, new NucleoOverride(objective, value, note));
        }
        return new NucleoReadResult(overrides, findings, verifica);
    }

    /** The verifica a row's Verifica cell names: the dd/mm/yyyy text peg writes, or a date the Nucleo's program made of it. */
    private static Optional<java.time.LocalDate> verificaOf(SheetCell cell, ShownNumbers formatter, boolean date1904) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.cachedType() == CellType.NUMERIC && cell.number() > 0 && cell.number() < 2958466) {
            return Optional.of(ExcelDates.dateTime(cell.number(), date1904).toLocalDate());
        }
        try {
            return Optional.of(java.time.LocalDate.parse(text(cell, formatter),
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int column(Map<Integer, SheetCell> header, ObjectiveColumn wanted) {
        if (header == null) {
            return -1;
        }
        String target = ObjectiveColumn.normalize(wanted.header);
        for (SheetCell c : header.values()) {
            if (c.type() == CellType.STRING && ObjectiveColumn.normalize(c.text()).equals(target)) {
                return c.col();
            }
        }
        return -1;
    }

    private static boolean isBlank(SheetCell cell) {
        if (cell == null || cell.type() == CellType.BLANK) {
            return true;
        }
        return cell.type() == CellType.STRING && cell.text().isBlank();
    }

    /** What a DataFormatter without evaluator shows for the cell (a formula shows as its formula). */
    private static String shown(SheetCell cell, ShownNumbers formatter) {
        return switch (cell.type()) {
            case FORMULA -> cell.formula();
            case NUMERIC -> formatted(cell, formatter);
            case BLANK -> "";
            default -> cell.text();
        };
    }

    private static String formatted(SheetCell cell, ShownNumbers formatter) {
        String format = cell.format() == null ? "General" : cell.format();
        return formatter.format(cell.number(), cell.formatIndex(), format);
    }

    private static String text(SheetCell cell, ShownNumbers formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.cachedType();
        if (type == CellType.STRING) {
            return cell.text().strip();
        }
        if (type == CellType.NUMERIC && cell.type() != CellType.FORMULA) {
            return formatted(cell, formatter).strip();
        }
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString();
        }
        return "";
    }

    /** A number cell's double as a decimal, by its shortest form ({@link Double#toString}). */
    private static BigDecimal decimal(double number) {
        return new BigDecimal(Double.toString(number), MathContext.DECIMAL64);
    }

    /**
     * A numeric cell in a date or time format holds no percentage. A numeric cell in a % format holds the fraction (Excel and Calc turn a typed 85 into 0.85 there), unless it
     * is beyond any plausible fraction (85 pasted into the cell); otherwise the typed-number rule of
     * {@link PercentText}.
     */
    private static Optional<BigDecimal> percent(SheetCell cell) {
        CellType type = cell.cachedType();
        if (type == CellType.NUMERIC && cell.format() != null
                && it.peg.xlsx.ExcelNumberFormats.isDateFormat(cell.formatIndex(), cell.format())) {
            // a date or a time of day (10:30 is 0.4375, read as 43,75%): no judgement, said as a finding
            return Optional.empty();
        }
        if (type == CellType.NUMERIC) {
            BigDecimal value = decimal(cell.number());
            String format = cell.format();
            if (format != null && format.contains("%") && value.compareTo(MAX) <= 0) {
                return Optional.of(value.stripTrailingZeros());
            }
            return Optional.of(PercentText.fromNumber(value));
        }
        if (type == CellType.STRING) {
            return PercentText.parse(cell.text());
        }
        return Optional.empty();
    }
}
