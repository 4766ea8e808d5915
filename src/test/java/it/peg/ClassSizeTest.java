package it.peg;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No class of the product or the tools is over 400 lines (issue 18: "small classes with one job; a class over ~400
 * lines is a sign"): a file that grows past it fails the build with its name and length, so it is split when it is
 * written, not found in a review months later.
 */
class ClassSizeTest {
    static final int MAX_LINES = 400;

    @Test
    void noMainOrToolClassIsOver400Lines() {
        List<String> sources = javaFiles(Path.of("src/main/java"), Path.of("src/tools/java"));
        assertTrue(sources.size() > 250, "the scan sees the sources: " + sources.size() + " files");
        assertEquals(List.of(), tooLong(sources, MAX_LINES), "classes over " + MAX_LINES + " lines");
    }

    @Test
    void aLongFileIsNamedWithItsLength(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path longOne = tmp.resolve("Long.java");
        Files.writeString(longOne, "class Long {\n" + "// x\n".repeat(400) + "}\n");
        Files.writeString(tmp.resolve("Short.java"), "class Short {\n}\n");
        assertEquals(List.of(longOne + ": 402 lines"), tooLong(javaFiles(tmp), MAX_LINES));
    }

    private static List<String> javaFiles(Path... roots) {
        return Stream.of(roots).flatMap(root -> {
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<String> tooLong(List<String> files, int max) {
        return files.stream().map(f -> {
            try (Stream<String> lines = Files.lines(Path.of(f))) {
                long n = lines.count();
                return n > max ? f + ": " + n + " lines" : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(s -> !s.isEmpty()).toList();
    }
}
