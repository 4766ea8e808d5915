package it.peg.readback;

import it.peg.domain.Finding;
import it.peg.xlsx.MetadataSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a returned scheda with the JDK's zip and a secure StAX parser: {@code workbook.xml} (sheets,
 * names, date system), the relationships, the styles' number formats, only the worksheets that hold
 * named cells (each up to its last needed row) and only the shared strings those cells use. No DOM,
 * no formula evaluation, bounded by {@link ReadLimits}. Every problem becomes a finding; nothing is
 * thrown for bad input. Stateless and thread-safe.
 */
public final class XlsxReturnedWorkbookReader implements ReturnedWorkbookReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxReturnedWorkbookReader.class);
    private final ReadLimits limits;

    public XlsxReturnedWorkbookReader() {
        this(ReadLimits.defaults());
    }

    public XlsxReturnedWorkbookReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public ReadResult read(Path file) {
        return read(file, fileName(file));
    }

    /**
     * Reads {@code file}, naming it {@code fileName} in the result and in every message. Running out of memory or
     * stack while reading this one file is a finding on it: what it held is unreachable once the read unwinds, and
     * the batch goes on with the next file.
     */
    @Override
    public ReadResult read(Path file, String fileName) {
        try {
            return readChecked(file, fileName);
        } catch (ReadFailure f) {
            // the parser's own words are for the log (-v): the office reads what to do
            LOG.debug("{}: {} ({})", fileName, f.problem().code(), f.getMessage());
            return failed(fileName, f.problem().findingAbout(fileName, f.what()));
        } catch (IOException e) {
            return failed(fileName, ReadProblem.FILE_ILLEGGIBILE.finding(fileName, String.valueOf(e.getMessage())));
        } catch (OutOfMemoryError e) {
            LOG.debug("out of memory reading {}", fileName, e); // the finding says it; the trace is for -v
            return failed(fileName, ReadProblem.MEMORIA_INSUFFICIENTE.findingAbout(fileName, "memoria esaurita"));
        } catch (StackOverflowError e) {
            LOG.debug("stack overflow reading {}", fileName, e); // the finding says it; the trace is for -v
            return failed(fileName, ReadProblem.LIMITE_SUPERATO.findingAbout(fileName,
                    "una struttura annidata troppo in profondità"));
        } catch (RuntimeException e) {
            // peg's bug, not the office's: the stack trace goes to the log, the finding names no Java class
            LOG.error("unexpected failure reading {}", fileName, e);
            return failed(fileName, ReadProblem.LETTURA_NON_RIUSCITA.finding(fileName));
        }
    }

    private static String fileName(Path file) {
        if (file == null) {
            return "";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static ReadResult failed(String fileName, Finding finding) {
        return new ReadResult(fileName, Optional.empty(), List.of(finding));
    }

    private ReadResult readChecked(Path file, String fileName) throws ReadFailure, IOException {
        // never through a symbolic link (docs/hostile-files.md): the folder listings skip and report them, and a
        // file named directly is refused alike
        if (file == null || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ReadFailure(file != null && Files.isSymbolicLink(file) ? ReadProblem.COLLEGAMENTO_SIMBOLICO
                    : ReadProblem.FILE_NON_TROVATO, String.valueOf(file));
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new ReadFailure(ReadProblem.FILE_VUOTO, "0 bytes");
        }
        if (size > limits.maxFileBytes()) {
            throw new ReadFailure(ReadProblem.FILE_TROPPO_GRANDE, size + " bytes (max " + limits.maxFileBytes() + ")");
        }
        Deadline deadline = new Deadline(limits.timeBudget());
        // a name that is not valid in the system's encoding (a Latin-1 name on a UTF-8 system) reaches the file
        // through java.nio, whose paths keep the name's bytes, but not through java.io.File, which the zip and the
        // OLE2 readers need: such a file is read from a copy under a plain name
        Path copy = null;
        if (!file.equals(file.toFile().toPath())) {
            copy = Files.createTempFile("peg-nome-", ".bin");
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            ReadResult r = readBytes(copy == null ? file : copy, fileName, size, deadline);
            if (fileName.indexOf('\uFFFD') >= 0) {
                List<Finding> findings = new ArrayList<>(r.findings());
                findings.add(ReadProblem.NOME_FILE_NON_VALIDO.finding(fileName));
                return new ReadResult(r.fileName(), r.workbook(), findings);
            }
            return r;
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private ReadResult readBytes(Path file, String fileName, long size, Deadline deadline)
            throws ReadFailure, IOException {
        // one read of the file for its kind and its SHA-256 (a returned scheda is tens of KB): the sniff's open and
        // read, then the digest's, were two passes over each file (docs/performance.md, "h26-read"); a larger file is
        // sniffed from its head and hashed as a stream
        WholeFile whole = WholeFile.read(file);
        switch (FileSniffer.sniff(whole.bytes(), whole.length())) {
            case OLE2 -> throw new ReadFailure(FileSniffer.inspectOle2(file), "OLE2 container");
            case TEXT -> throw new ReadFailure(ReadProblem.FORMATO_TESTO, "text file");
            case OTHER -> throw new ReadFailure(ReadProblem.FORMATO_NON_EXCEL, "unknown signature");
            case ZIP -> {
            }
        }
        String sha256 = whole.complete() ? it.peg.io.Sha256.hex(whole.bytes(), whole.length())
                : it.peg.io.Sha256.ofFile(file);
        try (BoundedZip zip = BoundedZip.open(file, whole, limits, deadline)) {
            return readPackage(zip, fileName, sha256, size, deadline);
        }
    }

    /**
     * A workbook-level defined name that points at one cell of a worksheet kept in {@code named} under its upper-cased
     * name (the first of each name), and its cell in the wanted ones of that sheet's part; any other name left out.
     */
    private static void want(WorkbookPart wb, WorkbookPart.DefinedName n, Map<String, String> sheetPart,
                             Map<String, NameTarget> named, Map<String, Set<Long>> wantedByPart) {
        String key = upperCase(n.name());
        if (n.local() || key.startsWith("_XLNM.") || named.containsKey(key)) {
            return;
        }
        Optional<NameTarget> t = NameTarget.of(n.formula());
        // no capturing lambda: one object fewer per name of every file
        Optional<WorkbookPart.Sheet> sheet = t.isPresent() ? wb.sheet(t.get().sheet()) : Optional.empty();
        if (t.isEmpty() || sheet.isEmpty() || !sheetPart.containsKey(sheet.get().name())) {
            return;
        }
        NameTarget resolved = new NameTarget(sheet.get().name(), t.get().cell());
        named.put(key, resolved);
        wantedByPart.computeIfAbsent(sheetPart.get(resolved.sheet()), k -> new HashSet<>()).add(resolved.cell().key());
    }

    /** The named cell decoded, blank when the sheet has no such cell or when it cannot be decoded (then a finding). */
    private static RawCell cell(NameTarget t, Map<String, Map<Long, SheetCells.CellData>> cellsByPart,
                                Map<String, String> sheetPart, CellDecoder decoder, List<Finding> findings,
                                String fileName) {
        SheetCells.CellData d = cellsByPart.get(sheetPart.get(t.sheet())).get(t.cell().key());
        if (d == null) {
            return RawCell.blank(t.sheet(), t.cell().a1());
        }
        Optional<RawCell> raw = decoder.decode(t.sheet(), t.cell(), d);
        if (raw.isEmpty()) {
            findings.add(ReadProblem.CELLA_ILLEGGIBILE.finding(fileName, "shared string " + d.value())
                    .at(t.sheet(), t.cell().a1()));
        }
        return raw.orElse(RawCell.blank(t.sheet(), t.cell().a1()));
    }

    private ReadResult readPackage(BoundedZip zip, String fileName, String sha256, long size, Deadline deadline)
            throws ReadFailure {
        List<Finding> findings = new ArrayList<>();
        Optional<String> mimetype = zip.readSmallText("mimetype", 200);
        if (mimetype.isPresent()) {
            String m = mimetype.get().trim();
            if (m.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                throw new ReadFailure(ReadProblem.FORMATO_ODS, m);
            }
            if (m.startsWith("application/vnd.oasis.opendocument")) {
                throw new ReadFailure(ReadProblem.FORMATO_NON_EXCEL, m);
            }
        }
        ContentTypes types = ContentTypes.read(zip, deadline);
        String main = Relationships.read(zip, "", deadline).firstOfType("officeDocument")
                .map(Relationships.Rel::target)
                .orElse(zip.has("xl/workbook.xml") ? "xl/workbook.xml" : zip.has("xl/workbook.bin") ? "xl/workbook.bin" : "");
        String mainType = types.of(main);
        if (main.isEmpty()) {
            throw new ReadFailure(ReadProblem.FORMATO_NON_EXCEL, "no office document in the package");
        }
        if (mainType.contains("binary") || main.toLowerCase(Locale.ROOT).endsWith(".bin")) {
            throw new ReadFailure(ReadProblem.FORMATO_XLSB, mainType);
        }
        if (!mainType.isEmpty() && !mainType.contains("spreadsheetml") && !mainType.contains("ms-excel")) {
            throw new ReadFailure(ReadProblem.FORMATO_NON_EXCEL, mainType);
        }
        if (mainType.contains("macroenabled") || zip.has("xl/vbaProject.bin")) {
            findings.add(ReadProblem.MACRO_IGNORATE.finding(fileName));
        }
        WorkbookPart wb = WorkbookPart.read(zip, main, deadline)
                .orElseThrow(() -> new ReadFailure(ReadProblem.FORMATO_NON_EXCEL, main + " is not a workbook"));
        Relationships wbRels = Relationships.read(zip, main, deadline);

        // what to read on each worksheet part: the named cells, and the metadata sheet's rows
        Map<String, String> sheetPart = new HashMap<>();
        for (WorkbookPart.Sheet s : wb.sheets()) {
            wbRels.byId(s.relId()).filter(r -> r.type().endsWith("/worksheet"))
                    .ifPresent(r -> sheetPart.put(s.name(), r.target()));
        }
        Map<String, NameTarget> named = new LinkedHashMap<>();
        Map<String, Set<Long>> wantedByPart = new LinkedHashMap<>();
        // the loops' bodies are methods of their own: compiled by C1 within the first file, not after a hundred
        // files run interpreted (docs/performance.md, "h29-cons")
        for (WorkbookPart.DefinedName n : wb.names()) {
            want(wb, n, sheetPart, named, wantedByPart);
        }
        Optional<WorkbookPart.Sheet> metaSheet = wb.sheet(MetadataSheet.SHEET);
        Optional<String> metaPart = metaSheet.map(s -> sheetPart.get(s.name()));
        metaPart.ifPresent(p -> wantedByPart.computeIfAbsent(p, k -> new HashSet<>()));

        Map<String, Map<Long, SheetCells.CellData>> cellsByPart = new HashMap<>();
        for (Map.Entry<String, Set<Long>> e : wantedByPart.entrySet()) {
            int metaRows = metaPart.isPresent() && metaPart.get().equals(e.getKey()) ? limits.maxMetadataRows() : 0;
            cellsByPart.put(e.getKey(), SheetCells.read(zip, e.getKey(), e.getValue(), metaRows, deadline));
        }
        Set<Integer> neededStrings = new HashSet<>();
        cellsByPart.values().forEach(m -> m.values().forEach(d -> CellDecoder.sharedIndex(d).ifPresent(neededStrings::add)));
        Map<Integer, String> strings = SharedStrings.read(zip,
                wbRels.firstOfType("sharedStrings").map(Relationships.Rel::target).orElse(null), neededStrings, deadline);
        NumberFormats formats = wbRels.firstOfType("styles").isPresent()
                ? NumberFormats.read(zip, wbRels.firstOfType("styles").get().target(), deadline)
                : NumberFormats.none();
        CellDecoder decoder = new CellDecoder(formats, strings, wb.date1904());

        TreeMap<String, RawCell> cells = new TreeMap<>();
        for (Map.Entry<String, NameTarget> e : named.entrySet()) {
            cells.put(e.getKey(), cell(e.getValue(), cellsByPart, sheetPart, decoder, findings, fileName));
        }
        TreeMap<String, String> metadata = new TreeMap<>();
        if (metaPart.isPresent()) {
            metadata.putAll(metadata(cellsByPart.get(metaPart.get()), decoder, metaSheet.get().name()));
        } else {
            findings.add(ReadProblem.NON_SCHEDA_PEG.finding(fileName, "no sheet " + MetadataSheet.SHEET));
        }
        RawWorkbook workbook = new RawWorkbook(fileName, sha256, size, metadata, cells, wb.date1904());
        return new ReadResult(fileName, Optional.of(workbook), findings);
    }

    /**
     * {@code name.toUpperCase(Locale.ROOT)}, the name itself when it has no lower-case letter and is ASCII, as peg's
     * defined names are: {@code toUpperCase} looks up each character's case under C1, a hundred names a file.
     */
    static String upperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || (c >= 'a' && c <= 'z')) {
                return name.toUpperCase(Locale.ROOT);
            }
        }
        return name;
    }

    /** Key in column A, value in column B, first occurrence of a key wins. */
    private static Map<String, String> metadata(Map<Long, SheetCells.CellData> cells, CellDecoder decoder, String sheet) {
        Map<Integer, String[]> rows = new TreeMap<>();
        for (Map.Entry<Long, SheetCells.CellData> e : cells.entrySet()) {
            int row = (int) (e.getKey() >>> 16);
            int col = (int) (e.getKey() & 0xFFFF);
            if (col > 1) {
                continue;
            }
            String v = decoder.decode(sheet, new CellAddress(row, col), e.getValue()).map(XlsxReturnedWorkbookReader::asText).orElse("");
            rows.computeIfAbsent(row, r -> new String[] {"", ""})[col] = v;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] kv : rows.values()) {
            String key = kv[0].strip();
            if (!key.isEmpty()) {
                out.putIfAbsent(key, kv[1].strip());
            }
        }
        return out;
    }

    private static String asText(RawCell c) {
        return switch (c.kind()) {
            case NUMBER -> BigDecimal.valueOf(c.number().orElse(0.0)).stripTrailingZeros().toPlainString();
            case BLANK -> "";
            default -> c.text();
        };
    }
}
