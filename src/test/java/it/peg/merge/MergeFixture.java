package it.peg.merge;

import it.peg.io.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds plans and inboxes in the stand-in's text format, and snapshots folders by hash. */
public final class MergeFixture {
    private MergeFixture() {
    }

    public static Path plan(Path dir, int services) throws IOException {
        StringBuilder sb = new StringBuilder("anno=2024\nverifiche=2024-06-30;2024-12-31\n");
        for (int i = 1; i <= services; i++) {
            sb.append("servizio=").append(service(i)).append('\n');
            sb.append("obiettivo=OB").append(i).append(';').append(service(i)).append('\n');
        }
        Path p = dir.resolve("piano.txt");
        Files.createDirectories(dir);
        Files.writeString(p, sb.toString());
        return p;
    }

    public static String service(int i) {
        return String.format("S%03d", i);
    }

    public static Path drop(Path inbox, String name, String content) throws IOException {
        Path p = inbox.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    /** relative path -> SHA-256 of every regular file under {@code dir}, except the given top-level names. */
    public static Map<String, String> hashes(Path dir, String... excluded) throws IOException {
        Map<String, String> result = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String rel = dir.relativize(p).toString();
                if (Files.isRegularFile(p) && Stream.of(excluded).noneMatch(x -> rel.equals(x) || rel.startsWith(x + "/"))) {
                    result.put(rel, Sha256.ofFile(p));
                }
            }
        }
        return result;
    }
}
