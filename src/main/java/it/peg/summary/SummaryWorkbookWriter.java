package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.xlsx.DeterministicXlsx;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Writes the summary workbook ({@code riepilogo.xlsx}) of a consolidation: the sheets Sintesi, Servizi,
 * Obiettivi, Indicatori, Dati, Anomalie and Registro (names fixed by SPEC section 6). The same result always
 * gives the same bytes: document dates are the verifica's date and zip entry times are fixed.
 */
public final class SummaryWorkbookWriter {
    /** Sheet names, in workbook order: a public contract. */
    public static final String SINTESI = SintesiSheet.NAME;
    public static final String SERVIZI = ServiziSheet.NAME;
    public static final String OBIETTIVI = ObiettiviSheet.NAME;
    public static final String INDICATORI = IndicatoriSheet.NAME;
    public static final String DATI = DatiSheet.NAME;
    public static final String ANOMALIE = AnomalieSheet.NAME;
    public static final String REGISTRO = RegistroSheet.NAME;
    /** Header of the Nucleo's editable score column on the Obiettivi sheet. */
    public static final String NUCLEO_SCORE_HEADER = ObjectiveColumn.NUCLEO_SCORE.header;
    /** Header of the Nucleo's editable notes column on the Obiettivi sheet. */
    public static final String NUCLEO_NOTES_HEADER = ObjectiveColumn.NUCLEO_NOTES.header;

    /** Times shown to Italian offices are Italian local times, whatever the server's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /** Rows kept in memory per streamed sheet; older rows go to a temporary file. */
    private static final int ROW_WINDOW = 100;

    /**
     * Sintesi (small, with charts) is built with XSSF; the row sheets are streamed by SXSSF over the same
     * workbook, so memory does not grow with the number of indicators, findings or files. The package is
     * re-zipped from a temporary file straight into {@code out}.
     */
    public static void write(ConsolidationResult result, OutputStream out) throws IOException {
        try (XSSFWorkbook base = new XSSFWorkbook()) {
            SummaryStyles styles = new SummaryStyles(base);
            SintesiSheet.write(base, styles, result);
            // inline strings: no shared-strings table growing in memory with every text of every row
            SXSSFWorkbook wb = new SXSSFWorkbook(base, ROW_WINDOW, false, false);
            try {
                ServiziSheet.write(wb, styles, result);
                ObiettiviSheet.write(wb, styles, result);
                IndicatoriSheet.write(wb, styles, result);
                DatiSheet.write(wb, styles, result);
                AnomalieSheet.write(wb, styles, result);
                RegistroSheet.write(wb, styles, result);
                wb.setActiveSheet(0);
                base.getProperties().getCoreProperties().setTitle("Riepilogo della performance "
                        + result.plan().settings().year() + " - " + result.plan().settings().ente());
                DeterministicXlsx.write(base, wb::write, result.scores().verifica().date().atStartOfDay(), out);
            } finally {
                wb.dispose();
            }
        }
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }
}
