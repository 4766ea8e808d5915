package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.io.SegmentIndex;
import it.peg.scoring.IndicatorScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary's Indicatori rows and the CSV's lines copied from last night's outputs never read their indicators'
 * explanations ({@link it.peg.scoring.Explanation}: made when first read), so a night makes the texts of the rows it
 * renders only; a full render makes every one, and both write the same bytes.
 */
class ExplanationsOfCopiedRowsTest {
    @TempDir
    Path tmp;

    private static long made(ConsolidationResult r) {
        return r.scores().indicators().stream().filter(i -> i.explained().isMade()).count();
    }

    @Test
    void copiedRowsLeaveTheirExplanationsUnmadeAndTheOutputsAreTheFullRenders() throws IOException {
        ConsolidationResult last = SummaryWriteHarness.planOnly(40);
        Path summary = tmp.resolve("riepilogo.xlsx");
        Path csv = tmp.resolve("riepilogo.csv");
        List<SegmentIndex> summaryIndexes;
        SegmentIndex csvIndex;
        try (OutputStream out = Files.newOutputStream(summary)) {
            summaryIndexes = SummaryWorkbookWriter.write(last, out, Optional.empty(), List.of(), Optional.of(tmp));
        }
        try (OutputStream out = Files.newOutputStream(csv)) {
            csvIndex = CsvExporter.write(last, out, Optional.empty());
        }
        int indicators = last.scores().indicators().size();
        assertTrue(indicators > 100);
        assertEquals(indicators, made(last), "a full render reads every explanation");

        ConsolidationResult tonight = SummaryWriteHarness.planOnly(40); // the same inputs, scored again
        assertEquals(0, made(tonight));
        ByteArrayOutputStream copiedSummary = new ByteArrayOutputStream();
        SummaryWorkbookWriter.write(tonight, copiedSummary, Optional.of(summary), summaryIndexes, Optional.of(tmp));
        ByteArrayOutputStream copiedCsv = new ByteArrayOutputStream();
        CsvExporter.write(tonight, copiedCsv, Optional.of(new SegmentIndex.Earlier(csv, csvIndex)));
        assertEquals(0, made(tonight), "rows copied from last night's outputs make no explanation");

        assertArrayEquals(Files.readAllBytes(summary), copiedSummary.toByteArray());
        assertArrayEquals(Files.readAllBytes(csv), copiedCsv.toByteArray());
        assertTrue(tonight.scores().indicators().stream().map(IndicatorScore::explanation).allMatch(t -> !t.isEmpty()));
    }
}
