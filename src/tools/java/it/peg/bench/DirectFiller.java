package it.peg.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Types values into a workbook peg generated, at the XML level: the named cells' {@code <c>} elements
 * of the worksheet parts get a number ({@code <v>}) or an inline string, the rest of the package is
 * copied as is. Thousands of workbooks are filled in the time POI fills a few dozen, so filling is
 * never the bottleneck of the benchmark. Dates are written as serial numbers (the input cells of a
 * date carry a date format). Only for workbooks written by peg's generator (POI's XML layout).
 */
public final class DirectFiller {
    private static final Pattern SHEET = Pattern.compile("<sheet [^>]*?name=\"([^\"]*)\"[^>]*?r:id=\"([^\"]*)\"");
    private static final Pattern REL = Pattern.compile("<Relationship [^>]*?Id=\"([^\"]*)\"[^>]*?Target=\"([^\"]*)\"");
    private static final Pattern NAME = Pattern.compile("<definedName name=\"([^\"]*)\"[^>]*>'?([^<]*?)'?!\\$([A-Z]+)\\$(\\d+)</definedName>");
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private DirectFiller() {
    }

    /** The filled copy of {@code xlsx}; names the workbook does not define are skipped. Returns how many were set. */
    public static Filled fill(byte[] xlsx, Map<String, Object> values) {
        try {
            Map<String, byte[]> parts = unzip(xlsx);
            String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
            String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
            Map<String, String> targetById = new HashMap<>();
            for (Matcher m = REL.matcher(rels); m.find(); ) {
                targetById.put(m.group(1), "xl/" + m.group(2));
            }
            Map<String, String> partBySheet = new HashMap<>();
            for (Matcher m = SHEET.matcher(workbook); m.find(); ) {
                partBySheet.put(unescape(m.group(1)), targetById.get(m.group(2)));
            }
            Map<String, Map<String, Object>> byPart = new LinkedHashMap<>();
            java.util.Set<String> namedParts = new java.util.TreeSet<>();
            for (Matcher m = NAME.matcher(workbook); m.find(); ) {
                Object v = values.get(m.group(1));
                String part = partBySheet.get(unescape(m.group(2)).replace("''", "'"));
                if (part != null) {
                    namedParts.add(part);
                }
                if (v != null && part != null) {
                    byPart.computeIfAbsent(part, k -> new HashMap<>()).put(m.group(3) + m.group(4), v);
                }
            }
            int set = 0;
            for (Map.Entry<String, Map<String, Object>> e : byPart.entrySet()) {
                StringBuilder out = new StringBuilder();
                String xml = new String(parts.get(e.getKey()), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("<c r=\"([A-Z]+\\d+)\"([^>]*?)(/>|>.*?</c>)").matcher(xml);
                while (m.find()) {
                    Object v = e.getValue().get(m.group(1));
                    if (v == null) {
                        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                        continue;
                    }
                    String style = m.group(2).replaceAll("\\s+t=\"[^\"]*\"", "");
                    m.appendReplacement(out, Matcher.quoteReplacement(cell(m.group(1), style, v)));
                    set++;
                }
                m.appendTail(out);
                parts.put(e.getKey(), out.toString().getBytes(StandardCharsets.UTF_8));
            }
            return new Filled(zip(parts), set, java.util.List.copyOf(namedParts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A filled workbook, how many named cells were set, and the worksheet parts that hold named cells
     * (what a reader of the inputs must stream at least).
     */
    public record Filled(byte[] bytes, int cellsSet, java.util.List<String> namedParts) {
    }

    private static String cell(String ref, String attrs, Object v) {
        if (v instanceof Double d) {
            return "<c r=\"" + ref + "\"" + attrs + "><v>" + number(d) + "</v></c>";
        }
        if (v instanceof LocalDate d) {
            return "<c r=\"" + ref + "\"" + attrs + "><v>" + ChronoUnit.DAYS.between(EPOCH, d) + "</v></c>";
        }
        return "<c r=\"" + ref + "\"" + attrs + " t=\"inlineStr\"><is><t>" + escape(String.valueOf(v)) + "</t></is></c>";
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String unescape(String s) {
        return s.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                z.setTimeLocal(java.time.LocalDateTime.of(2024, 1, 1, 0, 0));
                out.putNextEntry(z);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
