package it.peg;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 17, "Italian": a grep of every message in the sources, so that "1 errori" and a Java class name in a
 * message cannot come back. A number is put before a noun only through {@link it.peg.domain.Plural}.
 */
class MessageTextTest {
    /** The product's sources and the tools' (peg demo and peg bench print to users too). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/tools/java"));

    /** A count (a variable or a call, not a literal) concatenated straight before a plural noun. */
    private static final Pattern COUNT_BEFORE_PLURAL = Pattern.compile("[\\w)\\]] \\+ \" \\(?(servizi|schede|file|errori"
            + "|avvisi|obiettivi|indicatori|valori|giorni|righe|celle|fasi|verifiche|anni|mesi|colonne|nomi|codici|volte"
            + "|caratteri|anomalie|consegne|uffici|fogli|nuovi|letti|accettati|scartati|superati|mancanti)\\b");
    private static final Pattern FORMAT_BEFORE_PLURAL = Pattern.compile("%d (servizi|schede|file|errori|avvisi|obiettivi"
            + "|indicatori|valori|giorni|righe|celle|fasi|verifiche|nuovi|letti|accettati|scartati|superati|mancanti)\\b");
    /** An exception's or a class's name turned into text. */
    private static final Pattern CLASS_NAME = Pattern.compile("getSimpleName\\(\\)|getClass\\(\\)\\.getName\\(\\)"
            + "|\\b(e|ex)\\.toString\\(\\)|String\\.valueOf\\((e|ex)\\)|\" \\+ (e|ex)\\b(?!\\.)");

    /** Lines that match for a reason, each said. */
    private static final Map<String, String> ALLOWED = Map.of(
            "generate/InputCells.java", "MAX_TEXT is a constant above 1: 'al massimo 500 caratteri'",
            "bench/", "the developer's benchmark table and its naive reference reader (PoiFullReader), not a municipal "
                    + "user's message",
            "domain/PlanFingerprint.java", "the fingerprint's canonical text, never shown",
            "merge/NightRun.java", "the ledger's RUN_FAILED field, for whoever maintains peg (English keys, like the log)",
            "merge/cache/", "a cache entry that does not decode is a cache miss: its IOException is never shown",
            "scoring/PhaseSchedule.java", "'(mesi GEN-MAR)' names the phase's span of months, it is not a count");

    @Test
    void noCountIsConcatenatedBeforeAPluralNoun() throws IOException {
        assertEquals(List.of(), matches(COUNT_BEFORE_PLURAL));
        assertEquals(List.of(), matches(FORMAT_BEFORE_PLURAL));
    }

    @Test
    void noMessageShowsAJavaClassName() throws IOException {
        assertEquals(List.of(), matches(CLASS_NAME));
    }

    private static List<String> matches(Pattern p) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : SOURCES) {
            matches(p, root, found);
        }
        return found;
    }

    private static void matches(Pattern p, Path root, List<String> found) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                String rel = root.resolve("it/peg").relativize(f).toString().replace('\\', '/');
                if (ALLOWED.keySet().stream().anyMatch(rel::startsWith)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("//") && !line.startsWith("*") && !line.contains("LOG.")
                            && p.matcher(line).find()) {
                        found.add(rel + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
    }
}
