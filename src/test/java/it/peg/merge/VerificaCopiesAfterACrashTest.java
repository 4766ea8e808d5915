package it.peg.merge;

import it.peg.domain.Verifica;
import it.peg.summary.NucleoReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Before the current outputs of a verifica that ended are replaced by another verifica's, merge keeps them under the
 * ended verifica's names ({@link VerificaSummaries#keepAsItsVerifica}). The copies are normally written by each night
 * after its outputs; a night killed between the two leaves them one night behind, and then the next night, already of
 * another verifica, must keep that verifica's last outputs, all three, not the copies' older bytes.
 */
class VerificaCopiesAfterACrashTest {
    private static final LocalDate JUNE = LocalDate.parse("2024-06-30");
    private static final Verifica DECEMBER = new Verifica(LocalDate.parse("2024-12-31"), Optional.empty(), true);
    private static final NucleoReadResult JUNES_SUMMARY = new NucleoReadResult(Map.of(), List.of(), Optional.of(JUNE));

    @TempDir
    Path work;

    private List<Path> outputs() {
        return List.of(work.resolve(MergeJob.SUMMARY), work.resolve(MergeJob.CSV), work.resolve(MergeJob.FORMS));
    }

    private List<Path> copies() {
        return List.of(work.resolve(VerificaSummaries.summaryOf(JUNE)), work.resolve(VerificaSummaries.csvOf(JUNE)),
                work.resolve(VerificaSummaries.formsOf(JUNE)));
    }

    private void write(List<Path> files, String text, FileTime time) throws Exception {
        for (Path f : files) {
            Files.writeString(f, text + " " + f.getFileName());
            Files.setLastModifiedTime(f, time);
        }
    }

    private Ledger ledger() throws Exception {
        return Ledger.open(work, "r1", Clock.systemUTC());
    }

    /** Regression: only the summary was kept again; the CSV and the Schede kept the night before's bytes. */
    @Test
    void copiesOlderThanTheOutputsAreReplacedByTheOutputs() throws Exception {
        write(copies(), "penultima notte", FileTime.from(Instant.parse("2024-07-01T02:00:05Z")));
        write(outputs(), "ultima notte", FileTime.from(Instant.parse("2024-07-02T02:00:05Z")));
        VerificaSummaries.keepAsItsVerifica(work, JUNES_SUMMARY, DECEMBER, ledger(), Optional.empty());
        for (int i = 0; i < 3; i++) {
            assertEquals(Files.readString(outputs().get(i)), Files.readString(copies().get(i)), copies().get(i) + "");
        }
        assertEquals(3, Ledger.read(work).of("OUTPUT").size(), "each copy recorded");
    }

    /** The copies a night wrote after its outputs, or the Nucleo saved since, are June's: left as they are. */
    @Test
    void copiesNewerThanTheOutputsAreLeftAsTheyAre() throws Exception {
        write(outputs(), "ultima notte", FileTime.from(Instant.parse("2024-07-02T02:00:05Z")));
        write(copies(), "salvato dal Nucleo", FileTime.from(Instant.parse("2024-07-03T09:00:00Z")));
        VerificaSummaries.keepAsItsVerifica(work, JUNES_SUMMARY, DECEMBER, ledger(), Optional.empty());
        for (Path copy : copies()) {
            assertEquals("salvato dal Nucleo " + copy.getFileName(), Files.readString(copy));
        }
        assertEquals(0, Ledger.read(work).of("OUTPUT").size());
    }

    @Test
    void missingCopiesAreMade() throws Exception {
        write(outputs(), "ultima notte", FileTime.from(Instant.parse("2024-07-02T02:00:05Z")));
        VerificaSummaries.keepAsItsVerifica(work, JUNES_SUMMARY, DECEMBER, ledger(), Optional.empty());
        for (int i = 0; i < 3; i++) {
            assertEquals(Files.readString(outputs().get(i)), Files.readString(copies().get(i)));
        }
    }
}
