package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.io.SegmentIndex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Writes the summary workbook ({@code riepilogo.xlsx}) of a consolidation: the sheets Sintesi, Servizi,
 * Obiettivi, Indicatori, Dati, Fasi, Anomalie and Registro (names fixed by SPEC section 6). The same result always
 * gives the same bytes: document dates are the verifica's date and zip entry times are fixed.
 */
public final class SummaryWorkbookWriter {
    /** Sheet names, in workbook order: a public contract. */
    public static final String SINTESI = SintesiSheet.NAME;
    public static final String SERVIZI = ServiziSheet.NAME;
    public static final String OBIETTIVI = ObiettiviSheet.NAME;
    public static final String INDICATORI = IndicatoriSheet.NAME;
    public static final String DATI = DatiSheet.NAME;
    public static final String FASI = FasiSheet.NAME;
    public static final String ANOMALIE = AnomalieSheet.NAME;
    public static final String REGISTRO = RegistroSheet.NAME;
    /** Header of the Nucleo's editable score column on the Obiettivi sheet. */
    public static final String NUCLEO_SCORE_HEADER = ObjectiveColumn.NUCLEO_SCORE.header;
    /** Header of the Nucleo's editable notes column on the Obiettivi sheet. */
    public static final String NUCLEO_NOTES_HEADER = ObjectiveColumn.NUCLEO_NOTES.header;

    /** Times shown to Italian offices are Italian local times, whatever the server's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /**
     * Deflate level of the package. Measured on the 59 MB Indicatori part of a 2,000-service plan: level 2 takes
     * 0.33 s of CPU against 0.94 s for the default 6, for 6.6 MB instead of 5.6 MB; level 1 is no faster and
     * 7% larger, level 3 a third slower. On its own thread it stays below the time to make the XML.
     */
    static final int DEFLATE_LEVEL = 2;

    /** Writes the rows of one streamed sheet. */
    @FunctionalInterface
    interface SheetBody {
        void write(SheetRows rows) throws IOException;
    }

    /**
     * Writes every part as text (no workbook model: the styles, the workbook, the sheets' layout, the charts are
     * fixed XML with the data's ranges, values and names filled in), zipped once, straight into {@code out}; each
     * row sheet's rows are written as XML into its worksheet part as it goes by: memory does not grow with the
     * number of indicators, findings or files.
     */
    public static void write(ConsolidationResult result, OutputStream out) throws IOException {
        // nothing copied, no index returned: the row sheets' keys are not worked out (same bytes)
        write(result, out, Optional.empty(), List.of(), Optional.empty(), false);
    }

    /**
     * As {@link #write(ConsolidationResult, OutputStream, Optional, List, Optional)} with one part's index: returns
     * the Indicatori rows' segments.
     */
    public static SegmentIndex write(ConsolidationResult result, OutputStream out,
                                     Optional<SegmentIndex.Earlier> earlier, Optional<Path> scratch)
            throws IOException {
        List<SegmentIndex> parts = write(result, out, earlier.map(SegmentIndex.Earlier::file),
                earlier.map(e -> List.of(e.index())).orElse(List.of()), scratch);
        return parts.stream().filter(i -> i.part().equals(INDICATORI_PART)).findFirst().orElseThrow();
    }

    /** The Indicatori sheet's part. */
    static final String INDICATORI_PART = "xl/worksheets/sheet4.xml";

    /**
     * As {@link #write(ConsolidationResult, OutputStream)}, copying from {@code earlierFile} (the summary an earlier
     * run of this build wrote) the runs of rows of every row sheet whose key {@code earlier} (the indexes that run
     * returned) holds: the bytes are those a full render gives.
     *
     * @param scratch a folder for the row sheets' temporary data (named as AtomicFiles names temp files);
     *                empty: the system's temp folder
     * @return the row sheets' segments, one index per worksheet part, for the next run
     */
    public static List<SegmentIndex> write(ConsolidationResult result, OutputStream out, Optional<Path> earlierFile,
                                           List<SegmentIndex> earlier, Optional<Path> scratch) throws IOException {
        return write(result, out, earlierFile, earlier, scratch, true);
    }

