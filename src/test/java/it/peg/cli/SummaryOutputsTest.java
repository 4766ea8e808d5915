package it.peg.cli;

import it.peg.consolidate.ConsolidationResult;
import it.peg.consolidate.Consolidator;
import it.peg.consolidate.InputFile;
import it.peg.consolidate.InputFolders;
import it.peg.domain.Verifica;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * consolidate's outputs with the CSV rendered on a thread of its own while the summary is written
 * ({@link SummaryOutputs#writeWithForms}): the same bytes as written one after the other, nothing left beside them,
 * and a summary that fails leaves the CSV and the Schede per la valutazione as they were.
 */
class SummaryOutputsTest {
    @TempDir
    static Path dir;
    static ConsolidationResult result;

    @BeforeAll
    static void consolidated() throws IOException {
        ManySchede schede = new ManySchede(dir, 6);
        Verifica v = schede.plan.settings().finalVerifica();
        Consolidator consolidator = Pipeline.consolidator(v);
        List<InputFile> inputs = InputFolders.inputFiles(List.of(schede.in));
        result = consolidator.combine(schede.plan, v, consolidator.assessAll(schede.plan, inputs, 2, n -> { }), Map.of());
    }

    @Test
    void theSameBytesAsWrittenOneAfterTheOther() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path together = Files.createDirectories(dir.resolve("together"));
        SummaryOutputs.write(result, one.resolve("riepilogo.xlsx"), Optional.of(one.resolve("riepilogo.csv")));
        SummaryOutputs.writeWithForms(result, together.resolve("riepilogo.xlsx"),
                Optional.of(together.resolve("riepilogo.csv")));
        assertArrayEquals(Files.readAllBytes(one.resolve("riepilogo.xlsx")),
                Files.readAllBytes(together.resolve("riepilogo.xlsx")));
        assertArrayEquals(Files.readAllBytes(one.resolve("riepilogo.csv")),
                Files.readAllBytes(together.resolve("riepilogo.csv")));
        assertEquals(List.of("riepilogo.csv", "riepilogo.xlsx", "schede-valutazione.xlsx"), names(together));
    }

    @Test
    void aSummaryThatFailsLeavesTheCsvAndTheFormsAsTheyWere() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("failing"));
        Path csv = Files.writeString(folder.resolve("riepilogo.csv"), "il CSV di prima");
        Path forms = Files.writeString(folder.resolve("schede-valutazione.xlsx"), "le schede di prima");
        // a folder that is not empty where the summary goes: putting the summary in place fails
        Path summary = Files.createDirectories(folder.resolve("riepilogo.xlsx"));
        Files.writeString(summary.resolve("dentro.txt"), "x");
        assertThrows(IOException.class, () -> SummaryOutputs.writeWithForms(result, summary, Optional.of(csv)));
        assertEquals("il CSV di prima", Files.readString(csv));
        assertEquals("le schede di prima", Files.readString(forms));
        assertEquals(List.of("riepilogo.csv", "riepilogo.xlsx", "schede-valutazione.xlsx"), names(folder),
                "no temp file of the CSV left beside it");
    }

    @Test
    void aCsvThatFailsLeavesTheFormsAsTheyWereAndNoTempFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("csv-failing"));
        Path forms = Files.writeString(folder.resolve("schede-valutazione.xlsx"), "le schede di prima");
        // the CSV's folder is a file: its temp file cannot be made
        Path notAFolder = Files.writeString(folder.resolve("non-una-cartella"), "x");
        Path csv = notAFolder.resolve("riepilogo.csv");
        assertThrows(IOException.class,
                () -> SummaryOutputs.writeWithForms(result, folder.resolve("riepilogo.xlsx"), Optional.of(csv)));
        assertEquals("le schede di prima", Files.readString(forms));
        assertEquals(List.of("non-una-cartella", "riepilogo.xlsx", "schede-valutazione.xlsx"), names(folder),
                "the summary written, no temp file of the forms left beside them");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
