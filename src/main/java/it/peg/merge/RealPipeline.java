package it.peg.merge;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import it.peg.summary.CsvExporter;
import it.peg.summary.NucleoColumnsReader;
import it.peg.summary.NucleoReadResult;
import it.peg.summary.SummaryWorkbookWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import it.peg.io.SegmentIndex;

/** The merge job's {@link Pipeline} over the real stages: plan reader, consolidator, summary writers. */
public final class RealPipeline implements Pipeline {
    private final ReturnedWorkbookReader reader;
    private final Optional<it.peg.domain.LockSeal> seal;

    public RealPipeline() {
        this(new XlsxReturnedWorkbookReader(), Optional.empty());
    }

    /**
     * @param reader the reader of returned files (tests give one with other limits)
     * @param seal   the key of the seals over locked values, from beside the plan ({@link it.peg.io.SealKeyFile})
     */
    public RealPipeline(ReturnedWorkbookReader reader, Optional<it.peg.domain.LockSeal> seal) {
        this.reader = reader;
        this.seal = seal;
    }

    /** The same pipeline, checking locked values against their seals. */
    public RealPipeline sealedBy(Optional<it.peg.domain.LockSeal> key) {
        return new RealPipeline(reader, key);
    }

    @Override
    public PlanReadResult loadPlan(Path planFile) {
        return PlanReader.read(planFile);
    }

    @Override
    public FileAssessment assess(Plan plan, Verifica verifica, InputFile file) {
        return Consolidator.forVerifica(reader, verifica).withSeal(seal).assess(plan, file);
    }

    @Override
    public ConsolidationResult combine(Plan plan, Verifica verifica, List<FileAssessment> files,
                                       Map<String, NucleoOverride> overrides) {
        return Consolidator.forVerifica(reader, verifica).combine(plan, verifica, files, overrides);
    }

    @Override
    public NucleoReadResult readNucleo(Path summaryWorkbook) {
        return NucleoColumnsReader.read(summaryWorkbook);
    }

    @Override
    public Optional<NucleoReadResult> nucleoOfSummary(ConsolidationResult result) {
        return NucleoColumnsReader.readBackOf(result);
    }

    @Override
    public void writeSummary(ConsolidationResult result, OutputStream out) throws IOException {
        SummaryWorkbookWriter.write(result, out);
    }

    @Override
    public void writeCsv(ConsolidationResult result, Writer out) throws IOException {
        CsvExporter.write(result, out);
    }

    @Override
    public Optional<SegmentIndex> writeSummary(ConsolidationResult result, OutputStream out,
                                               Optional<SegmentIndex.Earlier> earlier, Path scratch)
            throws IOException {
        return Optional.of(SummaryWorkbookWriter.write(result, out, earlier, Optional.of(scratch)));
    }

    @Override
    public Optional<SegmentIndex> writeCsv(ConsolidationResult result, OutputStream out,
                                           Optional<SegmentIndex.Earlier> earlier) throws IOException {
        return Optional.of(CsvExporter.write(result, out, earlier));
    }
}
