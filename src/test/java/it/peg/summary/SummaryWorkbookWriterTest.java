package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.xlsx.DeterministicXlsx;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryWorkbookWriterTest {

    static byte[] bytes(ConsolidationResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SummaryWorkbookWriter().write(result, out);
        return out.toByteArray();
    }

    static XSSFWorkbook workbook(ConsolidationResult result) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(result)));
    }

    @Test
    void sheetsAreNamedAndOrderedAsTheSpecSays() throws IOException {
        try (XSSFWorkbook wb = workbook(SummaryFixture.result())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Sintesi", "Servizi", "Obiettivi", "Indicatori", "Dati", "Fasi", "Anomalie", "Registro"),
                    names);
        }
    }

    @Test
    void sameResultGivesTheSameBytes() throws Exception {
        byte[] first = bytes(SummaryFixture.result());
        byte[] second = bytes(SummaryFixture.result());
        assertArrayEquals(first, second);
        Path out = Path.of("target", "riepilogo-test.xlsx");
        Files.createDirectories(out.getParent());
        Files.write(out, first);
    }

    /**
     * The time of the write reaches no byte of the file. peg's code reads no clock here, but POI stamps zip
     * entries and core properties with the wall clock, and the writer must overwrite both: checked where a time
     * can enter, rather than by writing twice a few seconds apart (zip times have a two-second resolution).
     */
    @Test
    void noTimeOfTheWriteEntersTheFile() throws IOException {
        byte[] file = bytes(SummaryFixture.result());
        String core = null;
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.add(entry.getName());
                assertEquals(DeterministicXlsx.EPOCH, entry.getTimeLocal(), entry.getName());
                assertNull(entry.getCreationTime(), entry.getName());
                assertNull(entry.getLastAccessTime(), entry.getName());
                assertEquals(0, entry.getExtra() == null ? 0 : entry.getExtra().length,
                        entry.getName() + ": no extended timestamp");
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    core = new String(content, StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(entries.size() > 20, entries.toString());
        assertNotNull(core, entries.toString());
        // the document is dated by its verifica (30/09/2018), as a summary of that date
        assertEquals(List.of("2018-09-30T00:00:00Z", "2018-09-30T00:00:00Z"),
                Pattern.compile("<dcterms:(?:created|modified)[^>]*>([^<]*)<").matcher(core).results()
                        .map(m -> m.group(1)).toList(), core);
    }

    @Test
    void rowsCopiedFromTheEarlierSummaryGiveTheBytesOfAFullWrite(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        ConsolidationResult large = SummaryWriteHarness.planOnly(200);
        Path earlier = tmp.resolve("riepilogo.xlsx");
        it.peg.io.SegmentIndex index;
        try (java.io.OutputStream out = Files.newOutputStream(earlier)) {
            index = SummaryWorkbookWriter.write(large, out, java.util.Optional.empty(), java.util.Optional.empty());
        }
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        // the same bytes are no proof that anything was copied: the writer's own account is checked too
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(it.peg.xlsx.DeflatedSegments.class);
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.addAppender(log);
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        it.peg.io.SegmentIndex again;
        try {
            again = SummaryWorkbookWriter.write(large, copied,
                    java.util.Optional.of(new it.peg.io.SegmentIndex.Earlier(earlier, index)), java.util.Optional.of(tmp));
        } finally {
            logger.detachAppender(log);
            logger.setLevel(level);
        }
        int runs = index.segments().size() - 3; // all but the part's head and tail and the header row
        assertEquals(List.of(index.part() + ": " + runs + " of " + index.segments().size() + " segments copied from "
                + earlier), log.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(earlier), left.toList(), "the temporary data in the scratch folder is removed");
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(earlier), copied.toByteArray());
        assertEquals(index, again);
        // consolidate's write, which works out no row key (nothing to copy, no index kept): the same bytes
        ByteArrayOutputStream unkeyed = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(large, unkeyed);
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(earlier), unkeyed.toByteArray());
        assertEquals(bytes(large).length, copied.size());
    }

    @Test
    void emptyFindingsAndRegistryStillMakeAValidWorkbook() throws IOException {
        try (XSSFWorkbook wb = workbook(SummaryFixture.emptyListsResult())) {
            assertEquals(1, wb.getSheet("Anomalie").getTables().size());
            assertEquals(1, wb.getSheet("Registro").getTables().size());
        }
    }
}
