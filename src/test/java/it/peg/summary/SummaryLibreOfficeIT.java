package it.peg.summary;

import it.peg.testutil.LibreOffice;
import it.peg.testutil.LoRig;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary as LibreOffice Calc sees it: it opens, prints with visible charts, and keeps the Nucleo's typing. */
class SummaryLibreOfficeIT {
    private static final Path OUT = Path.of("target", "summary-it");

    private static Path writeSummary(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("riepilogo.xlsx");
        try (var out = Files.newOutputStream(file)) {
            SummaryWorkbookWriter.write(SummaryFixture.result(), out);
        }
        return file;
    }

    @Test
    void convertsToPdfWithVisibleCharts() throws Exception {
        LibreOffice.require();
        Path dir = OUT.resolve("pdf");
        Path pdf = LibreOffice.convert(writeSummary(dir), "pdf", dir);
        // Sintesi prints its key figures on page 1 and its two charts on page 2
        int[] first = colours(pdf, 1, dir);
        int[] second = colours(pdf, 2, dir);
        int ink = first[0] + second[0];
        int blue = first[1] + second[1];
        int orange = first[2] + second[2];
        assertTrue(ink > 2_000, "Sintesi page looks blank: " + ink + " dark pixels");
        assertTrue(blue > 300, "score chart bars not rendered: " + blue + " blue pixels");
        assertTrue(orange > 300, "distribution chart bars not rendered: " + orange + " orange pixels");
    }

