package it.peg.consolidate;

import it.peg.readback.ReadResult;
import it.peg.readback.ReturnedWorkbookReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** consolidate's files read while the plan loads: each handed over once, the others read when asked. */
class ReadAheadTest {
    /** Records every read; counts down once per read. */
    private static final class Recording implements ReturnedWorkbookReader {
        final List<String> reads = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done;

        Recording(int expected) {
            done = new CountDownLatch(expected);
        }

        @Override
        public ReadResult read(Path file) {
            return read(file, file.getFileName().toString());
        }

        @Override
        public ReadResult read(Path file, String fileName) {
            reads.add(fileName);
            done.countDown();
            return new ReadResult(fileName, Optional.empty(), List.of());
        }
    }

    private static List<InputFile> files(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new InputFile(Path.of("in", "S" + i + ".xlsx"), "S" + i + ".xlsx",
                Instant.EPOCH)).toList();
    }

    @Test
    void eachFileReadAheadIsHandedOverOnceAndNotReadAgain() throws InterruptedException {
        List<InputFile> files = files(5);
        Recording reader = new Recording(5);
        ReadAhead ahead = ReadAhead.start(reader, files, 2);
        assertTrue(reader.done.await(30, TimeUnit.SECONDS), "the five files read ahead");
        ahead.stop();
        assertEquals(5, ahead.readAhead());
        List<ReadResult> first = files.stream().map(f -> ahead.read(f.path(), f.name())).toList();
        assertEquals(5, reader.reads.size(), "nothing read twice");
        assertEquals(List.of("S1.xlsx", "S2.xlsx", "S3.xlsx", "S4.xlsx", "S5.xlsx"),
                first.stream().map(ReadResult::fileName).toList());
        assertEquals(0, ahead.readAhead(), "every result handed over");
        // asked again (never by consolidate): read again, not a result already handed over
        ReadResult again = ahead.read(files.get(0).path(), files.get(0).name());
        assertNotSame(first.get(0), again);
        assertEquals(6, reader.reads.size());
    }

    @Test
    void aFileAskedUnderAnotherNameOrNotListedIsReadWhenAsked() throws InterruptedException {
        List<InputFile> files = files(2);
        Recording reader = new Recording(2);
        ReadAhead ahead = ReadAhead.start(reader, files, 1);
        assertTrue(reader.done.await(30, TimeUnit.SECONDS));
        ahead.stop();
        assertEquals("altro.xlsx", ahead.read(files.get(0).path(), "altro.xlsx").fileName());
        assertEquals("S9.xlsx", ahead.read(Path.of("in", "S9.xlsx"), "S9.xlsx").fileName());
        assertEquals(4, reader.reads.size());
        ReadResult kept = ahead.read(files.get(0).path(), "S1.xlsx");
        assertEquals("S1.xlsx", kept.fileName());
        assertEquals(4, reader.reads.size(), "still the one read ahead");
    }

    @Test
    void stoppedBeforeReadingEverythingTheRestIsReadWhenAsked() {
        List<InputFile> files = files(50);
        Recording reader = new Recording(50);
        ReadAhead ahead = ReadAhead.start(reader, files, 2);
        ahead.stop();
        int before = ahead.readAhead();
        assertEquals(before, reader.reads.size(), "after stop nothing more is read ahead");
        List<String> names = files.stream().map(f -> ahead.read(f.path(), f.name()).fileName()).toList();
        assertEquals(files.stream().map(InputFile::name).toList(), names);
        assertEquals(50, reader.reads.size(), "each file read once, ahead or when asked");
    }
}
