package it.peg.generate;

import it.peg.xlsx.SheetModel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheda's print decisions that do not need LibreOffice: line counts, long texts, where pages break. */
class SchedaPrintTest {
    @Test
    void capitalsWrapToMoreLinesThanLowerCase() {
        String lower = "programmi informatici e rilevazioni statistiche periodiche";
        assertEquals(1, TextLines.count(lower, 60, 9f));
        assertEquals(2, TextLines.count(lower.toUpperCase(java.util.Locale.ROOT), 60, 9f));
        assertEquals(1, TextLines.count("Peso", 6, 9f));
        assertEquals(2, TextLines.count("uno\ndue", 40, 9f), "a line per paragraph at least");
    }

    @Test
    void aWordWiderThanItsColumnTakesTheLinesItNeeds() {
        // 24.3 ems of Arial Bold 9 in a column of 5.5 ems
        assertEquals(5, TextLines.count("sensibilizzazione/informazione/comunicazione", 10, 9f));
    }

    @Test
    void aLongTextGoesOverSeveralRowsOfWholeParagraphs() {
        String paragraph = "- SERVIZIO PER L'AFFIDO FAMILIARE IN COLLABORAZIONE CON IL CENTRO AFFIDI DELL'AREA PISTOIESE";
        String text = String.join("\n", java.util.Collections.nCopies(40, paragraph));
        List<String> rows = SchedaPrint.rowsOf(text, 120, 9f);
        assertTrue(rows.size() > 1, "rows: " + rows.size());
        assertEquals(text, String.join("\n", rows));
        for (String row : rows) {
            assertTrue(Stamp.height(row, 120, 9f) <= SchedaPrint.MAX_TEXT_ROW, row);
        }
        assertEquals(List.of("breve"), SchedaPrint.rowsOf("breve", 120, 9f));
    }

    @Test
    void pagesBreakOnlyAboveABlockAndNeverInsideAMergedIndicator() {
        SheetModel sheet = new SheetModel("Scheda");
        sheet.print().landscape = true;
        for (int c = 0; c < 13; c++) {
            sheet.width(c, 12 * 256);
        }
        SchedaPrint.Blocks blocks = new SchedaPrint.Blocks();
        sheet.row(0).height(30);
        List<int[]> indicators = new ArrayList<>();
        int r = 1;
        for (int i = 0; i < 40; i++) {
            blocks.startsAt(r);
            sheet.merge(r, r + 2, 0, 0);
            indicators.add(new int[] {r, r + 2});
            for (int k = 0; k < 3; k++) {
                sheet.row(r++).height(24);
            }
        }
        SchedaPrint.paginate(sheet, blocks, 1, 12, r - 1);
        java.util.Set<Integer> breaks = sheet.rowBreaks();
        assertTrue(breaks.size() >= 4, "40 indicators of 72 points over several pages: " + breaks.size());
        for (int b : breaks) {
            // a break after row b: row b + 1 starts a page, and must start an indicator
            assertTrue(indicators.stream().anyMatch(ind -> ind[0] == b + 1), "break after row " + b);
        }
        assertEquals(1, sheet.print().fitWidth);
        assertEquals(0, sheet.print().fitHeight);
    }

