package it.peg;

import it.peg.domain.FindingCode;
import it.peg.readback.ReadProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every finding code is written once, as a constant of {@link FindingCode} (issue 18): not as a string literal
 * beside the finding that raises it, nor as a second list of constants. The scan reads the main sources.
 */
class FindingCodesInOnePlaceTest {
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
    private static final Set<String> CODES = Arrays.stream(FindingCode.values()).map(FindingCode::code)
            .collect(Collectors.toSet());

    @Test
    void noMainSourceWritesAFindingCodeAsText() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        int read;
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("FindingCode.java")).toList();
            read = sources.size();
            for (Path p : sources) {
                found.addAll(literalCodes(main.relativize(p).toString(), Files.readString(p)));
            }
        }
        assertTrue(read > 100, "the scan reads the main sources: " + read + " files");
        assertEquals(List.of(), found, "finding codes written as text instead of FindingCode's constants");
    }

    @Test
    void theScanFindsACodeWrittenAsText() {
        assertEquals(List.of("plan/X.java:2 \"PIANO_PROTETTO\""), literalCodes("plan/X.java",
                "class X {\n  Finding f = new Finding(Severity.ERRORE, \"PIANO_PROTETTO\", file);\n"
                        + "  String notACode = \"PIANO_PROTETTO_NO\";\n}\n"));
    }

    @Test
    void aReadProblemIsNamedAsItsCode() {
        for (ReadProblem p : ReadProblem.values()) {
            assertEquals(p.name(), p.code());
            assertEquals(p.code(), p.findingCode().code());
            assertEquals(p.code(), p.finding("a.xlsx").code());
        }
    }

    private static List<String> literalCodes(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LITERAL.matcher(lines[i]);
            while (m.find()) {
                if (CODES.contains(m.group(1))) {
                    found.add(file + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        return found;
    }
}
