package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.xlsx.DeterministicXlsx;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import it.peg.io.SegmentIndex;

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
     * Every sheet is laid out with XSSF (Sintesi whole, with its charts; the row sheets with their tables,
     * conditional formats, validation, protection, panes and print setup, but no rows). The package is then
     * zipped once, straight into {@code out}, and each row sheet's rows are written as XML into its worksheet
     * part as it goes by: memory does not grow with the number of indicators, findings or files.
     */
    public static void write(ConsolidationResult result, OutputStream out) throws IOException {
        write(result, out, Optional.empty(), Optional.empty());
    }

    /**
     * As {@link #write(ConsolidationResult, OutputStream)}, copying from {@code earlier} (the summary an earlier run
     * of this build wrote, and the index it returned) the Indicatori rows of every service whose rows' key is
     * unchanged: the bytes are those a full render gives.
     *
     * @param scratch a folder for the Indicatori entry's temporary data (named as AtomicFiles names temp files);
     *                empty: the system's temp folder
     * @return the Indicatori rows' segments, for the next run
     */
    public static SegmentIndex write(ConsolidationResult result, OutputStream out,
                                     Optional<SegmentIndex.Earlier> earlier, Optional<java.nio.file.Path> scratch)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SummaryStyles styles = new SummaryStyles(wb);
            Map<String, DeterministicXlsx.StreamedRows> bodies = new LinkedHashMap<>();
            SintesiSheet.Streamed sintesi = SintesiSheet.write(wb, styles, result);
            add(bodies, wb, SintesiSheet.NAME, sintesi.dimension(), sintesi.body());
            add(bodies, wb, ServiziSheet.NAME, "", ServiziSheet.write(wb, styles, result));
            add(bodies, wb, ObiettiviSheet.NAME, "", ObiettiviSheet.write(wb, styles, result));
            DeterministicXlsx.SegmentedWriter indicatoriRows = IndicatoriSheet.write(wb, styles, result);
            String indicatori = partOf(wb, IndicatoriSheet.NAME);
            Map<String, DeterministicXlsx.SegmentedRows> segmented = Map.of(indicatori,
                    new DeterministicXlsx.SegmentedRows("", indicatoriRows,
                            earlier.filter(e -> e.index().part().equals(indicatori)), scratch));
            add(bodies, wb, DatiSheet.NAME, "", DatiSheet.write(wb, styles, result));
            add(bodies, wb, FasiSheet.NAME, "", FasiSheet.write(wb, styles, result));
            add(bodies, wb, AnomalieSheet.NAME, "", AnomalieSheet.write(wb, styles, result));
            add(bodies, wb, RegistroSheet.NAME, "", RegistroSheet.write(wb, styles, result));
            wb.setActiveSheet(0);
            wb.getProperties().getCoreProperties().setTitle("Riepilogo della performance "
                    + result.plan().settings().year() + " - " + result.plan().settings().ente());
            return DeterministicXlsx.write(wb, result.scores().verifica().date().atStartOfDay(), bodies, segmented,
                    DEFLATE_LEVEL, out).get(indicatori);
        }
    }

    /** A sheet's rows, by the zip entry of its worksheet part ({@code xl/worksheets/sheet4.xml}). */
    private static void add(Map<String, DeterministicXlsx.StreamedRows> bodies, XSSFWorkbook wb, String sheet,
                            String dimension, SheetBody body) {
        int[] widths = SheetSupport.columnWidths(wb.getSheet(sheet));
        bodies.put(partOf(wb, sheet),
                new DeterministicXlsx.StreamedRows(dimension, out -> {
                    // the rows are made on this thread and deflated on another: on two cores the deflater, half
                    // the work, no longer waits for the XML nor the XML for the deflater
                    try (PipedDeflation piped = new PipedDeflation(out)) {
                        SheetRows rows = new SheetRows(piped).wrapWidths(widths);
                        body.write(rows);
                        rows.finish();
                    }
                }));
    }

    /** The zip entry of a sheet's worksheet part ({@code xl/worksheets/sheet4.xml}). */
    private static String partOf(XSSFWorkbook wb, String sheet) {
        return wb.getSheet(sheet).getPackagePart().getPartName().getName().substring(1);
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}