    /**
     * Regression (carried by the notes since issue 19): in a template with headings by dimension (Trezzo's), a page
     * could break between a section's heading and its first indicator, leaving the heading alone at the page's foot. A
     * heading now starts the printed block of its first indicator. Over plans of 1, 2, 3 and 6 objectives of 4 to
     * 7 indicators, whose pages break at every kind of row (before the fix, every page of the plans with 5 indicators
     * per objective ended with the heading "EFFICACIA ..."), no page ends with a heading.
     */
    @Test
    void aSectionHeadingIsNeverTheLastRowOfAPrintedPage() throws java.io.IOException {
        WorkbookTemplate trezzo = WorkbookTemplate.locate(java.util.Optional.empty(), java.util.Optional.of("trezzo"),
                java.nio.file.Path.of("."));
        java.util.Set<String> headings = new java.util.HashSet<>();
        trezzo.layout().sections().forEach(sec -> headings.add(sec.text()));
        headings.add(Label.SEZIONE_ALTRI.defaultText());
        int breaks = 0;
        int afterIndicators = 0;
        List<String> alone = new ArrayList<>();
        for (int copies : new int[] {1, 2, 3, 6}) {
            for (int extra = 0; extra <= 3; extra++) {
                it.peg.domain.Plan plan = SectionPlans.trezzo(copies, extra);
                byte[] bytes = new ServiceWorkbookGenerator(trezzo, "test").generate(plan, plan.services().get(0));
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
                    var sh = wb.getSheet(WorkbookTemplate.SHEET_MAIN);
                    for (int b : sh.getRowBreaks()) {
                        breaks++;
                        String last = text(sh, b);
                        if (headings.contains(last)) {
                            alone.add(copies + " objectives, " + extra + " more indicators: page ends with '"
                                    + last + "' (row " + (b + 1) + ")");
                        }
                        if (headings.contains(text(sh, b + 1))) {
                            afterIndicators++;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), alone);
        assertTrue(breaks > 20, "pages broken: " + breaks);
        assertTrue(afterIndicators > 0, "some page starts with a section heading: " + afterIndicators);
    }

    private static String text(org.apache.poi.ss.usermodel.Sheet sh, int row) {
        var r = sh.getRow(row);
        var c = r == null ? null : r.getCell(0);
        return c == null || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? ""
                : c.getStringCellValue();
    }

    /** Trezzo's template with four verifiche: A, four groups of Target, % ponder, Report, Raggiung., four causes. */
    private static final List<Integer> TREZZO_4 = List.of(40, 12, 7, 13, 10, 12, 7, 13, 10, 12, 7, 13, 10, 12, 7, 13, 10,
            18, 18, 18, 18);

    @Test
    void columnsThatFitOnePageWideAtEightPointsStayOnePageFitted() {
        // Trezzo's template with two verifiche: 160 characters, as every shipped plan prints it
        List<Integer> two = List.of(40, 12, 7, 13, 10, 12, 7, 13, 10, 18, 18);
        SchedaPrint.Across a = SchedaPrint.across(two, 0, List.of(4, 8, 9, 10));
        assertEquals(List.of(10), a.ends());
        assertEquals(0, a.scalePercent(), "fitted to the page's width, no explicit scale");
        assertEquals(10, a.firstEnd());
    }

    @Test
    void widerColumnsGoOnPagesAcrossOfWholeVerificheAtEightPointsOrMore() {
        SchedaPrint.Across a = SchedaPrint.across(TREZZO_4, 0, List.of(4, 8, 12, 16, 17, 18, 19, 20));
        // two groups on the first page, two groups and two causes on the second, two causes on the third
        assertEquals(List.of(8, 18, 20), a.ends());
        assertEquals(0, a.titleEnd());
        assertEquals(89, a.scalePercent());
        assertTrue(a.scalePercent() * SchedaPrint.SMALLEST_TYPE / 100 >= SchedaPrint.MIN_PRINTED);
        // each band with the identifying column fits the page at that scale, as Excel and LibreOffice print it
        int first = 1;
        for (int end : a.ends()) {
            double points = SchedaPrint.printedPoints(40);
            for (int c = first; c <= end; c++) {
                points += SchedaPrint.printedPoints(TREZZO_4.get(c));
            }
            assertTrue(points * a.scalePercent() / 100 <= SchedaPrint.LANDSCAPE_WIDTH, "band to " + end + ": " + points);
            first = end + 1;
        }
    }

    @Test
    void aWideSheetPrintsAtItsScaleWithColumnBreaksAcrossThenDown() {
        SheetModel sheet = new SheetModel("Scheda");
        for (int c = 0; c < TREZZO_4.size(); c++) {
            sheet.width(c, TREZZO_4.get(c) * 256);
        }
        for (int r = 0; r < 120; r++) {
            sheet.row(r).height(20);
        }
        SchedaPrint.Blocks blocks = new SchedaPrint.Blocks();
        for (int r = 3; r < 120; r += 4) {
            blocks.startsAt(r);
        }
        SchedaPrint.Across a = SchedaPrint.across(TREZZO_4, 0, List.of(4, 8, 12, 16, 17, 18, 19, 20));
        SchedaPrint.paginate(sheet, blocks, 3, a, 119);
        SheetModel.Print p = sheet.print();
        assertEquals(89, p.scale);
        assertEquals(false, p.fitToPage, "Excel ignores manual breaks when fitting to pages");
        assertTrue(p.landscape && p.overThenDown);
        assertEquals(3, p.fitWidth);
        assertEquals(List.of(8, 18), List.copyOf(sheet.colBreaks()));
        // the rows' pages from the scale: 595 - 72 x (0.75 + 0.75) high, / 0.89, x 0.94, less the 3 title rows
        double room = (595 - 72 * (p.top + p.bottom)) / 0.89 * 0.94 - 60;
        int perPage = (int) (room / 80) * 4;
        assertEquals(3 + perPage - 1, sheet.rowBreaks().first(), "room " + room);
        String xml = new String(it.peg.xlsx.SheetModelXml.xml(sheet, false, new it.peg.xlsx.SheetModelXml.Strings()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<pageSetup paperSize=\"9\" scale=\"89\" fitToWidth=\"3\" fitToHeight=\"0\""
                + " pageOrder=\"overThenDown\" orientation=\"landscape\"/>"), xml);
        assertTrue(xml.contains("<colBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"9\" max=\"1048575\""
                + " man=\"1\"/><brk id=\"19\" max=\"1048575\" man=\"1\"/></colBreaks>"), xml);
        assertTrue(!xml.contains("fitToPage"), xml);
    }
}
