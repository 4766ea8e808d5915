package it.peg.summary;

import it.peg.testutil.LibreOffice;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Path png = dir.resolve("sintesi");
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                pdf.toString(), png.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftoppm failed");
        BufferedImage image = ImageIO.read(png.resolveSibling("sintesi.png").toFile());
        int ink = 0;
        int blue = 0;
        int orange = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (r < 200 || g < 200 || b < 200) {
                    ink++;
                }
                if (near(r, 70) && near(g, 130) && near(b, 180)) {
                    blue++; // steel-blue bars of the score chart
                }
                if (near(r, 255) && near(g, 140) && near(b, 0)) {
                    orange++; // dark-orange bars of the distribution chart
                }
            }
        }
        assertTrue(ink > 2_000, "Sintesi page looks blank: " + ink + " dark pixels");
        assertTrue(blue > 300, "score chart bars not rendered: " + blue + " blue pixels");
        assertTrue(orange > 300, "distribution chart bars not rendered: " + orange + " orange pixels");
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
}
