package it.peg.xlsx;

import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.generate.ServiceWorkbookGenerator;
import it.peg.generate.TestPlans;
import it.peg.generate.WorkbookTemplate;
import it.peg.merge.MergeJob;
import it.peg.merge.MergeRequest;
import it.peg.summary.NucleoColumnsReader;
import it.peg.summary.NucleoReadResult;
import it.peg.testutil.DemoPlan;
import it.peg.testutil.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The colours written as ARGB (issue 14) are the colours LibreOffice shows, prints and saves: a generated scheda and
 * the nightly merge's summary (rows copied from the night before) open in LibreOffice, print to a PDF whose first
 * page shows the heading and input fills, and saved by LibreOffice keep every colour peg wrote (fills, fonts and the
 * traffic light's conditional formats) and read back in peg.
 */
class ArgbColoursLibreOfficeIT {
    /** Heading fill of the scheda's tables (template style {@code intestazione}). */
    private static final int SCHEDA_HEADING = 0x2E75B6;
    /** Input cells' fill (template style {@code input_*}, the summary's Nucleo columns). */
    private static final int INPUT = 0xFFF2CC;
    /** The summary's heading fill. */
    private static final int SUMMARY_HEADING = 0x1F4E79;
    /** The traffic light (scheda template and summary): fills and font colours of red, amber and green. */
    private static final Set<String> TRAFFIC_LIGHT = Set.of("FFFFC7CE", "FF9C0006", "FFFFEB9C", "FF9C5700",
            "FFC6EFCE", "FF006100");

    @TempDir
    Path dir;

    @Test
    void aSchedasColoursPrintAndSurviveALibreOfficeSave() throws Exception {
        LibreOffice.require();
        Plan plan = TestPlans.full();
        Path scheda = new ServiceWorkbookGenerator(WorkbookTemplate.locate(Optional.empty()))
                .write(plan, plan.service(TestPlans.FULL).orElseThrow(), dir.resolve("schede"));
        assertTrue(colours(scheda).containsAll(TRAFFIC_LIGHT), "peg wrote them: " + colours(scheda));

        BufferedImage page = firstPages(LibreOffice.convert(scheda, "pdf", dir.resolve("pdf")));
        assertTrue(pixels(page, SCHEDA_HEADING) > 500, "heading fill printed: " + pixels(page, SCHEDA_HEADING));
        assertTrue(pixels(page, INPUT) > 500, "input fill printed: " + pixels(page, INPUT));

        Path saved = LibreOffice.convert(scheda, "xlsx:Calc MS Excel 2007 XML", dir.resolve("salvata"));
        Set<String> kept = colours(saved);
        assertTrue(kept.containsAll(TRAFFIC_LIGHT), "LibreOffice kept " + kept);
        assertTrue(kept.containsAll(Set.of("FF2E75B6", "FFFFF2CC", "FF1F4E79", "FFBF8F00")), "LibreOffice kept " + kept);
        it.peg.readback.ReadResult read = new it.peg.readback.XlsxReturnedWorkbookReader().read(saved);
        assertEquals(List.of(), read.findings(), "peg reads the saved scheda");
        assertTrue(read.workbook().isPresent());
    }

    @Test
    void theMergedSummarysColoursPrintAndSurviveALibreOfficeSave() throws Exception {
        LibreOffice.require();
        Plan plan = DemoPlan.read(dir);
        Verifica v = plan.settings().verifiche().get(1);
        Path inbox = dir.resolve("consegne");
        Files.createDirectories(inbox);
        for (int i = 0; i < plan.services().size(); i++) {
            OoxmlValidityIT.fill(plan, v, inbox, i, 20240715L + i);
        }
        Path work = dir.resolve("lavoro");
        MergeRequest request = new MergeRequest(dir.resolve("piano-esempio.xlsx"), inbox, work, Optional.of(v.date()));
        assertTrue(OoxmlValidityIT.night(request, 0).summaryChanged());
        OoxmlValidityIT.fill(plan, v, inbox, 2, 99L); // the next night copies the other services' rows
        assertTrue(OoxmlValidityIT.night(request, 1).summaryChanged());
        Path summary = work.resolve(MergeJob.SUMMARY);
        assertTrue(colours(summary).containsAll(TRAFFIC_LIGHT), "peg wrote them: " + colours(summary));

        BufferedImage page = firstPages(LibreOffice.convert(summary, "pdf", dir.resolve("pdf")));
        assertTrue(pixels(page, SUMMARY_HEADING) > 200, "heading fill printed: " + pixels(page, SUMMARY_HEADING));

        Path saved = LibreOffice.convert(summary, "xlsx:Calc MS Excel 2007 XML", dir.resolve("salvato"));
        Set<String> kept = colours(saved);
        assertTrue(kept.containsAll(TRAFFIC_LIGHT), "LibreOffice kept " + kept);
        assertTrue(kept.containsAll(Set.of("FF1F4E79", "FFFFF2CC")), "LibreOffice kept " + kept);
        NucleoReadResult nucleo = NucleoColumnsReader.read(saved);
        assertEquals(List.of(), nucleo.findings(), "peg reads the Nucleo columns of the saved summary");
    }

    private static final Pattern RGB = Pattern.compile("rgb=\"([0-9A-Fa-f]{6,8})\"");

    /** Every {@code rgb} colour of the workbook's styles (cell formats and conditional formats), upper case. */
    static Set<String> colours(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Set<String> found = new TreeSet<>();
            Matcher m = RGB.matcher(styles);
            while (m.find()) {
                found.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
            return found;
        }
    }

    /**
     * The first three printed pages, one under the other: a scheda prints its service header on page 1 and its first
     * objective's indicator table from page 2, the summary's Sintesi its key figures, charts and chart data on pages 1-3.
     */
    private static BufferedImage firstPages(Path pdf) throws Exception {
        java.util.List<BufferedImage> pages = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Path png = pdf.resolveSibling("pagina-" + n);
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "50", "-f", "" + n, "-l", "" + n, "-singlefile",
                    pdf.toString(), png.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftoppm hung");
            Path file = pdf.resolveSibling("pagina-" + n + ".png");
            if (p.exitValue() != 0 || !java.nio.file.Files.isRegularFile(file)) {
                break;
            }
            pages.add(ImageIO.read(file.toFile()));
        }
        assertTrue(!pages.isEmpty(), "pdftoppm printed no page of " + pdf);
        int width = pages.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int height = pages.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage all = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int y = 0;
        for (BufferedImage page : pages) {
            all.getGraphics().drawImage(page, 0, y, null);
            y += page.getHeight();
        }
        return all;
    }

    /** Pixels within a few levels of {@code rgb}: the fill as printed. */
    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (near(p >> 16 & 0xFF, rgb >> 16 & 0xFF) && near(p >> 8 & 0xFF, rgb >> 8 & 0xFF)
                        && near(p & 0xFF, rgb & 0xFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(int a, int b) {
        return Math.abs(a - b) <= 6;
    }
}
