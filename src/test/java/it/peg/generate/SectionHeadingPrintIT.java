package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.testutil.LibreOffice;
import it.peg.testutil.PdfPrint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regression (carried by the notes since issue 19), judged on what LibreOffice prints: with Trezzo's template, whose
 * indicators stand under headings by dimension, a page could end with a section's heading and its indicators start
 * the next page. Plans of 3 objectives of 4 to 7 indicators (with 5, before the fix, pages 2, 4 and 6 ended with the
 * heading "EFFICACIA ...") are printed to PDF: every heading has a line of the table under it on its page.
 */
class SectionHeadingPrintIT {
    @TempDir
    Path dir;

    @Test
    void noPrintedPageEndsWithASectionHeading() throws Exception {
        LibreOffice.require();
        WorkbookTemplate trezzo = WorkbookTemplate.locate(Optional.empty(), Optional.of("trezzo"), Path.of("."));
        List<String> headings = new ArrayList<>();
        trezzo.layout().sections().forEach(s -> headings.add(s.text()));
        List<Path> schede = new ArrayList<>();
        for (int extra = 0; extra <= 3; extra++) {
            Plan plan = SectionPlans.trezzo(3, extra);
            Path scheda = dir.resolve("trezzo-3-" + extra + ".xlsx");
            Files.write(scheda, new ServiceWorkbookGenerator(trezzo, "test").generate(plan, plan.services().get(0)));
            schede.add(scheda);
        }
        List<String> args = new ArrayList<>(List.of("--convert-to", "pdf", "--outdir", dir.toString()));
        schede.forEach(s -> args.add(s.toString()));
        LibreOffice.runSoffice(args);

        List<String> alone = new ArrayList<>();
        int headingsPrinted = 0;
        int pages = 0;
        for (Path scheda : schede) {
            PdfPrint print = PdfPrint.of(dir.resolve(scheda.getFileName().toString().replace(".xlsx", ".pdf")))
                    .sheet(WorkbookTemplate.SHEET_MAIN);
            TreeMap<Integer, List<String>> linesByPage = lines(print);
            pages += linesByPage.size();
            for (var page : linesByPage.entrySet()) {
                List<String> lines = page.getValue();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (headings.stream().anyMatch(h -> line.startsWith(firstWords(h)))) {
                        headingsPrinted++;
                        if (i == lines.size() - 1) {
                            alone.add(scheda.getFileName() + " p. " + page.getKey() + ": '" + line + "'");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), alone, "pages ending with a section heading");
        // each objective shows its 3 sections (the empty ECONOMICITA' too), in each of the 4 schede
        assertEquals(4 * 3 * 3, headingsPrinted, "headings printed on " + pages + " pages");
    }

    /** The heading's first two words: enough to tell its line, whatever the printed line holds after them. */
    private static String firstWords(String heading) {
        String[] w = heading.split(" ");
        return w.length < 2 ? heading : w[0] + " " + w[1];
    }

    /**
     * Each page's lines of the body, top to bottom: words within 2 points of the same height, left to right; the page
     * footer ("PEG 2022 ... Pagina 1 di 3") left out.
     */
    private static TreeMap<Integer, List<String>> lines(PdfPrint print) {
        List<PdfPrint.Word> words = new ArrayList<>(print.words());
        words.sort(Comparator.comparingInt(PdfPrint.Word::page).thenComparingDouble(PdfPrint.Word::yMin)
                .thenComparingDouble(PdfPrint.Word::xMin));
        TreeMap<Integer, List<String>> byPage = new TreeMap<>();
        List<PdfPrint.Word> line = new ArrayList<>();
        for (PdfPrint.Word w : words) {
            if (!line.isEmpty() && (w.page() != line.get(0).page() || w.yMin() - line.get(0).yMin() > 2)) {
                add(byPage, line);
                line = new ArrayList<>();
            }
            line.add(w);
        }
        add(byPage, line);
        return byPage;
    }

    private static void add(TreeMap<Integer, List<String>> byPage, List<PdfPrint.Word> line) {
        if (line.isEmpty()) {
            return;
        }
        line.sort(Comparator.comparingDouble(PdfPrint.Word::xMin));
        String text = String.join(" ", line.stream().map(PdfPrint.Word::text).toList());
        if (!text.contains("Pagina")) {
            byPage.computeIfAbsent(line.get(0).page(), p -> new ArrayList<>()).add(text);
        }
    }
}
