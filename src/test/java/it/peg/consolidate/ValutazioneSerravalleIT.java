package it.peg.consolidate;

import it.peg.domain.Plan;
import it.peg.domain.Service;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.WorkbookTemplate;
import it.peg.plan.PlanReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import it.peg.summary.ValutazioneWorkbookWriter;
import it.peg.testutil.LibreOffice;
import it.peg.testutil.PdfPrint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: Serravalle's Scheda per la valutazione, the form its plan ends with, filled with the scores of the filled
 * example ({@code serravalle-2018-fill.csv}, written into the generated scheda by openpyxl, not by peg), consolidated
 * at 31/12/2018 with one Nucleo override and one Nucleo note, then printed by LibreOffice: one A4 portrait page, no
 * type under 8 points.
 */
class ValutazioneSerravalleIT {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    @Test
    void serravallesFormCarriesTheScoresOfTheFilledExample() throws Exception {
        Plan plan = PlanReader.read(Path.of(getClass().getResource("/plans/serravalle-2018.xlsx").toURI()))
                .plan().orElseThrow();
        Verifica last = plan.settings().finalVerifica();
        Path in = Files.createDirectories(dir.resolve("consegne"));
        Service ss = plan.services().get(0);
        Path file = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty())).write(plan, ss, in);
        Offices.fillWithOpenpyxl(file, FillCsv.read(plan, "/plans/serravalle-2018-fill.csv"));
        Instant onTime = last.due().orElse(last.date()).atStartOfDay(Consolidator.ZONE).toInstant();
        Consolidator consolidator = Consolidator.forVerifica(new XlsxReturnedWorkbookReader(), last);
        List<FileAssessment> assessed = List.of(consolidator.assess(plan,
                new InputFile(file, file.getFileName().toString(), onTime)));
        // The Nucleo accepts the qualitative monitoring of objective 4 at 70% and comments on objective 2.
        Map<String, NucleoOverride> nucleo = Map.of(
                "SS_OB4", new NucleoOverride("SS_OB4", Optional.of(new BigDecimal("0.7")),
                        "Monitoraggio qualitativo accolto al 70%"),
                "SS_OB2", new NucleoOverride("SS_OB2", Optional.empty(), "Ritardo non imputabile al servizio"));
        ConsolidationResult result = consolidator.combine(plan, last, assessed, nucleo);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValutazioneWorkbookWriter.write(result, bytes);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ValutazioneWorkbookWriter.write(result, again);
        assertArrayEquals(bytes.toByteArray(), again.toByteArray(), "same result, same bytes");
        Path out = dir.resolve(ValutazioneWorkbookWriter.FILE_NAME);
        Files.write(out, bytes.toByteArray());

        try (InputStream s = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet sh = wb.getSheet("SS");
            assertEquals("SCHEDA PER LA VALUTAZIONE", text(sh, 0, 0));
            assertEquals("Comune di Serravalle Pistoiese - Anno 2018", text(sh, 1, 0));
            assertEquals("Verifica al 31/12/2018", text(sh, 2, 4));
            assertEquals("Responsabile: PAOLO RICCI", text(sh, 3, 0));
            assertEquals(List.of("ATTIVITA'/ OBIETTIVI", "PESI % ASSEGNATI AD OGNI ATTIVITA'/ OBIETTIVI",
                    "PERCENTUALE DI RAGGIUNGIMENTO DI OGNI ATTIVITA'/ OBIETTIVI", "",
                    "CAUSE DI EVENTUALI SCOSTAMENTI", "NOTE NUCLEO DI VALUTAZIONE"), texts(sh, 5));
            assertEquals(List.of("", "", "calcolata", "del Nucleo di Valutazione", "", ""), texts(sh, 6));

            double[] computed = {1, 0.5, 1, 0.6, 1};
            String[] causes = {"", "Accordo sottoscritto dalla SDS solo il 10/10/2018", "",
                    "Monitoraggio trimestrale svolto, manca l'incontro di dicembre con la Caritas\n"
                            + "Report rinviato alla chiusura del progetto (31/03/2019)", ""};
            String[] notes = {"", "Ritardo non imputabile al servizio", "", "Monitoraggio qualitativo accolto al 70%", ""};
            for (int i = 0; i < 5; i++) {
                int r = 7 + i;
                String code = "SS_OB" + (i + 1);
                assertTrue(text(sh, r, 0).startsWith(code + " - "), text(sh, r, 0));
                assertEquals(0.2, sh.getRow(r).getCell(1).getNumericCellValue(), EPS, code + " weight");
                assertEquals(computed[i], sh.getRow(r).getCell(2).getNumericCellValue(), EPS, code + " computed");
                assertEquals(causes[i], text(sh, r, 4), code + " causes");
                assertEquals(notes[i], text(sh, r, 5), code + " Nucleo note");
            }
            assertTrue(text(sh, 7, 0).startsWith("SS_OB1 - Fondo per il sostegno temporaneo"), text(sh, 7, 0));
            assertEquals(0.7, sh.getRow(10).getCell(3).getNumericCellValue(), EPS, "the Nucleo's 70% on SS_OB4");
            for (int r : new int[] {7, 8, 9, 11}) {
                assertEquals("", text(sh, r, 3), "no Nucleo percentage on row " + r);
            }
            assertTrue(sh.getRow(10).getCell(0).getCellStyle().getFillPattern().getCode() != 0,
                    "the overridden row is tinted");
            assertEquals(0, sh.getRow(9).getCell(0).getCellStyle().getFillPattern().getCode(), "the others are not");
            assertEquals("TOTALE", text(sh, 12, 0));
            assertEquals(1.0, sh.getRow(12).getCell(1).getNumericCellValue(), EPS, "weights add up to 100%");
            // (1 + 0,5 + 1 + 0,7 + 1) / 5: the Nucleo's 70% replaces the computed 60%
            assertEquals(0.84, sh.getRow(12).getCell(2).getNumericCellValue(), EPS, "TOTALE");
            assertEquals("84,0%", new DataFormatter(java.util.Locale.ITALY).formatCellValue(sh.getRow(12).getCell(2)));
            List<String> signatures = texts(sh, 15);
            assertEquals("IL RESPONSABILE DEL SERVIZIO", signatures.get(0));
            assertEquals("IL NUCLEO DI VALUTAZIONE", signatures.get(3));
            assertEquals("PAOLO RICCI", text(sh, 16, 0));
            assertEquals(false, sh.getPrintSetup().getLandscape(), "A4 portrait");
        }

        LibreOffice.require();
        Path pdf = LibreOffice.convert(out, "pdf", dir.resolve("pdf"));
        // left for a look (docs/images/scheda-valutazione.png is its first page)
        Path keep = Files.createDirectories(Path.of("target", "valutazione-it"));
        Files.copy(out, keep.resolve(out.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pdf, keep.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PdfPrint print = PdfPrint.of(pdf);
        assertEquals(1, print.pages(), "one page for the service");
        print.assertReadable("schede-valutazione.xlsx");
        print.assertWhole("schede-valutazione.xlsx", List.of("SCHEDA PER LA VALUTAZIONE", "ATTIVITA'/ OBIETTIVI",
                "PESI % ASSEGNATI AD OGNI ATTIVITA'/ OBIETTIVI",
                "PERCENTUALE DI RAGGIUNGIMENTO DI OGNI ATTIVITA'/ OBIETTIVI", "calcolata", "del Nucleo di Valutazione",
                "CAUSE DI EVENTUALI SCOSTAMENTI", "NOTE NUCLEO DI VALUTAZIONE", "TOTALE",
                "IL RESPONSABILE DEL SERVIZIO", "IL NUCLEO DI VALUTAZIONE"));
        // the converting profile's locale decides the decimal separator
        assertTrue(print.text().matches(".*\\b84[.,]0%.*"), print::text);
    }

    private static String text(Sheet sh, int r, int c) {
        Cell cell = sh.getRow(r) == null ? null : sh.getRow(r).getCell(c);
        return cell == null ? "" : new DataFormatter(java.util.Locale.ITALY).formatCellValue(cell);
    }

    private static List<String> texts(Sheet sh, int r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            out.add(text(sh, r, c));
        }
        return out;
    }
}
