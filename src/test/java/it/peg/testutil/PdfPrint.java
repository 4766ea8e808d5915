package it.peg.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF as LibreOffice printed it, read back with poppler's {@code pdftotext -bbox}: the pages and every word with its
 * box, to judge the print (issue 19): type of 8 points or more after the fit-to-page scale, no two words drawn over
 * each other (wrapped text taller than its row spills onto the next one), no heading word broken across lines.
 */
public final class PdfPrint {
    /** The smallest type a printed page may use, in points. */
    public static final double MIN_POINTS = 8;
    /**
     * A word's box in {@code pdftotext -bbox} is 1.30 em high: measured on cells of 8, 10 and 20 points printed by
     * LibreOffice at 100% in DejaVu Sans (its Calibri without Carlito) and in Liberation Sans (its Arial), 10.39,
     * 13.01 and 26.02 points for both.
     */
    static final double BOX_PER_POINT = 1.30;
    private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*?)</word>");

    /** One printed word, its page (1-based) and box in points from the page's top left. */
    public record Word(int page, double xMin, double yMin, double xMax, double yMax, String text) {
        public double points() {
            return (yMax - yMin) / BOX_PER_POINT;
        }

        boolean overlaps(Word o) {
            double w = Math.min(xMax, o.xMax) - Math.max(xMin, o.xMin);
            double h = Math.min(yMax, o.yMax) - Math.max(yMin, o.yMin);
            // a third of the smaller box's height: ascenders and descenders of adjacent lines touch legitimately
            return page == o.page && w > 1 && h > Math.min(yMax - yMin, o.yMax - o.yMin) / 3;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "'%s' (p. %d, %.1f pt at %.0f,%.0f)", text, page, points(), xMin, yMin);
        }
    }

    private static final Pattern OUTLINE_ITEM = Pattern.compile("<item page=\"([0-9]+)\">(.*?)</item>");

    private final int pages;
    private final List<Word> words;
    /** The first page of each sheet, in order, from the PDF's bookmarks (LibreOffice writes one per sheet). */
    private final java.util.LinkedHashMap<String, Integer> sheetStarts;

    private PdfPrint(int pages, List<Word> words) {
        this(pages, words, new java.util.LinkedHashMap<>());
    }

    private PdfPrint(int pages, List<Word> words, java.util.LinkedHashMap<String, Integer> sheetStarts) {
        this.pages = pages;
        this.words = List.copyOf(words);
        this.sheetStarts = sheetStarts;
    }

    /** Reads the PDF with {@code pdftotext -bbox}. */
    public static PdfPrint of(Path pdf) throws IOException, InterruptedException {
        Path html = Files.createTempFile("pdf-bbox", ".html");
        try {
            Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), html.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("pdftotext -bbox failed on " + pdf + ": " + log);
            }
            PdfPrint parsed = parse(Files.readString(html, StandardCharsets.UTF_8));
            return new PdfPrint(parsed.pages, parsed.words, outline(pdf));
        } finally {
            Files.deleteIfExists(html);
        }
    }

    /** The PDF's top-level bookmarks, title to page, read with {@code pdftohtml -xml}. */
    private static java.util.LinkedHashMap<String, Integer> outline(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftohtml", "-xml", "-i", "-stdout", "-q", pdf.toString()).redirectErrorStream(true)
                .start();
        String xml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("pdftohtml -xml failed on " + pdf);
        }
        java.util.LinkedHashMap<String, Integer> starts = new java.util.LinkedHashMap<>();
        int at = xml.indexOf("<outline>");
        if (at >= 0) {
            Matcher m = OUTLINE_ITEM.matcher(xml.substring(at));
            while (m.find()) {
                starts.putIfAbsent(unescape(m.group(2)), Integer.parseInt(m.group(1)));
            }
        }
        return starts;
    }

    /** The sheets printed, in order, as the PDF's bookmarks name them. */
    public List<String> sheets() {
        return List.copyOf(sheetStarts.keySet());
    }

    /** The pages (from 1) of one sheet: from its bookmark to the page before the next sheet's. */
    public List<Integer> pagesOf(String sheet) {
        Integer first = sheetStarts.get(sheet);
        if (first == null) {
            throw new AssertionError("no sheet " + sheet + " printed, only " + sheets());
        }
        int last = pages;
        for (int start : sheetStarts.values()) {
            if (start > first) {
                last = Math.min(last, start - 1);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int p = first; p <= last; p++) {
            out.add(p);
        }
        return out;
    }

    /** The words printed on one sheet's pages. */
    public PdfPrint sheet(String sheet) {
        Set<Integer> of = new HashSet<>(pagesOf(sheet));
        return new PdfPrint(pages, words.stream().filter(w -> of.contains(w.page())).toList(), sheetStarts);
    }

    static PdfPrint parse(String html) {
        List<Word> words = new ArrayList<>();
        int page = 0;
        for (String line : html.split("\n")) {
            if (PAGE.matcher(line).find()) {
                page++;
                continue;
            }
            Matcher m = WORD.matcher(line);
            if (m.find()) {
                words.add(new Word(page, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), unescape(m.group(5))));
            }
        }
        return new PdfPrint(page, words);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    public int pages() {
        return pages;
    }

    /**
     * The first word printed on a page: the sheet's name where the page header shows it on the left ({@code &A}),
     * as the summary's and the schede's do.
     */
    public String firstWord(int page) {
        return words.stream().filter(w -> w.page() == page).findFirst().map(Word::text).orElse("");
    }

    /** The words of the pages {@code keep} accepts (page numbers from 1), for checking some sheets only. */
    public PdfPrint only(java.util.function.IntPredicate keep) {
        return new PdfPrint(pages, words.stream().filter(w -> keep.test(w.page())).toList());
    }

    public List<Word> words() {
        return words;
    }

    /** Every word, in order, separated by spaces. */
    public String text() {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    /** The smallest printed word (page header and footer included). */
    public Word smallest() {
        return words.stream().min(Comparator.comparingDouble(Word::points))
                .orElseThrow(() -> new AssertionError("no text printed"));
    }

    /** Pairs of words printed over each other, at most {@code limit}. */
    public List<String> overlaps(int limit) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(Word::page).thenComparingDouble(Word::yMin));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sorted.size() && found.size() < limit; i++) {
            Word a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                Word b = sorted.get(j);
                if (b.page() != a.page() || b.yMin() > a.yMax()) {
                    break;
                }
                if (a.overlaps(b)) {
                    found.add(a + " over " + b);
                }
            }
        }
        return found;
    }

    /** The words of {@code headings} (split at spaces) that were not printed whole: broken across lines or cut. */
    public List<String> brokenWords(Collection<String> headings) {
        Set<String> printed = new HashSet<>();
        words.forEach(w -> printed.addAll(pieces(w.text())));
        List<String> broken = new ArrayList<>();
        for (String h : headings) {
            List<String> expected = new ArrayList<>();
            for (String whole : h.strip().split("\\s+")) {
                if (whole.length() <= LONGEST_WHOLE) {
                    expected.addAll(pieces(whole));
                }
            }
            for (String word : expected) {
                if (!word.isEmpty() && !printed.contains(word) && !broken.contains(word)) {
                    broken.add(word);
                }
            }
        }
        return broken;
    }

    /**
     * The longest word the check expects whole: a longer one ({@code sensibilizzazione/informazione}, 30 characters, in a
     * plan's description) is wider than the scheda's text columns and breaks where the line ends, in Excel too.
     */
    static final int LONGEST_WHOLE = 24;

    /**
     * The words of a text, cut after each hyphen and slash too: a line may break there ({@code socio-} /
     * {@code assistenziali}), never inside the pieces.
     */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            for (String piece : word.split("(?<=[-/])")) {
                if (!piece.isEmpty()) {
                    out.add(piece);
                }
            }
        }
        return out;
    }

    /** Fails unless every word is 8 points or more and no two words are printed over each other. */
    public void assertReadable(String what) {
        Word smallest = smallest();
        if (smallest.points() < MIN_POINTS - 0.05) {
            throw new AssertionError(what + ": printed type under " + MIN_POINTS + " pt: " + smallest);
        }
        List<String> overlaps = overlaps(5);
        if (!overlaps.isEmpty()) {
            throw new AssertionError(what + ": words printed over each other: " + overlaps);
        }
    }

    /** Fails when a word of a heading is broken across lines ("Denominat/ore") or cut. */
    public void assertWhole(String what, Collection<String> headings) {
        List<String> broken = brokenWords(headings);
        if (!broken.isEmpty()) {
            throw new AssertionError(what + ": heading words not printed whole: " + broken);
        }
    }
}
