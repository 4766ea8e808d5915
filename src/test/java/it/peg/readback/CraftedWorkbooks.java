package it.peg.readback;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hostile workbooks made at test time from a real generated scheda (never committed): a copy of it with one part
 * rewritten so that the input cell of a cause holds, or the workbook declares, far more than any scheda does. The
 * large parts are streamed into the zip as they are produced: a 300-million-character cell costs the test a few MB
 * of heap, not 600.
 */
public final class CraftedWorkbooks {
    /** Writes the content of one rewritten part. */
    interface Part {
        void write(OutputStream out) throws IOException;
    }

    private final Path source;
    private final String sheetPart;
    private final String cell;

    /** @param source a generated (and filled) scheda; {@code name} one of its cause cells, e.g. CAUSA_I1_0630 */
    public CraftedWorkbooks(Path source, String name) throws IOException {
        this.source = source;
        try (InputStream in = Files.newInputStream(source); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFName n = wb.getName(name);
            CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
            this.sheetPart = wb.getSheet(ref.getSheetName()).getPackagePart().getPartName().getName().substring(1);
            this.cell = new CellReference(ref.getRow(), ref.getCol()).formatAsString(false);
        }
    }

    /** The cause cell holds {@code chars} characters of text, compressing about 100:1 (a random letter every 400). */
    public void hugeText(Path out, long chars) throws IOException {
        byte[] block = new byte[1 << 22];
        Random random = new Random(16);
        for (int i = 0; i < block.length; i++) {
            block[i] = i % 400 == 0 ? (byte) ('a' + random.nextInt(26)) : (byte) 'x';
        }
        replaceCell(out, "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>", o -> {
            long left = chars;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                o.write(block, 0, n);
                left -= n;
            }
        }, "</t></is></c>");
    }

    /** {@code count} more defined names in workbook.xml, before the scheda's own. */
    public void manyNames(Path out, int count) throws IOException {
        String workbook = text("xl/workbook.xml");
        int at = workbook.indexOf("<definedNames>") + "<definedNames>".length();
        copyWith(out, Map.of("xl/workbook.xml", o -> {
            o.write(workbook.substring(0, at).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append("<definedName name=\"N").append(i).append("\">Foglio1!$A$1</definedName>");
                if (sb.length() > 1 << 16) {
                    o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            o.write(workbook.substring(at).getBytes(StandardCharsets.UTF_8));
        }));
    }

    /** {@code count} more shared strings, no count declared, and the cause cell pointing at the last one. */
    public void manySharedStrings(Path out, int count) throws IOException {
        String sst = text("xl/sharedStrings.xml");
        Matcher existing = Pattern.compile("<si>").matcher(sst);
        int have = 0;
        while (existing.find()) {
            have++;
        }
        String head = sst.substring(0, sst.lastIndexOf("</sst>")).replaceFirst(" count=\"\\d+\"", "")
                .replaceFirst(" uniqueCount=\"\\d+\"", "");
        String sheet = cellReplaced("<c r=\"" + cell + "\" t=\"s\"><v>" + (have + count - 1) + "</v></c>");
        copyWith(out, Map.of("xl/sharedStrings.xml", o -> {
            o.write(head.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append("<si><t>t").append(i).append("</t></si>");
                if (sb.length() > 1 << 16) {
                    o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            o.write("</sst>".getBytes(StandardCharsets.UTF_8));
        }, sheetPart, o -> o.write(sheet.getBytes(StandardCharsets.UTF_8))));
    }

    /** The cause cell's inline string nested {@code depth} runs deep. */
    public void deepNesting(Path out, int depth) throws IOException {
        replaceCell(out, "<c r=\"" + cell + "\" t=\"inlineStr\"><is>", o -> {
            repeat(o, "<r>", depth);
            o.write("<t>x</t>".getBytes(StandardCharsets.UTF_8));
            repeat(o, "</r>", depth);
        }, "</is></c>");
    }

    /** The cause cell with one attribute of {@code chars} characters. */
    public void hugeAttribute(Path out, int chars) throws IOException {
        replaceCell(out, "<c r=\"" + cell + "\" t=\"inlineStr\" peg=\"", o -> repeat(o, "A", chars),
                "\"><is><t>x</t></is></c>");
    }

    private static void repeat(OutputStream o, String s, int times) throws IOException {
        byte[] chunk = s.repeat(Math.max(1, 65_536 / s.length())).getBytes(StandardCharsets.UTF_8);
        int per = chunk.length / s.length();
        int left = times;
        while (left > 0) {
            int n = Math.min(per, left);
            o.write(chunk, 0, n * s.length());
            left -= n;
        }
    }

    private void replaceCell(Path out, String before, Part middle, String after) throws IOException {
        String sheet = text(sheetPart);
        Matcher m = cellPattern().matcher(sheet);
        if (!m.find()) {
            throw new IllegalStateException("cell " + cell + " not in " + sheetPart);
        }
        copyWith(out, Map.of(sheetPart, o -> {
            o.write(sheet.substring(0, m.start()).getBytes(StandardCharsets.UTF_8));
            o.write(before.getBytes(StandardCharsets.UTF_8));
            middle.write(o);
            o.write(after.getBytes(StandardCharsets.UTF_8));
            o.write(sheet.substring(m.end()).getBytes(StandardCharsets.UTF_8));
        }));
    }

    private String cellReplaced(String replacement) throws IOException {
        String sheet = text(sheetPart);
        Matcher m = cellPattern().matcher(sheet);
        if (!m.find()) {
            throw new IllegalStateException("cell " + cell + " not in " + sheetPart);
        }
        return sheet.substring(0, m.start()) + replacement + sheet.substring(m.end());
    }

    /** The cell's element, empty ({@code <c r="E12" s="3"/>}) or with content. */
    private Pattern cellPattern() {
        return Pattern.compile("<c r=\"" + cell + "\"[^>]*?(/>|>.*?</c>)", Pattern.DOTALL);
    }

    private String text(String part) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            ZipEntry e = zip.getEntry(part);
            if (e == null) {
                throw new IllegalStateException("no part " + part + " in " + source);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A copy of the source with the given parts rewritten (fast deflate: these parts are large). */
    private void copyWith(Path out, Map<String, Part> replaced) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream zos = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                zos.setLevel(replaced.containsKey(e.getName()) ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
                zos.putNextEntry(new ZipEntry(e.getName()));
                Part p = replaced.get(e.getName());
                if (p != null) {
                    p.write(zos);
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
        }
    }
}
