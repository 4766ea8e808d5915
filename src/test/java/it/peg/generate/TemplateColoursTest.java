package it.peg.generate;

import it.peg.domain.Plan;
import it.peg.xlsx.ExcelLimits;
import it.peg.xlsx.OoxmlSchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comune's template restyled by a tool that writes colours as six hex digits (as peg's own template did before
 * issue 14) still gives schede the schema accepts: the colours are made ARGB when the template is read.
 */
class TemplateColoursTest {
    @TempDir
    Path dir;

    @Test
    void sixDigitColoursOfATemplateAreWrittenAsArgb() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("workbook-templates", WorkbookTemplate.FILE_NAME));
        byte[] sixDigits = sixDigitColours(shipped);
        Path folder = dir.resolve("modello");
        Files.createDirectories(folder);
        Files.write(folder.resolve(WorkbookTemplate.FILE_NAME), sixDigits);
        Path restyled = dir.resolve("restyled.xlsx");
        Files.write(restyled, sixDigits);
        assertTrue(OoxmlSchemaCheck.check(restyled).errors().size() > 10, "the template itself has six-digit colours");

        Plan plan = TestPlans.full();
        ServiceWorkbookGenerator generator = new ServiceWorkbookGenerator(WorkbookTemplate.locate(java.util.Optional.of(folder)));
        Path scheda = generator.write(plan, plan.service(TestPlans.FULL).orElseThrow(), dir.resolve("schede"));
        OoxmlSchemaCheck.Report report = OoxmlSchemaCheck.check(scheda);
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), ExcelLimits.check(report));
        assertArrayEqualsShipped(plan, generator);
    }

    /** Same look, same bytes: the restyled template's schede are those of the shipped one. */
    private static void assertArrayEqualsShipped(Plan plan, ServiceWorkbookGenerator restyled) {
        ServiceWorkbookGenerator shipped = new ServiceWorkbookGenerator(WorkbookTemplate.load(
                Path.of("workbook-templates", WorkbookTemplate.FILE_NAME)));
        var service = plan.service(TestPlans.FULL).orElseThrow();
        org.junit.jupiter.api.Assertions.assertArrayEquals(shipped.generate(plan, service), restyled.generate(plan, service));
    }

    /** The template with every {@code rgb="FFxxxxxx"} of its styles written {@code rgb="xxxxxx"}. */
    private static byte[] sixDigitColours(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int changed = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/styles.xml")) {
                    String s = new String(content, StandardCharsets.UTF_8);
                    String six = s.replaceAll("rgb=\"FF([0-9A-F]{6})\"", "rgb=\"$1\"");
                    changed = s.length() - six.length();
                    content = six.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        assertTrue(changed > 20, "colours rewritten: " + changed / 2);
        return out.toByteArray();
    }
}
