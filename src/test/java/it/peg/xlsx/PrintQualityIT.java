package it.peg.xlsx;

import it.peg.cli.Commands;
import it.peg.cli.Console;
import it.peg.cli.Main;
import it.peg.testutil.LibreOffice;
import it.peg.testutil.PdfPrint;
import it.peg.testutil.SourceForms;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, print quality, judged on what LibreOffice prints: every sheet of the demo's summary, of the Schede per la
 * valutazione that consolidate writes beside it, and of every scheda generated from the shipped plans (the four
 * transcribed source documents among them, with the default template and with their comune's) and from the demo's plan
 * is converted to PDF, each workbook once, and read
 * back with {@code pdftotext -bbox}, sheet by sheet through the PDF's bookmarks. On every page: type of 8 points or more,
 * no two words over each other (a wrapped text taller than its row), every word of the headings and labels whole (no
 * "Denominat/ore"), and on the schede every word of every text; on the scheda's main sheet, no indicator's rows (one per verifica) split across two pages.
 */
class PrintQualityIT {
    /** The shipped plans a scheda is generated from (the formule-* plans test formula reading and have errors). */
    private static final List<String> PLANS = List.of("firenze-2017", "firenze-2021", "montalto-2026", "serravalle-2018",
            "targets-2026", "trezzo-2022", "valdelsa-2025");
    private static final Pattern DATE = Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private int copied;

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
        Path schede = dir.resolve("schede-valutazione.xlsx");
        assertTrue(Files.isRegularFile(schede), "consolidate writes the Schede per la valutazione beside the summary");
        Map<Path, Path> pdfs = convert(List.of(summary, schede));

        PdfPrint print = PdfPrint.of(pdfs.get(summary));
        assertEquals(List.of("Sintesi", "Servizi", "Obiettivi", "Indicatori", "Dati", "Fasi", "Anomalie", "Registro"),
                print.sheets(), "every sheet printed");
        List<String> problems = new ArrayList<>();
        Map<String, String> smallest = new LinkedHashMap<>();
        Map<String, List<String>> headings = headings(summary);
        for (String sheet : print.sheets()) {
            check(problems, smallest, "riepilogo.xlsx " + sheet, print.sheet(sheet), headings.get(sheet));
        }

        PdfPrint forms = PdfPrint.of(pdfs.get(schede));
        int services;
        try (InputStream in = Files.newInputStream(schede); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            services = wb.getNumberOfSheets();
        }
        assertEquals(5, services, "one sheet per service of the demo plan");
        assertEquals(services, forms.pages(), "one page per service");
        List<String> formHeadings = List.of("SCHEDA PER LA VALUTAZIONE", "ATTIVITA'/ OBIETTIVI",
                "PESI % ASSEGNATI AD OGNI ATTIVITA'/ OBIETTIVI",
                "PERCENTUALE DI RAGGIUNGIMENTO DI OGNI ATTIVITA'/ OBIETTIVI", "CAUSE DI EVENTUALI SCOSTAMENTI",
                "NOTE NUCLEO DI VALUTAZIONE", "IL RESPONSABILE DEL SERVIZIO", "IL NUCLEO DI VALUTAZIONE");
        for (String sheet : forms.sheets()) {
            check(problems, smallest, "schede-valutazione.xlsx " + sheet, forms.sheet(sheet), formHeadings);
        }
        report(smallest);
        assertEquals(List.of(), problems);
    }

    @Test
    void everySheetOfEveryGeneratedSchedaPrintsReadably() throws Exception {
        LibreOffice.require();
        List<Path> plans = new ArrayList<>();
        for (String name : PLANS) {
            plans.add(Path.of("src/test/resources/plans", name + ".xlsx"));
        }
        Path example = dir.resolve("esempio.xlsx");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/it/peg/demo/piano-esempio.xlsx"))) {
            Files.copy(in, example);
        }
        plans.add(example);
        List<Path> schede = new ArrayList<>();
        for (Path plan : plans) {
            schede.addAll(generate(plan, plan.getFileName().toString().replace(".xlsx", ""), Optional.empty()));
        }
        assertTrue(schede.size() >= 17, "the plans' schede: " + schede);
        int indicatorsChecked = checkEverySheet(schede, Set.of());
        assertTrue(indicatorsChecked > 100, "indicator blocks checked across page breaks: " + indicatorsChecked);
    }

    /**
     * Each transcribed source document's plan generated with its own comune's template (as {@code SourceFormsIT} types
     * into it), every sheet checked the same way. Serravalle's and Trezzo's templates put the verifiche in columns:
     * there an indicator is one row, which a page cannot break (LibreOffice breaks between rows only), and a row cut
     * off at a page's foot would lose words, which the check of every word of every text finds; so the check of the
     * indicators' verifica rows across page breaks applies to Firenze's schede only, and this test says so.
     */
    @Test
    void everySheetOfTheSourcePlansSchedePrintsReadablyWithItsComunesTemplate() throws Exception {
        LibreOffice.require();
        List<Path> schede = new ArrayList<>();
        Set<String> oneRowPerIndicator = new java.util.TreeSet<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(SourceForms.TEMPLATE_OF).entrySet()) {
            Path templates = Path.of("workbook-templates", e.getValue());
            assertTrue(Files.isRegularFile(templates.resolve("scheda.xlsx")), "the shipped template " + templates);
            List<Path> made = generate(Path.of("src/test/resources/plans", e.getKey() + ".xlsx"),
                    e.getKey() + "-" + e.getValue(), Optional.of(templates));
            if (!e.getValue().equals("firenze")) {
                made.forEach(f -> oneRowPerIndicator.add(f.getFileName().toString()));
            }
            schede.addAll(made);
        }
        assertEquals(4, schede.size(), "one scheda per source document: " + schede);
        System.out.println("indicator rows across page breaks not checked (one row per indicator, verifiche in"
                + " columns): " + oneRowPerIndicator);
        int indicatorsChecked = checkEverySheet(schede, oneRowPerIndicator);
        assertTrue(indicatorsChecked >= 10, "Firenze's indicator blocks checked across page breaks: " + indicatorsChecked);
    }

    /**
     * Schede too wide for one page at 8 points: Serravalle's and Trezzo's templates, which put the verifiche in
     * columns, with a plan of three verifiche (Serravalle 2018 monitored at 30/06, 30/09, 31/12) and one of four
     * (Trezzo 2022 monitored every quarter, with Target and Peso per verifica), each plan with each template. They print
     * on as many pages wide as needed: every sheet checked as the others, and on the Scheda sheet every page that shows
     * verifiche shows the identifying columns at their left (the indicators' heading), and every verifica group (Trezzo's
     * Target, % ponder, Report, Raggiung. under "verifica al ...") whole on one page. The two-verifiche source plans
     * still print one page wide (the test above).
     */
    @Test
    void wideSchedePrintAcrossPagesWithTheIdentifyingColumnsAndWholeVerifiche() throws Exception {
        LibreOffice.require();
        List<Path> schede = new ArrayList<>();
        Map<String, String> identifying = new LinkedHashMap<>();
        Map<String, String> headingOf = Map.of("serravalle", "Indicatori", "trezzo", "INDICATORI");
        for (String template : List.of("serravalle", "trezzo")) {
            for (String plan : List.of("serravalle-2018-tre-verifiche", "trezzo-2022-trimestrale")) {
                List<Path> made = generate(Path.of("src/test/resources/plans", plan + ".xlsx"), plan + "-" + template,
                        Optional.of(Path.of("workbook-templates", template)));
                made.forEach(f -> identifying.put(f.getFileName().toString(), headingOf.get(template)));
                schede.addAll(made);
            }
        }
        assertEquals(4, schede.size(), "each plan with each template: " + schede);
        Map<String, Integer> pagesAcross = new LinkedHashMap<>();
        checkEverySheet(schede, identifying.keySet(), (name, scheda, problems) ->
                pagesAcross.put(name, across(problems, name, scheda, identifying.get(name))));
        System.out.println("Scheda pages showing verifiche, by scheda: " + pagesAcross);
        pagesAcross.forEach((name, pages) -> assertTrue(pages >= 2, name + ": the verifiche on more than one page"));
    }

    /** The plan's schede, generated with the default template or {@code templates}, each copied under a short name. */
    private List<Path> generate(Path plan, String name, Optional<Path> templates) throws Exception {
        Path out = dir.resolve("gen").resolve(name);
        Files.createDirectories(out.getParent());
        List<String> args = new ArrayList<>(List.of("generate", "--plan", plan.toString(), "--out", out.toString()));
        templates.ifPresent(t -> args.addAll(List.of("--templates", t.toString())));
        assertTrue(peg(args.toArray(String[]::new)) <= 1, printed::toString);
        List<Path> schede = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                // a short name of its own for each: soffice writes name.pdf beside the others
                Path copy = dir.resolve("schede").resolve(name + "-" + (copied++) + ".xlsx");
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
                schede.add(copy);
            }
        }
        return schede;
    }

    /**
     * Every sheet of every scheda printed and checked; on the Scheda sheet, the indicators' verifica rows across page
     * breaks, except on the schede named in {@code oneRowPerIndicator}. Returns the indicator blocks checked.
     */
    private int checkEverySheet(List<Path> schede, Set<String> oneRowPerIndicator) throws Exception {
        return checkEverySheet(schede, oneRowPerIndicator, (name, scheda, problems) -> {
        });
    }

    /** A further check of one scheda's Scheda sheet as printed, adding its problems. */
    private interface SchedaCheck {
        void check(String name, PdfPrint scheda, List<String> problems);
    }

    private int checkEverySheet(List<Path> schede, Set<String> oneRowPerIndicator, SchedaCheck further)
            throws Exception {
        Map<Path, Path> pdfs = convert(schede);
        List<String> problems = new ArrayList<>();
        Map<String, String> smallest = new LinkedHashMap<>();
        int indicatorsChecked = 0;
        for (Path scheda : schede) {
            PdfPrint print = PdfPrint.of(pdfs.get(scheda));
            Map<String, List<String>> labels = texts(scheda);
            assertEquals(List.copyOf(labels.keySet()), print.sheets(), scheda + ": every visible sheet printed");
            for (String sheet : print.sheets()) {
                String what = scheda.getFileName() + " " + sheet;
                PdfPrint one = print.sheet(sheet);
                check(problems, smallest, what, one, labels.get(sheet));
                if (sheet.equals("Scheda") && !oneRowPerIndicator.contains(scheda.getFileName().toString())) {
                    indicatorsChecked += indicatorsWhole(problems, what, one);
                }
                if (sheet.equals("Scheda")) {
                    further.check(scheda.getFileName().toString(), one, problems);
                }
            }
        }
        report(smallest);
        assertEquals(List.of(), problems);
        return indicatorsChecked;
    }

    /** Every workbook converted by one soffice run; each workbook's PDF. */
    private Map<Path, Path> convert(List<Path> workbooks) throws Exception {
        Path out = dir.resolve("pdf");
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("--convert-to", "pdf", "--outdir", out.toString()));
        workbooks.forEach(w -> args.add(w.toString()));
        LibreOffice.runSoffice(args);
        Map<Path, Path> pdfs = new LinkedHashMap<>();
        for (Path w : workbooks) {
            Path pdf = out.resolve(w.getFileName().toString().replace(".xlsx", ".pdf"));
            assertTrue(Files.isRegularFile(pdf), "LibreOffice printed " + w);
            pdfs.put(w, pdf);
        }
        return pdfs;
    }

    private static void check(List<String> problems, Map<String, String> smallest, String what, PdfPrint print,
                              List<String> headings) {
        smallest.put(what, String.format(Locale.ROOT, "%.1f pt on %d page(s)", print.smallest().points(),
                print.words().stream().map(PdfPrint.Word::page).distinct().count()));
        try {
            print.assertReadable(what);
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
        try {
            print.assertWhole(what, headings == null ? List.of() : headings);
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    private static void report(Map<String, String> smallest) {
        smallest.forEach((sheet, min) -> System.out.println("printed " + sheet + ": smallest type " + min));
    }

    /**
     * No indicator split across pages: the dates of the Verifica column (found under the indicator table's "Verifica"
     * heading, on one line with the target's) run, page by page, as whole cycles of the plan's verifiche. An indicator whose rows a page break cut
     * leaves a page starting or ending mid-cycle. Returns the indicators checked.
     */
    private static int indicatorsWhole(List<String> problems, String what, PdfPrint print) {
        PdfPrint.Word heading = null;
        for (PdfPrint.Word w : print.words()) {
            // beside it on the heading line: the default's "Target", Firenze's "Valore atteso" (its target's heading)
            boolean tableHeading = w.text().equals("Verifica") && print.words().stream().anyMatch(o -> o.page() == w.page()
                    && (o.text().equals("Target") || o.text().equals("atteso")) && Math.abs(o.yMin() - w.yMin()) < 3);
            if (tableHeading) {
                heading = w;
                break;
            }
        }
        if (heading == null) {
            return 0;
        }
        double column = (heading.xMin() + heading.xMax()) / 2;
        Map<Integer, List<String>> byPage = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        List<PdfPrint.Word> inOrder = new ArrayList<>(print.words());
        inOrder.sort(java.util.Comparator.comparingInt(PdfPrint.Word::page).thenComparingDouble(PdfPrint.Word::yMin));
        for (PdfPrint.Word w : inOrder) {
            if (DATE.matcher(w.text()).matches() && Math.abs((w.xMin() + w.xMax()) / 2 - column) < 20) {
                byPage.computeIfAbsent(w.page(), p -> new ArrayList<>()).add(w.text());
                all.add(w.text());
            }
        }
        int cycle = all.isEmpty() ? 0 : Math.max(1, all.subList(1, all.size()).indexOf(all.get(0)) + 1);
        if (cycle == 0 || all.subList(1, all.size()).indexOf(all.get(0)) < 0) {
            return all.isEmpty() ? 0 : 1;
        }
        List<String> verifiche = all.subList(0, cycle);
        byPage.forEach((page, dates) -> {
            boolean whole = dates.size() % cycle == 0;
            for (int i = 0; whole && i < dates.size(); i++) {
                whole = dates.get(i).equals(verifiche.get(i % cycle));
            }
            if (!whole) {
                problems.add(what + ": an indicator's rows split across a page break, page " + page
                        + " has the verifiche " + dates + " (each indicator: " + verifiche + ")");
            }
        });
        return all.size() / cycle;
    }

    /**
     * A wide Scheda printed across pages: the per-verifica headings are found as a date after "al" on a heading line
     * ("Valore al 30/06/2018", "verifica al 31/03/2022", "Cause di scostamento al ..."; not the judgement's "Stato al");
     * on every page with such a line, the identifying columns' heading ({@code identifying}, its first word) is printed
     * on that line's height, left of every per-verifica heading; every group heading "verifica al ..." has its own
     * Target, % ponder, Report and Raggiung. on the line below on the same page (a group split by a page break would
     * leave a page with fewer). Returns the pages that show per-verifica headings.
     */
    private static int across(List<String> problems, String what, PdfPrint print, String identifying) {
        List<PdfPrint.Word> words = print.words();
        Map<Integer, List<PdfPrint.Word>> headingsByPage = new java.util.TreeMap<>();
        for (PdfPrint.Word date : words) {
            if (!DATE.matcher(date.text()).matches()) {
                continue;
            }
            // "al" just left of the date on its line, or else the nearest on the line above, where the heading wraps
            // ("Valore al" / "30/06/2018", "Cause di eventuali scostamenti al" / "30/06/2018")
            Optional<PdfPrint.Word> al = words.stream().filter(w -> w.text().equals("al") && sameLine(w, date)
                    && date.xMin() - w.xMax() >= 0 && date.xMin() - w.xMax() < 8).findFirst()
                    .or(() -> words.stream().filter(w -> w.text().equals("al") && w.page() == date.page()
                            && date.yMin() - w.yMin() > 3 && date.yMin() - w.yMin() < 16
                            && Math.abs(center(w) - center(date)) < 120)
                            .min(java.util.Comparator.comparingDouble(w -> Math.abs(center(w) - center(date)))));
            if (al.isEmpty()) {
                continue;
            }
            Optional<PdfPrint.Word> before = leftOf(words, al.get());
            if (before.map(w -> w.text().equals("Stato")).orElse(false)) {
                continue; // the office's judgement, "Stato al 30/06/2022"
            }
            headingsByPage.computeIfAbsent(date.page(), p -> new ArrayList<>()).add(
                    before.filter(w -> w.text().equals("verifica")).orElse(date));
        }
        headingsByPage.forEach((page, headings) -> {
            // one line per table on the page: headings within 40 points of the line's top
            List<PdfPrint.Word> sorted = new ArrayList<>(headings);
            sorted.sort(java.util.Comparator.comparingDouble(PdfPrint.Word::yMin));
            while (!sorted.isEmpty()) {
                double top = sorted.get(0).yMin();
                List<PdfPrint.Word> line = sorted.stream().filter(h -> h.yMin() < top + 40).toList();
                sorted.removeAll(line);
                double left = line.stream().mapToDouble(PdfPrint.Word::xMin).min().orElseThrow();
                boolean shown = words.stream().anyMatch(w -> w.page() == page && w.text().equals(identifying)
                        && Math.abs(w.yMin() - top) < 40 && w.xMax() < left);
                if (!shown) {
                    problems.add(what + ": page " + page + " shows the verifiche " + line.stream()
                            .map(PdfPrint.Word::text).toList() + " without the identifying columns ('" + identifying
                            + "' at their left)");
                }
                List<PdfPrint.Word> groups = line.stream().filter(h -> h.text().equals("verifica")).toList();
                for (String member : groups.isEmpty() ? List.<String>of() : List.of("Target", "ponder", "Report",
                        "Raggiung.")) {
                    double groupLine = groups.get(0).yMin();
                    long n = words.stream().filter(w -> w.page() == page && w.text().equals(member)
                            && w.yMin() > groupLine + 3 && w.yMin() < groupLine + 40).count();
                    if (n != groups.size()) {
                        problems.add(what + ": page " + page + " shows " + groups.size() + " verifica group heading(s)"
                                + " and " + n + " '" + member + "' column(s) under them: a verifica's columns split"
                                + " across pages");
                    }
                }
            }
        });
        return headingsByPage.size();
    }

    private static double center(PdfPrint.Word w) {
        return (w.xMin() + w.xMax()) / 2;
    }

    /** The word just left of {@code w} on its line, if any within a space's width. */
    private static Optional<PdfPrint.Word> leftOf(List<PdfPrint.Word> words, PdfPrint.Word w) {
        return words.stream().filter(o -> sameLine(o, w) && o.xMax() <= w.xMin() && w.xMin() - o.xMax() < 8)
                .max(java.util.Comparator.comparingDouble(PdfPrint.Word::xMax));
    }

    private static boolean sameLine(PdfPrint.Word a, PdfPrint.Word b) {
        return a.page() == b.page() && Math.abs(a.yMin() - b.yMin()) < 3;
    }

    /** The texts of the first row of each of the summary's sheets (their headings), and Sintesi's column A (its labels). */
    private static Map<String, List<String>> headings(Path workbook) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sh : wb) {
                List<String> texts = new ArrayList<>();
                for (Row row : sh) {
                    if (sh.getSheetName().equals("Sintesi")) {
                        Cell a = row.getCell(0);
                        if (a != null && a.getCellType() == CellType.STRING) {
                            texts.add(a.getStringCellValue());
                        }
                    } else if (row.getRowNum() == 0) {
                        row.forEach(c -> texts.add(c.getStringCellValue()));
                    }
                }
                out.put(sh.getSheetName(), texts);
            }
        }
        assertTrue(out.values().stream().mapToInt(List::size).sum() > 60, "the summary's headings: " + out);
        return out;
    }

    /** The texts of each visible sheet of a scheda, by sheet in order. */
    private static Map<String, List<String>> texts(Path workbook) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue;
                }
                XSSFSheet sh = wb.getSheetAt(i);
                List<String> texts = new ArrayList<>();
                for (Row row : sh) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            texts.add(c.getStringCellValue());
                        }
                    }
                }
                out.put(sh.getSheetName(), texts);
            }
        }
        return out;
    }
}