    /** The dark, steel-blue and dark-orange pixels of one printed page. */
    private static int[] colours(Path pdf, int page, Path dir) throws Exception {
        Path png = dir.resolve("sintesi-" + page);
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "" + page, "-l", "" + page, "-singlefile",
                pdf.toString(), png.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftoppm failed");
        BufferedImage image = ImageIO.read(png.resolveSibling("sintesi-" + page + ".png").toFile());
        int[] counts = new int[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (r < 200 || g < 200 || b < 200) {
                    counts[0]++;
                }
                if (near(r, 70) && near(g, 130) && near(b, 180)) {
                    counts[1]++; // steel-blue bars of the score chart
                }
                if (near(r, 255) && near(g, 140) && near(b, 0)) {
                    counts[2]++; // dark-orange bars of the distribution chart
                }
            }
        }
        return counts;
    }

    private static boolean near(int value, int target) {
        return Math.abs(value - target) <= 12;
    }

    @Test
    void nucleoTypingSurvivesASaveInLibreOffice() throws Exception {
        LibreOffice.require();
        Path dir = OUT.resolve("roundtrip");
        Path typed = dir.resolve("typed").resolve("riepilogo.xlsx");
        Files.createDirectories(typed.getParent());
        NucleoTyping.type(writeSummary(dir), typed, List.of("OB1=85%%|Confermato dal Nucleo", "OB3=0.7|"));
        Path saved = LibreOffice.convert(typed, "xlsx:Calc MS Excel 2007 XML", dir.resolve("saved"));
        NucleoReadResult r = NucleoColumnsReader.read(saved);
        assertEquals(List.of(), r.findings());
        assertEquals(0, new java.math.BigDecimal("0.85").compareTo(r.overrides().get("OB1").score().orElseThrow()));
        assertEquals("Confermato dal Nucleo", r.overrides().get("OB1").note());
        assertEquals(0, new java.math.BigDecimal("0.85").compareTo(r.overrides().get("OB2").score().orElseThrow()));
        assertEquals(SummaryFixture.NUCLEO_NOTE, r.overrides().get("OB2").note());
        assertEquals(0, new java.math.BigDecimal("0.7").compareTo(r.overrides().get("OB3").score().orElseThrow()));
    }

    /**
     * The Nucleo types its % at the keyboard in LibreOffice it-IT (lo-rig keys mode): in a % cell Calc pre-fills
     * {@code %} after the first digit, so a typed {@code 88%} is stored as the text {@code 88%%}, which the old
     * decimal validation refused. Now {@code 88%}, {@code 93,5%}, {@code 88} and {@code 93,5} are all taken and
     * read back as meant.
     */
    @Test
    void nucleoPercentTypedAtTheKeyboardIsTakenAndReadAsMeant() throws Exception {
        LoRig.require();
        Path dir = OUT.resolve("keys");
        Path summary = writeSummary(dir);
        Map<String, String> typing = new LinkedHashMap<>();
        Map<String, String> percent = Map.of("OB1", "88%", "OB2", "93,5%", "OB3", "88", "OB4", "93,5");
        objectiveRows(summary).forEach((code, r) -> {
            if (percent.containsKey(code)) {
                typing.put(target(r, ObjectiveColumn.NUCLEO_SCORE.index()), percent.get(code));
                typing.put(target(r, ObjectiveColumn.NUCLEO_NOTES.index()), "Valutato dal Nucleo " + code);
            }
        });
        assertEquals(8, typing.size(), typing::toString);
        Path typed = dir.resolve("typed").resolve("riepilogo.xlsx");
        Files.createDirectories(typed.getParent());
        LoRig.typeAll(summary, typed, typing);
        NucleoReadResult r = NucleoColumnsReader.read(typed);
        assertEquals(List.of(), r.findings());
        Map<String, String> scores = new LinkedHashMap<>();
        r.overrides().forEach((code, o) -> scores.put(code, o.score().map(b -> b.stripTrailingZeros().toPlainString())
                .orElse("") + " " + o.note()));
        assertEquals(Map.of("OB1", "0.88 Valutato dal Nucleo OB1", "OB2", "0.935 Valutato dal Nucleo OB2",
                "OB3", "0.88 Valutato dal Nucleo OB3", "OB4", "0.935 Valutato dal Nucleo OB4"), scores);
    }

    /**
     * Regression (s21-trial): the Nucleo types {@code 0,85} meaning 85% into the percent cell, as the old message's
     * example said; LibreOffice stores 0,85% (the % pre-filled after the first digit) and peg took it as the objective's
     * score. A judgement above 0% and under 1% is refused now, naming what to type; the computed score stands.
     */
    @Test
    void aFractionTypedIntoThePercentCellIsRefusedNotTakenAsUnderOnePercent() throws Exception {
        LoRig.require();
        Path dir = OUT.resolve("fraction");
        Path summary = writeSummary(dir);
        Map<String, Integer> rows = objectiveRows(summary);
        Map<String, String> typing = new LinkedHashMap<>();
        typing.put(target(rows.get("OB1"), ObjectiveColumn.NUCLEO_SCORE.index()), "0,85");
        typing.put(target(rows.get("OB2"), ObjectiveColumn.NUCLEO_SCORE.index()), "0");
        String cell = new CellReference(rows.get("OB1"), ObjectiveColumn.NUCLEO_SCORE.index(), false, false)
                .formatAsString();
        Path typed = dir.resolve("typed").resolve("riepilogo.xlsx");
        Files.createDirectories(typed.getParent());
        LoRig.typeAll(summary, typed, typing);
        NucleoReadResult r = NucleoColumnsReader.read(typed);
        assertEquals(List.of("ERRORE NUCLEO_VALORE_NON_VALIDO Obiettivi!" + cell + " OB1: Valutazione Nucleo % per"
                        + " l'obiettivo OB1 letta come 0,85%: sotto l'1% è di solito una frazione scritta in una cella"
                        + " che aggiunge da sé il simbolo % (in LibreOffice 0,85 diventa 0,85%). Per 85% scrivere 85"
                        + " oppure 85%; per 0% scrivere 0; oppure lasciare vuota la cella per mantenere il punteggio"
                        + " calcolato."),
                r.findings().stream().map(f -> f.severity() + " " + f.code() + " " + f.sheet() + "!" + f.cell() + " "
                        + f.subject() + ": " + f.message()).toList());
        assertFalse(r.overrides().containsKey("OB1"), r.overrides()::toString);
        // an explicit 0% is a judgement
        assertEquals(0, r.overrides().get("OB2").score().orElseThrow().signum());
    }

    /** The row index of each objective in the summary's Obiettivi sheet, by its code. */
    private static Map<String, Integer> objectiveRows(Path summary) throws java.io.IOException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(summary))) {
            XSSFSheet ob = wb.getSheet(ObiettiviSheet.NAME);
            for (int r = 1; r <= ob.getLastRowNum(); r++) {
                rows.put(ob.getRow(r).getCell(ObjectiveColumn.CODE.index()).getStringCellValue(), r);
            }
        }
        return rows;
    }

    private static String target(int row, int col) {
        return ObiettiviSheet.NAME + "!" + new CellReference(row, col, false, false).formatAsString();
    }
}
