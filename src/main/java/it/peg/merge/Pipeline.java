package it.peg.merge;

import it.peg.summary.NucleoReadResult;
import it.peg.plan.PlanReadResult;
import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.scoring.NucleoOverride;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import it.peg.io.SegmentIndex;

/**
 * The stages of the pipeline merge drives, behind one small interface so that merge's own logic (archive,
 * ledger, cache, lock, atomic outputs) is tested with fakes and wired to the real stages in one place
 * (PlanReader, Consolidator, SummaryWorkbookWriter, CsvExporter, NucleoColumnsReader).
 */
public interface Pipeline {
    /** Reads and checks the plan workbook. */
    PlanReadResult loadPlan(Path planFile) throws IOException;

    /**
     * Reads and validates ONE archived file against the values due by {@code verifica}; never throws for a
     * bad workbook (findings instead).
     */
    FileAssessment assess(Plan plan, Verifica verifica, InputFile file);

    /** Picks the newest valid submission per service, scores, builds deliveries and registry. */
    ConsolidationResult combine(Plan plan, Verifica verifica, List<FileAssessment> files,
                                Map<String, NucleoOverride> overrides);

    /** Reads the Nucleo's columns typed into an existing summary workbook. */
    NucleoReadResult readNucleo(Path summaryWorkbook) throws IOException;

    /**
     * What {@link #readNucleo} returns for the summary {@link #writeSummary} writes from {@code result}, when that is
     * known without reading the file back; empty when it is not (then the next night reads it).
     */
    default Optional<NucleoReadResult> nucleoOfSummary(ConsolidationResult result) {
        return Optional.empty();
    }

    /** Writes the summary workbook; same result, same bytes. */
    void writeSummary(ConsolidationResult result, OutputStream out) throws IOException;

    /** Writes the CSV export; same result, same bytes. */
    void writeCsv(ConsolidationResult result, Writer out) throws IOException;

    /**
     * Writes the summary workbook, copying from {@code earlier} what it can (the same bytes as
     * {@link #writeSummary(ConsolidationResult, OutputStream)}), and returns what the next run may copy from it;
     * temporary data goes in {@code scratch}, named as {@link it.peg.io.AtomicFiles#tempFor} names temp files.
     */
    default Optional<SegmentIndex> writeSummary(ConsolidationResult result, OutputStream out,
                                                Optional<SegmentIndex.Earlier> earlier, Path scratch)
            throws IOException {
        writeSummary(result, out);
        return Optional.empty();
    }

    /** As {@link #writeSummary(ConsolidationResult, OutputStream, Optional, Path)}, for the CSV (written as UTF-8). */
    default Optional<SegmentIndex> writeCsv(ConsolidationResult result, OutputStream out,
                                            Optional<SegmentIndex.Earlier> earlier) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        writeCsv(result, w);
        w.flush();
        return Optional.empty();
    }
}
