package it.peg.merge;

import it.peg.consolidate.InputFile;
import it.peg.io.Sha256;
import it.peg.readback.RawWorkbook;
import it.peg.readback.ReadProblem;
import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file read ahead from the inbox is given for its archived copy only when the copy holds the bytes read; a file is
 * read once whoever comes first, even before the files to read ahead are known; too many files, or a stopped night,
 * read nothing ahead.
 */
class InboxReadAheadTest {
    @TempDir
    Path tmp;

    /** Reads nothing: a workbook holding the file's text, hashed as the real reader hashes it; records each read. */
    private final List<Path> reads = Collections.synchronizedList(new ArrayList<>());
    private final ReturnedWorkbookReader reader = file -> {
        reads.add(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, StandardCharsets.UTF_8).startsWith("damaged")) {
                return new ReadResult(file.getFileName().toString(), Optional.empty(),
                        List.of(ReadProblem.FORMATO_NON_EXCEL.finding(file.getFileName().toString())));
            }
            TreeMap<String, String> meta = new TreeMap<>();
            meta.put("text", new String(bytes, StandardCharsets.UTF_8));
            return new ReadResult(file.getFileName().toString(), Optional.of(new RawWorkbook(
                    file.getFileName().toString(), Sha256.hex(bytes), bytes.length, meta, new TreeMap<>(), false)),
                    List.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };

    private InputFile inbox(String name, String text) throws IOException {
        Path f = Files.createDirectories(tmp.resolve("in")).resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new InputFile(f, name, Instant.EPOCH);
    }

    private Path archived(String name, String text) throws IOException {
        Path f = Files.createDirectories(tmp.resolve("archivio").resolve(Sha256.hex(text))).resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aFileReadAheadIsGivenForItsArchivedCopyOnceAndNotReadAgain() throws IOException {
        InboxReadAhead ahead = new InboxReadAhead(reader);
        InputFile a = inbox("A.xlsx", "values of A");
        ahead.readAhead(List.of(a), () -> false);
        Path copy = archived("A.xlsx", "values of A");
        ReadResult r = ahead.read(copy, "A.xlsx");
        assertEquals(List.of(a.path()), reads);
        assertEquals("values of A", r.workbook().orElseThrow().meta("text").orElseThrow());
        ahead.read(copy, "A.xlsx"); // given once: asked again, the copy is read
        assertEquals(List.of(a.path(), copy), reads);
    }

    @Test
    void anArchivedCopyOfOtherBytesIsReadItself() throws IOException {
        InboxReadAhead ahead = new InboxReadAhead(reader);
        ahead.readAhead(List.of(inbox("A.xlsx", "values of A, saved again")), () -> false);
        Path copy = archived("A.xlsx", "values of A");
        assertEquals("values of A", ahead.read(copy, "A.xlsx").workbook().orElseThrow().meta("text").orElseThrow());
        assertEquals(copy, reads.get(reads.size() - 1));
    }

    @Test
    void aFileWithoutAWorkbookIsReadAgainFromItsCopy() throws IOException {
        InboxReadAhead ahead = new InboxReadAhead(reader);
        InputFile d = inbox("D.xlsx", "damaged");
        ahead.readAhead(List.of(d), () -> false);
        Path copy = archived("D.xlsx", "damaged");
        ahead.read(copy, "D.xlsx");
        assertEquals(List.of(d.path(), copy), reads);
    }

    @Test
    void aFileAskedForBeforeItsTurnIsReadOnceByTheAsker() throws IOException {
        InboxReadAhead ahead = new InboxReadAhead(reader);
        InputFile a = inbox("A.xlsx", "values of A");
        InputFile b = inbox("B.xlsx", "values of B");
        Path copyB = archived("B.xlsx", "values of B");
        // asked for while the thread reading ahead is still on A: B is the asker's, and not read ahead after
        ahead.readAhead(List.of(a, b), () -> {
            if (reads.isEmpty()) {
                return false;
            }
            if (reads.size() == 1) {
                ahead.read(copyB, "B.xlsx");
            }
            return false;
        });
        assertEquals(List.of(a.path(), copyB), reads);
    }

    @Test
    void aFileAskedForBeforeTheFilesToReadAheadAreKnownIsNotReadAheadToo() throws IOException {
        InboxReadAhead ahead = new InboxReadAhead(reader);
        InputFile a = inbox("A.xlsx", "values of A");
        Path copy = archived("A.xlsx", "values of A");
        ahead.read(copy, "A.xlsx");
        ahead.readAhead(List.of(a), () -> false);
        assertEquals(List.of(copy), reads);
    }

    @Test
    void tooManyFilesOrAStoppedNightReadNothingAhead() throws IOException {
        InboxReadAhead ahead = new InboxReadAhead(reader);
        List<InputFile> many = new ArrayList<>();
        for (int i : IntStream.rangeClosed(0, InboxReadAhead.MAX_FILES).toArray()) {
            many.add(inbox("S" + i + ".xlsx", "values " + i));
        }
        ahead.readAhead(many, () -> false);
        assertEquals(List.of(), reads);
        ahead.readAhead(many.subList(0, 3), () -> true);
        assertEquals(List.of(), reads);
        Path copy = archived("S0.xlsx", "values 0");
        ahead.read(copy, "S0.xlsx");
        assertEquals(List.of(copy), reads);
    }
}
