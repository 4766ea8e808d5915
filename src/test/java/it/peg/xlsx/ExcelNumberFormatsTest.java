package it.peg.xlsx;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ExcelNumberFormats#isDateFormat} against POI's {@code DateUtil.isADateFormat}, which it answers from a table
 * for the usual codes (so that a consolidate does not initialise {@code DateUtil}): the table's entries, the built-in
 * ids, every format code of the test workbooks and the corpus, and seeded variations of them give what POI gives.
 */
class ExcelNumberFormatsTest {
    private static final int[] IDS = {0, 1, 4, 9, 14, 22, 45, 47, 48, 49, 164, 165, 166, 200, 500};

    private static boolean poi(int id, String code) {
        try {
            return DateUtil.isADateFormat(id, code);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void builtinDateIdsAreThoseOfPoi() {
        for (int id = -2; id < 2000; id++) {
            assertEquals(DateUtil.isInternalDateFormat(id), ExcelNumberFormats.isBuiltinDate(id), "id " + id);
        }
    }

    @Test
    void everyEntryOfTheTableIsWhatPoiSays() {
        for (Map.Entry<String, Boolean> e : ExcelNumberFormats.KNOWN.entrySet()) {
            for (int id : IDS) {
                assertEquals(poi(id, e.getKey()), ExcelNumberFormats.isDateFormat(id, e.getKey()),
                        e.getKey() + " " + id);
            }
            assertEquals(poi(164, e.getKey()), e.getValue(), e.getKey());
        }
    }

    private static List<String> fixtureCodes() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        Pattern code = Pattern.compile("formatCode=\"([^\"]*)\"");
        List<Path> workbooks = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources"), Path.of("../shared/corpus"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
                }
            }
        }
        for (Path f : workbooks) {
            try (ZipFile z = new ZipFile(f.toFile())) {
                ZipEntry styles = z.getEntry("xl/styles.xml");
                if (styles != null) {
                    try (InputStream in = z.getInputStream(styles)) {
                        Matcher m = code.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        while (m.find()) {
                            codes.add(m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
                                    .replace("&gt;", ">").replace("&apos;", "'"));
                        }
                    }
                }
            } catch (IOException | RuntimeException notReadable) {
                // damaged workbooks of the fixtures: no styles to take codes from
            }
        }
        return new ArrayList<>(codes);
    }

    @Test
    void theFixturesCodesTheBuiltinOnesAndVariationsGiveWhatPoiGives() throws IOException {
        List<String> codes = fixtureCodes();
        assertTrue(codes.size() >= 9, "codes: " + codes);
        for (int id = 0; id < 50; id++) {
            if (BuiltinFormats.getBuiltinFormat(id) != null) {
                codes.add(BuiltinFormats.getBuiltinFormat(id));
            }
        }
        codes.addAll(ExcelNumberFormats.KNOWN.keySet());
        codes.add("");
        codes.add(null);
        Random r = new Random(28);
        String pieces = "dmyhsDMYHS0#,.%@/-:;[]$\"\\ EeAP€_*?()";
        for (int i = 0, n = codes.size(); i < 3000; i++) {
            String base = codes.get(r.nextInt(n));
            StringBuilder b = new StringBuilder(base == null ? "" : base);
            int at = r.nextInt(b.length() + 1);
            b.insert(at, pieces.charAt(r.nextInt(pieces.length())));
            if (r.nextBoolean() && b.length() > 1) {
                b.deleteCharAt(r.nextInt(b.length()));
            }
            codes.add(b.toString());
        }
        for (String c : codes) {
            for (int id : IDS) {
                assertEquals(poi(id, c), ExcelNumberFormats.isDateFormat(id, c), c + " " + id);
            }
        }
    }

    /** What a 1904 template's date moves by (a calendar day) and what it does not (a time of day, an elapsed time). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "dd/mm/yyyy|true", "m/d/yy h:mm|true", "mmm-yy|true", "mmmm|true", "DD/MM/YYYY|true",
            "[$-410]d mmmm yyyy|true", "h:mm|false", "hh:mm:ss|false", "mm:ss|false", "[h]:mm|false", "[mm]:ss|false",
            "h:mm AM/PM|false", "\"giorno\" h:mm|false", "[Red][h]:mm|false"})
    void aDayIsShownByDayMonthOrYearParts(String code, boolean day) {
        assertEquals(day, ExcelNumberFormats.showsADay(code));
    }
}
