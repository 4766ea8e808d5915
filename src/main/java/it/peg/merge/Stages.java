package it.peg.merge;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.FileAssessment;
import it.peg.consolidate.InputFile;
import it.peg.domain.LockSeal;
import it.peg.domain.Plan;
import it.peg.domain.Verifica;
import it.peg.io.SegmentIndex;
import it.peg.plan.PlanReadResult;
import it.peg.plan.PlanReader;
import it.peg.readback.ReturnedWorkbookReader;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.NucleoOverride;
import it.peg.summary.CsvExporter;
import it.peg.summary.NucleoColumnsReader;
import it.peg.summary.NucleoReadResult;
import it.peg.summary.SummaryWorkbookWriter;
import it.peg.summary.ValutazioneWorkbookWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The stages of the pipeline a merge night drives, one small contract each, so that merge's own work (archive,
 * ledger, cache, lock, atomic outputs) is tested with stand-ins and wired to the real stages in one place,
 * {@link #real}: the same {@link PlanReader}, {@link Consolidator} and summary writers {@code consolidate} runs.
 *
 * @param readPlan    reads and checks the plan workbook
 * @param assess      reads and validates ONE archived file against the values due by the verifica
 * @param combine     picks the newest valid submission per service, scores, builds deliveries and registry
 * @param readNucleo  reads the Nucleo's columns typed into an existing summary workbook
 * @param nucleoOf    what {@code readNucleo} gives for the summary written from a result, when known without
 *                    reading the file back
 * @param writeSummary writes the summary workbook
 * @param writeCsv    writes the CSV export (UTF-8)
 * @param writeForms  writes the Schede per la valutazione ({@code schede-valutazione.xlsx}), as consolidate does
 */
public record Stages(ReadPlan readPlan, AssessFile assess, Combine combine, ReadNucleo readNucleo,
                     NucleoOfSummary nucleoOf, WriteSummary writeSummary, WriteOutput writeCsv, WriteOutput writeForms)
        implements NightRun.StagesSource {
    /** The forms written by the real writer: what every night writes them with. */
    public static final WriteOutput FORMS = (result, out, earlier, scratch) ->
            Optional.of(ValutazioneWorkbookWriter.write(result, out, earlier));

    /** The stages with the real writer of the Schede per la valutazione (stand-ins keep their own other stages). */
    public Stages(ReadPlan readPlan, AssessFile assess, Combine combine, ReadNucleo readNucleo,
                  NucleoOfSummary nucleoOf, WriteSummary writeSummary, WriteOutput writeCsv) {
        this(readPlan, assess, combine, readNucleo, nucleoOf, writeSummary, writeCsv, FORMS);
    }

    /** Stages given as they are are their own source ({@link MergeJob} asks for them only on a night that is not quiet). */
    @Override
    public Stages stages() {
        return this;
    }

    public Stages {
        Objects.requireNonNull(readPlan, "readPlan");
        Objects.requireNonNull(assess, "assess");
        Objects.requireNonNull(combine, "combine");
        Objects.requireNonNull(readNucleo, "readNucleo");
        Objects.requireNonNull(nucleoOf, "nucleoOf");
        Objects.requireNonNull(writeSummary, "writeSummary");
        Objects.requireNonNull(writeCsv, "writeCsv");
        Objects.requireNonNull(writeForms, "writeForms");
    }

    /** Reads and checks the plan workbook: findings, not exceptions, for a bad plan. */
    @FunctionalInterface
    public interface ReadPlan {
        PlanReadResult read(Path planFile) throws IOException;
    }

    /** Reads and validates one archived file; never throws for a bad workbook (findings instead). */
    @FunctionalInterface
    public interface AssessFile {
        FileAssessment assess(Plan plan, Verifica verifica, InputFile file);

        /**
         * Reads tonight's new inbox files ahead on the calling thread, until {@code stopped}, for the assessments of
         * their archived copies to take (the same answer as reading the copies); by default nothing.
         */
        default void readAhead(List<InputFile> inboxFiles, BooleanSupplier stopped) {
        }
    }

    /** Every file's assessment into the consolidation the outputs show; reads no file. */
    @FunctionalInterface
    public interface Combine {
        ConsolidationResult combine(Plan plan, Verifica verifica, List<FileAssessment> files,
                                    Map<String, NucleoOverride> overrides);
    }

    /** The Nucleo's columns typed into an existing summary workbook. */
    @FunctionalInterface
    public interface ReadNucleo {
        NucleoReadResult read(Path summaryWorkbook) throws IOException;
    }

    /**
     * What {@link ReadNucleo} gives for the summary written from {@code result}, when that is known without reading
     * the file back; empty when it is not (then the next night reads it).
     */
    @FunctionalInterface
    public interface NucleoOfSummary {
        Optional<NucleoReadResult> of(ConsolidationResult result);
    }

    /**
     * Writes one output (same result, same bytes), copying from {@code earlier} what it can, and returns what the
     * next run may copy from it (empty: nothing); temporary data goes in {@code scratch}, named as
     * {@link it.peg.io.AtomicFiles#tempFor} names temp files.
     */
    @FunctionalInterface
    public interface WriteOutput {
        Optional<SegmentIndex> write(ConsolidationResult result, OutputStream out, Optional<SegmentIndex.Earlier> earlier,
                                     Path scratch) throws IOException;
    }

    /**
     * Writes the summary (same result, same bytes), copying from {@code earlierFile} the runs of rows whose key
     * {@code earlier} (the indexes the run that wrote it returned, one per part) holds, and returns the indexes the
     * next run may copy from (empty: nothing).
     */
    @FunctionalInterface
    public interface WriteSummary {
        List<SegmentIndex> write(ConsolidationResult result, OutputStream out, Optional<Path> earlierFile,
                                 List<SegmentIndex> earlier, Path scratch) throws IOException;
    }

    /**
     * These stages with another reader of the plan: {@code peg merge --previous} reads it with last year's summary,
     * the baselines of relative targets the plan gives none for, as {@code consolidate} does.
     */
    public Stages withReadPlan(ReadPlan other) {
        return new Stages(other, assess, combine, readNucleo, nucleoOf, writeSummary, writeCsv, writeForms);
    }

    /** The real stages, reading returned files with the default limits. */
    public static Stages real() {
        return real(Optional.empty());
    }

    /** The real stages, checking locked values against their seals (the key beside the plan, {@link it.peg.io.SealKeyFile}). */
    public static Stages real(Optional<LockSeal> seal) {
        return real(new LazyReader(), seal);
    }

    /**
     * The reader of returned files made at the first file read: merge makes its stages every night, and a night with
     * nothing new reads none (the reader's set-up, its logger's included, was a few ms of it: issue 21).
     */
    private static final class LazyReader implements ReturnedWorkbookReader {
        private ReturnedWorkbookReader reader;

        private synchronized ReturnedWorkbookReader reader() {
            if (reader == null) {
                reader = new XlsxReturnedWorkbookReader();
            }
            return reader;
        }

        @Override
        public it.peg.readback.ReadResult read(Path file) {
            return reader().read(file);
        }

        @Override
        public it.peg.readback.ReadResult read(Path file, String displayName) {
            return reader().read(file, displayName);
        }
    }

    /**
     * @param reader the reader of returned files (tests give one with other limits)
     * @param seal   the key of the seals over locked values
     */
    public static Stages real(ReturnedWorkbookReader reader, Optional<LockSeal> seal) {
        InboxReadAhead ahead = new InboxReadAhead(reader);
        return new Stages(
                PlanReader::read,
                new AssessFile() {
                    @Override
                    public FileAssessment assess(Plan plan, Verifica verifica, InputFile file) {
                        return Consolidator.forVerifica(ahead, verifica).withSeal(seal).assess(plan, file);
                    }

                    @Override
                    public void readAhead(List<InputFile> inboxFiles, BooleanSupplier stopped) {
                        ahead.readAhead(inboxFiles, stopped);
                    }
                },
                (plan, verifica, files, overrides) ->
                        Consolidator.forVerifica(reader, verifica).combine(plan, verifica, files, overrides),
                NucleoColumnsReader::read,
                NucleoColumnsReader::readBackOf,
                (result, out, earlierFile, earlier, scratch) ->
                        SummaryWorkbookWriter.write(result, out, earlierFile, earlier, Optional.of(scratch)),
                (result, out, earlier, scratch) -> Optional.of(CsvExporter.write(result, out, earlier)),
                FORMS);
    }
}
