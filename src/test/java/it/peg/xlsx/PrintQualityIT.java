package it.peg.xlsx;

import it.peg.cli.Commands;
import it.peg.cli.Console;
import it.peg.cli.Main;
import it.peg.testutil.LibreOffice;
import it.peg.testutil.PdfPrint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, print quality, judged on what LibreOffice prints: the demo's summary and the Schede per la valutazione that
 * consolidate writes beside it are converted to PDF and read back with {@code pdftotext -bbox}. Every page of the
 * summary's row sheets (Servizi, Obiettivi, Indicatori, Dati, Fasi, Anomalie, Registro) prints its type at 8 points or more,
 * no two words over each other (a wrapped text taller than its row) and every word of the headings whole (no
 * "Denominat/ore"); each service's Scheda per la valutazione prints on one page, as readable.
 */
class PrintQualityIT {
    /**
     * Sintesi is laid out as a dashboard of tables and charts side by side, printed one page wide: at 184 characters
     * it prints at about 6 points where Calibri is set in DejaVu Sans. Left for its own layout (issue 19).
     */
    private static final Set<String> NOT_YET = Set.of("Sintesi");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int peg(String... args) {
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return new Main(Commands.all()).run(args, new Console(ps, ps, Console.Verbosity.QUIET, false));
    }

    @Test
    void theSummaryAndTheSchedeDiValutazionePrintReadably() throws Exception {
        LibreOffice.require();
        Path demo = dir.resolve("demo");
        assertEquals(0, peg("demo", "--out", demo.toString()), printed::toString);
        Path summary = dir.resolve("riepilogo.xlsx");
        assertTrue(peg("consolidate", "--plan", demo.resolve("piano.xlsx").toString(), "--in",
                demo.resolve("consegne-1231").toString(), "--at", "31/12/2025", "--out", summary.toString()) <= 1,
                printed::toString);

        PdfPrint print = PdfPrint.of(LibreOffice.convert(summary, "pdf", dir.resolve("pdf")));
        Set<String> sheets = new LinkedHashSet<>();
        for (int p = 1; p <= print.pages(); p++) {
            sheets.add(print.firstWord(p));
        }
        assertEquals(List.of("Sintesi", "Servizi", "Obiettivi", "Indicatori", "Dati", "Fasi", "Anomalie", "Registro"),
                List.copyOf(sheets), "every sheet printed, its name in the page header");
        PdfPrint rowSheets = print.only(p -> !NOT_YET.contains(print.firstWord(p)));
        rowSheets.assertReadable("riepilogo.xlsx");
        rowSheets.assertWhole("riepilogo.xlsx", headings(summary, NOT_YET));

        Path schede = dir.resolve("schede-valutazione.xlsx");
        assertTrue(Files.isRegularFile(schede), "consolidate writes the Schede per la valutazione beside the summary");
        PdfPrint forms = PdfPrint.of(LibreOffice.convert(schede, "pdf", dir.resolve("pdf")));
        int services;
        try (InputStream in = Files.newInputStream(schede); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            services = wb.getNumberOfSheets();
        }
        assertEquals(5, services, "one sheet per service of the demo plan");
        assertEquals(services, forms.pages(), "one page per service");
        forms.assertReadable("schede-valutazione.xlsx");
        forms.assertWhole("schede-valutazione.xlsx", List.of("SCHEDA PER LA VALUTAZIONE", "ATTIVITA'/ OBIETTIVI",
                "PESI % ASSEGNATI AD OGNI ATTIVITA'/ OBIETTIVI",
                "PERCENTUALE DI RAGGIUNGIMENTO DI OGNI ATTIVITA'/ OBIETTIVI", "CAUSE DI EVENTUALI SCOSTAMENTI",
                "NOTE NUCLEO DI VALUTAZIONE", "IL RESPONSABILE DEL SERVIZIO", "IL NUCLEO DI VALUTAZIONE"));
    }

    /** The texts of the first row of every sheet but {@code except}: the headings of the row sheets. */
    private static List<String> headings(Path workbook, Set<String> except) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sh : wb) {
                Row first = sh.getRow(0);
                if (except.contains(sh.getSheetName()) || first == null) {
                    continue;
                }
                for (Cell c : first) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        assertTrue(out.size() > 40, "the row sheets' headings: " + out);
        return out;
    }
}
