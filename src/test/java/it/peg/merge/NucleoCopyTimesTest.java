package it.peg.merge;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Nucleo's work in a verifica's summary is not told by modification times: a copy put back with Explorer,
 * {@code cp -p} or rsync keeps the time of the Nucleo's own save, which may be older than the summary the last night
 * wrote (a delivery arrived while the Nucleo was at work on its copy). What the last complete run left in each file
 * tells which one the Nucleo typed into.
 */
class NucleoCopyTimesTest extends MergeNightCases {
    /** The stand-in, its summaries saying they are of the June verifica, as the real ones say in their Verifica column. */
    static final class JunesSummaries extends it.peg.merge.standin.StandInPipeline {
        @Override
        public it.peg.summary.NucleoReadResult readNucleo(Path summaryWorkbook) throws java.io.IOException {
            it.peg.summary.NucleoReadResult read = super.readNucleo(summaryWorkbook);
            return new it.peg.summary.NucleoReadResult(read.overrides(), read.findings(),
                    java.util.Optional.of(java.time.LocalDate.of(2024, 6, 30)));
        }
    }

    /** The Nucleo's copy of a summary, OB1 judged 0.75, saved at {@code savedAt}. */
    private Path nucleosCopy(Path summary, Instant savedAt) throws Exception {
        Path copy = tmp.resolve("pc-del-nucleo").resolve(summary.getFileName());
        Files.createDirectories(copy.getParent());
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("Obiettivi").getRow(1);
            assertEquals("OB1", row.getCell(0).getStringCellValue());
            row.createCell(2).setCellValue(0.75);
            row.createCell(3).setCellValue("Visto dal Nucleo");
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        Files.setLastModifiedTime(copy, FileTime.from(savedAt));
        return copy;
    }

    private static void assertJudged(Path summary) throws Exception {
        try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("Obiettivi").getRow(1);
            assertEquals(0.75, row.getCell(2) == null ? Double.NaN : row.getCell(2).getNumericCellValue(), 1e-9,
                    summary.getFileName() + ": the Nucleo's judgement");
            assertEquals("Visto dal Nucleo", row.getCell(3) == null ? "" : row.getCell(3).getStringCellValue());
        }
    }

    @Test
    void aVerificasSummaryCopiedBackWithAnOlderTimeKeepsTheNucleosWork() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z");
        Path own = work.resolve(VerificaSummaries.summaryOf(java.time.LocalDate.of(2024, 6, 30)));
        // the Nucleo takes riepilogo-0630.xlsx home in the morning and judges OB1 there, an hour before the next night
        Path copy = nucleosCopy(own, Instant.now().minusSeconds(3600));
        // that night an office sends its scheda: the summaries are written again, after the Nucleo's save
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=50\n");
        run("2024-07-02T02:00:00Z");
        // the next morning the Nucleo puts its copy back with Explorer, which keeps the time of its save
        Files.copy(copy, own, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        run("2024-07-03T02:00:00Z");
        assertJudged(work.resolve(MergeJob.SUMMARY));
        assertJudged(own);
    }

    @Test
    void aSummaryOfTheEndedVerificaCopiedBackWithAnOlderTimeIsKept() throws Exception {
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        run("2024-07-01T02:00:00Z", new JunesSummaries());
        Path june = work.resolve(VerificaSummaries.summaryOf(java.time.LocalDate.of(2024, 6, 30)));
        Path copy = nucleosCopy(june, Instant.now().minusSeconds(3600));
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=50\n");
        run("2024-07-02T02:00:00Z", new JunesSummaries());
        Files.copy(copy, june, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        // the first night of the December verifica keeps June's summary under its name before replacing the current one
        run("2024-12-31T02:00:00Z", new JunesSummaries());
        assertJudged(june);
    }
}
