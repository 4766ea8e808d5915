package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        Thread.sleep(2100); // zip times have a 2-second resolution: a clock-dependent writer would differ
        byte[] second = bytes(SummaryFixture.result());
        assertArrayEquals(first, second);
        Path out = Path.of("target", "riepilogo-test.xlsx");
        Files.createDirectories(out.getParent());
        Files.write(out, first);
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
