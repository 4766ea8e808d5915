package it.peg.merge;

import it.peg.consolidate.InputFile;
import it.peg.merge.standin.StandInPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office saves its scheda while the night runs (Excel writes a temporary file, removes the old one and renames):
 * a file listed by the night may be gone when it is hashed or copied into the archive. Regression: the night failed
 * with "Errore imprevisto di peg" (NoSuchFileException, exit 4) where it should go on without the file, which the next
 * night finds as it is then.
 */
class InboxChangedDuringRunTest {
    @TempDir
    Path tmp;

    @AfterEach
    void resetLister() {
        QuietNight.lister = InboxWalk::of;
    }

    /** Two offices' files in the inbox; the night's request over them. */
    private MergeRequest twoFiles() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        MergeFixture.drop(inbox, "S001.txt", "servizio=S001\nvalore=80\n");
        MergeFixture.drop(inbox, "S002.txt", "servizio=S002\nvalore=70\n");
        return new MergeRequest(MergeFixture.plan(tmp, 3), inbox, tmp.resolve("work"), Optional.empty());
    }

    private static MergeReport night(MergeRequest request, String now) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return new MergeJob(new StandInPipeline().stages(), clock, "test").run(request, "r-" + now);
    }

    @Test
    void aFileGoneAfterTheListingIsLeftToTheNextNight() throws Exception {
        MergeRequest request = twoFiles();
        Path gone = request.inbox().resolve("S002.txt");
        QuietNight.lister = folder -> {
            InboxWalk walk = InboxWalk.of(folder);
            Files.delete(gone); // after the listing, before the night hashes it
            return walk;
        };
        MergeReport first = night(request, "2024-07-01T02:00:00Z");
        assertEquals(1, first.newFiles(), "the file still there is archived");
        assertEquals(1, first.accepted());
        assertTrue(Ledger.read(request.workDir()).of("RUN_FAILED").isEmpty());

        QuietNight.lister = InboxWalk::of;
        MergeFixture.drop(request.inbox(), "S002.txt", "servizio=S002\nvalore=70\n");
        MergeReport second = night(request, "2024-07-02T02:00:00Z");
        assertEquals(1, second.newFiles(), "saved again, it is archived by the next night");
        assertEquals(2, second.accepted());
    }

    @Test
    void aFileGoneBeforeItIsArchivedIsNotArchived() throws Exception {
        MergeRequest request = twoFiles();
        Archive archive = new Archive(request.workDir());
        Ledger ledger = Ledger.open(request.workDir(), "r-test", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        InputFile present = new InputFile(request.inbox().resolve("S001.txt"), "S001.txt", Instant.EPOCH);
        InputFile gone = new InputFile(request.inbox().resolve("S002.txt"), "S002.txt", Instant.EPOCH);
        List<String> hashes = List.of(it.peg.io.Sha256.ofFile(present.path()), it.peg.io.Sha256.ofFile(gone.path()));
        Files.delete(gone.path()); // hashed, then removed before the copy
        Map<String, History.Known> known = new HashMap<>();
        int archived = ArchiveStep.archiveNew(archive, ledger, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                List.of(present, gone), hashes, known, new CopiesInPlace());
        assertEquals(1, archived);
        assertEquals(1, known.size());
        assertFalse(known.values().stream().anyMatch(k -> k.name().equals("S002.txt")));
    }
}