    private static List<SegmentIndex> write(ConsolidationResult result, OutputStream out, Optional<Path> earlierFile,
                                            List<SegmentIndex> earlier, Optional<Path> scratch, boolean keyed)
            throws IOException {
        SummaryStyles styles = new SummaryStyles();
        TrafficLight lights = new TrafficLight(result.plan().settings());
        // in workbook order: the traffic lights number their formats in turn
        SintesiSheet.Parts sintesi = SintesiSheet.write(styles, lights, result);
        List<RowSheet> sheets = rowSheets(styles, lights, result);
        LocalDateTime date = result.scores().verifica().date().atStartOfDay();
        String title = "Riepilogo della performance " + result.plan().settings().year() + " - "
                + result.plan().settings().ente();
        List<SegmentIndex> indexes = new java.util.ArrayList<>();
        try (SummaryPackage zip = new SummaryPackage(out, DEFLATE_LEVEL, keyed);
             it.peg.xlsx.EarlierPackage from = earlierFile.map(it.peg.xlsx.EarlierPackage::at)
                     .orElse(it.peg.xlsx.EarlierPackage.none())) {
            boolean emblem = sintesi.emblem().isPresent();
            zip.text("[Content_Types].xml", SummaryParts.contentTypes(emblem));
            zip.text("_rels/.rels", SummaryParts.ROOT_RELS);
            zip.text("docProps/app.xml", SummaryParts.APP);
            zip.text("docProps/core.xml", SummaryParts.core(title, date));
            zip.text("xl/charts/chart1.xml", sintesi.chart1());
            zip.text("xl/charts/chart2.xml", sintesi.chart2());
            zip.text("xl/drawings/drawing1.xml", sintesi.drawing());
            zip.text("xl/drawings/_rels/drawing1.xml.rels", SummaryParts.drawingRels(emblem));
            if (emblem) {
                zip.bytes("xl/media/image1.png", sintesi.emblem().get());
            }
            zip.text("xl/sharedStrings.xml", sintesi.sharedStrings());
            zip.text("xl/styles.xml", SummaryStyles.xml(lights.ranges()));
            for (RowSheet sheet : sheets) {
                if (sheet.table().isPresent()) {
                    zip.text("xl/tables/table" + SummaryParts.tableNumber(sheets, sheet) + ".xml", sheet.table().get());
                }
            }
            zip.text("xl/workbook.xml", SummaryParts.workbook(sheets));
            zip.text("xl/_rels/workbook.xml.rels", SummaryParts.WORKBOOK_RELS);
            zip.sheet("xl/worksheets/sheet1.xml", sintesi.head(), rows(sintesi.body(), new int[] {48, 30, 10}),
                    sintesi.tail());
            zip.text("xl/worksheets/_rels/sheet1.xml.rels", SummaryParts.sheetRels("../drawings/drawing1.xml",
                    "drawing"));
            for (int i = 0; i < sheets.size(); i++) {
                RowSheet sheet = sheets.get(i);
                String part = rowSheetPart(i);
                if (sheet.segments().isPresent()) {
                    indexes.add(zip.segmented(part, sheet.head(), sheet.segments().get(), sheet.tail(),
                            earlier.stream().filter(e -> e.part().equals(part)).findFirst(), from, scratch));
                } else {
                    zip.sheet(part, sheet.head(), rows(sheet.rows().orElseThrow(), sheet.widths()), sheet.tail());
                }
                if (sheet.table().isPresent()) {
                    zip.text("xl/worksheets/_rels/sheet" + (i + 2) + ".xml.rels", SummaryParts.sheetRels(
                            "../tables/table" + SummaryParts.tableNumber(sheets, sheet) + ".xml", "table"));
                }
            }
        }
        return List.copyOf(indexes);
    }

    /** The row sheets after Sintesi, in workbook order, laid out (their rows are written when they are written). */
    private static List<RowSheet> rowSheets(SummaryStyles styles, TrafficLight lights, ConsolidationResult result) {
        return List.of(ServiziSheet.write(styles, lights, result),
                ObiettiviSheet.write(styles, lights, result), IndicatoriSheet.write(styles, lights, result),
                DatiSheet.write(styles, result), FasiSheet.write(styles, result), AnomalieSheet.write(styles, result),
                RegistroSheet.write(styles, result));
    }

    /** The worksheet part of the {@code i}-th row sheet ({@link #rowSheets}): Sintesi is the first. */
    private static String rowSheetPart(int i) {
        return "xl/worksheets/sheet" + (i + 2) + ".xml";
    }

    /**
     * The services whose full scoring {@link #write(ConsolidationResult, OutputStream, Optional, List, Optional)}
     * reads when copying from a summary {@code earlier} indexes: those of every run of rows it would render (see
     * {@link RenderedServices}). Asks {@code result} for no service's scoring.
     */
    static void servicesRendered(ConsolidationResult result, List<SegmentIndex> earlier,
                                 java.util.function.Consumer<String> services) {
        List<RowSheet> sheets = rowSheets(new SummaryStyles(), new TrafficLight(result.plan().settings()), result);
        for (int i = 0; i < sheets.size(); i++) {
            String part = rowSheetPart(i);
            // what DeflatedSegments.copy looks up, from the index alone
            java.util.Set<String> held = new java.util.HashSet<>();
            earlier.stream().filter(e -> e.part().equals(part)).findFirst()
                    .ifPresent(e -> e.segments().forEach(s -> held.add(s.key())));
            java.util.function.Predicate<String> holds =
                    key -> held.contains(it.peg.xlsx.DeflatedSegments.storedKey(DEFLATE_LEVEL, key));
            Optional<it.peg.xlsx.DeterministicXlsx.SegmentedWriter> segments = sheets.get(i).segments();
            if (part.equals(INDICATORI_PART)) {
                IndicatorRows.servicesRendered(result, holds, services);
            } else if (segments.isPresent() && segments.get() instanceof KeyedRows.Writer keyed) {
                keyed.servicesRendered(holds, services);
            } else {
                // a sheet this does not know how its rows are keyed: every service's scoring
                throw new IllegalStateException("peg's bug: the runs of " + sheets.get(i).name()
                        + " cannot be told apart");
            }
        }
    }

    /**
     * A sheet's rows, made on this thread and deflated on another: on two cores the deflater, half the work, no
     * longer waits for the XML nor the XML for the deflater.
     */
    private static it.peg.io.ContentWriter rows(SheetBody body, int[] widths) {
        return out -> {
            try (PipedDeflation piped = new PipedDeflation(out)) {
                SheetRows rows = new SheetRows(piped).wrapWidths(widths);
                body.write(rows);
                rows.finish();
            }
        };
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}
