package it.peg.readback;

import it.peg.domain.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads every file of Apache POI's test corpus (none is a peg scheda, many are odd): each must give
 * a result with at least one finding naming the file, no exception, no hang. The full corpus is found as
 * src/test/resources/corpus/README.md says; without it, the committed subset of its most hostile files.
 */
class CorpusIT {
    static final Path COMMITTED = Path.of("src", "test", "resources", "corpus", "poi-test-data");

    /** The full corpus when configured or beside the project, else the committed subset. */
    static Path corpus() {
        for (String configured : new String[] {System.getProperty("peg.corpus"), System.getenv("PEG_CORPUS")}) {
            if (configured != null && !configured.isBlank()) {
                Path p = Path.of(configured).toAbsolutePath();
                assertTrue(Files.isDirectory(p), "the corpus folder configured (peg.corpus / PEG_CORPUS) is missing: " + p);
                return p;
            }
        }
        for (String base : new String[] {"..", "../.."}) {
            Path p = Path.of(base, "shared", "corpus", "poi-test-data").toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return COMMITTED.toAbsolutePath();
    }

    @Test
    void theCommittedSubsetIsThere() throws Exception {
        try (Stream<Path> s = Files.list(COMMITTED)) {
            assertEquals(36, s.count(), "files in " + COMMITTED);
        }
    }

    @Test
    void everyCorpusFileGivesFindingsNamingIt() throws Exception {
        Path corpus = corpus();
        System.out.println("corpus: " + corpus);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty(), "empty corpus");
        XlsxReturnedWorkbookReader reader = new XlsxReturnedWorkbookReader();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ReadResult>> futures = new ArrayList<>();
        for (Path f : files) {
            futures.add(pool.submit(() -> reader.read(f)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "corpus not read within 5 minutes");
        Map<String, Integer> byCode = new TreeMap<>();
        int findings = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            ReadResult r = futures.get(i).get();
            findings += r.findings().size();
            for (Finding f : r.findings()) {
                byCode.merge(f.code(), 1, Integer::sum);
            }
            if (r.findings().stream().noneMatch(f -> f.file().equals(name)) || !r.fileName().equals(name)) {
                problems.add(name + ": " + r.findings());
            }
            // the unusual ones, to review by eye: why a file was refused
            r.findings().stream().filter(f -> !f.code().equals("NON_SCHEDA_PEG") && !f.code().equals("MACRO_IGNORATE"))
                    .forEach(f -> System.out.println("  " + name + ": " + f.code() + " (" + f.value() + ")"));
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("corpus: %d files, %d findings in %d ms; by code %s%n", files.size(), findings, ms, byCode);
        assertEquals(List.of(), problems);
        assertFalse(byCode.containsKey("LETTURA_NON_RIUSCITA"), "a corpus file hit an unexpected failure");
    }
}
