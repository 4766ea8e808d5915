package it.peg.validation;

import it.peg.domain.Finding;
import it.peg.domain.FindingCode;
import it.peg.domain.Severity;
import it.peg.domain.Submission;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateSubmissionsTest {
    private static ReceivedSubmission file(String name, String service, String time) {
        return new ReceivedSubmission(new Submission(name, service, List.of(), List.of(), List.of(), List.of()),
                Instant.parse(time));
    }

    @Test
    void singleFilesCountWithoutFindings() {
        DuplicateSubmissions.Resolution r = DuplicateSubmissions.resolve(List.of(
                file("a.xlsx", "S01", "2018-10-01T08:00:00Z"), file("b.xlsx", "S02", "2018-10-01T09:00:00Z")));
        assertEquals(List.of("a.xlsx", "b.xlsx"), r.counting().stream().map(Submission::fileName).toList());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void newestReceivedCountsAndBothFilesAreNamed() {
        DuplicateSubmissions.Resolution r = DuplicateSubmissions.resolve(List.of(
                file("S01 corretto.xlsx", "S01", "2018-10-03T08:00:00Z"), file("S01.xlsx", "S01", "2018-10-01T08:00:00Z"),
                file("S02.xlsx", "S02", "2018-10-01T08:00:00Z")));
        assertEquals(List.of("S01 corretto.xlsx", "S02.xlsx"), r.counting().stream().map(Submission::fileName).toList());
        assertEquals(2, r.findings().size());
        for (Finding f : r.findings()) {
            assertEquals(FindingCode.SCHEDA_DUPLICATA.code(), f.code());
            assertEquals(Severity.AVVISO, f.severity());
            assertEquals("S01", f.subject());
            assertEquals("S01 corretto.xlsx", f.expected());
            assertTrue(f.message().contains("'S01.xlsx'") && f.message().contains("'S01 corretto.xlsx'"), f.message());
        }
        Finding loser = r.findings().stream().filter(f -> f.file().equals("S01.xlsx")).findFirst().orElseThrow();
        assertTrue(loser.message().contains("questa non conta"), loser.message());
        Finding winner = r.findings().stream().filter(f -> f.file().equals("S01 corretto.xlsx")).findFirst().orElseThrow();
        assertTrue(winner.message().contains("Conta questa"), winner.message());
    }

    @Test
    void sameTimeIsBrokenByFileNameWhateverTheOrder() {
        String t = "2018-10-01T08:00:00Z";
        List<ReceivedSubmission> files = List.of(file("S01 v2.xlsx", "S01", t), file("S01 v1.xlsx", "S01", t));
        assertEquals("S01 v2.xlsx", DuplicateSubmissions.resolve(files).counting().get(0).fileName());
        assertEquals("S01 v2.xlsx", DuplicateSubmissions.resolve(List.of(files.get(1), files.get(0))).counting().get(0).fileName());
    }
}
