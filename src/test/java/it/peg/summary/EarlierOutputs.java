package it.peg.summary;

import it.peg.consolidate.ConsolidationResult;
import it.peg.io.SegmentIndex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Last night's three outputs (summary, CSV, Schede per la valutazione) as a night writes them, with their indexes,
 * and tonight's written copying from them: for the tests of the proportional night's writer side.
 */
record EarlierOutputs(Path dir, List<SegmentIndex> summaryIndex, SegmentIndex csvIndex, SegmentIndex formsIndex) {
    /** {@code result}'s outputs written into {@code dir} as a night with nothing to copy from writes them. */
    static EarlierOutputs of(ConsolidationResult result, Path dir) throws IOException {
        List<SegmentIndex> summaryIndex;
        SegmentIndex csvIndex;
        SegmentIndex formsIndex;
        try (OutputStream out = Files.newOutputStream(dir.resolve("riepilogo.xlsx"))) {
            summaryIndex = SummaryWorkbookWriter.write(result, out, Optional.empty(), List.of(), Optional.of(dir));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("riepilogo.csv"))) {
            csvIndex = CsvExporter.write(result, out, Optional.empty());
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("schede-valutazione.xlsx"))) {
            formsIndex = ValutazioneWorkbookWriter.write(result, out, Optional.empty());
        }
        return new EarlierOutputs(dir, summaryIndex, csvIndex, formsIndex);
    }

    /** The indexes, as the night holds them. */
    RenderedServices.Earlier indexes() {
        return new RenderedServices.Earlier(Optional.of(dir.resolve("riepilogo.xlsx")), summaryIndex,
                Optional.of(new SegmentIndex.Earlier(dir.resolve("riepilogo.csv"), csvIndex)),
                Optional.of(new SegmentIndex.Earlier(dir.resolve("schede-valutazione.xlsx"), formsIndex)));
    }

    /** The summary's writing of {@code result}, copying from last night's. */
    void summary(ConsolidationResult result, OutputStream out) throws IOException {
        SummaryWorkbookWriter.write(result, out, Optional.of(dir.resolve("riepilogo.xlsx")), summaryIndex,
                Optional.of(dir));
    }

    void csv(ConsolidationResult result, OutputStream out) throws IOException {
        CsvExporter.write(result, out, Optional.of(new SegmentIndex.Earlier(dir.resolve("riepilogo.csv"), csvIndex)));
    }

    void forms(ConsolidationResult result, OutputStream out) throws IOException {
        ValutazioneWorkbookWriter.write(result, out,
                Optional.of(new SegmentIndex.Earlier(dir.resolve("schede-valutazione.xlsx"), formsIndex)));
    }

    /** The three outputs of {@code result}, copying from last night's: summary, CSV, forms. */
    List<byte[]> outputs(ConsolidationResult result) throws IOException {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        summary(result, summary);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv(result, csv);
        ByteArrayOutputStream forms = new ByteArrayOutputStream();
        forms(result, forms);
        return List.of(summary.toByteArray(), csv.toByteArray(), forms.toByteArray());
    }
}
