package it.peg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package import graph of peg's sources, from a plain scan of the text: {@code import it.peg.x.Y},
 * {@code import static it.peg.x.Y.z}, {@code import it.peg.x.*} and fully qualified {@code it.peg.x.Y} in code.
 * Comments, string and character literals and text blocks are blanked first, so that a name in a Javadoc or a
 * message does not count. A plain scan rather than ArchUnit: the sources are the whole input, and a scan of them
 * needs no dependency and no compiled classes.
 *
 * @param edges for each package, the other packages it refers to, each with one file that does (for the message)
 */
record ImportGraph(Map<String, Map<String, String>> edges) {

    /** A reference to a peg type: package segments (lower case) followed by a type name or a wildcard. */
    private static final Pattern REFERENCE =
            Pattern.compile("(?<![\\w.])(it\\.peg(?:\\.[a-z_][a-z0-9_]*)+)\\s*\\.\\s*(?:[A-Z]|\\*)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    ImportGraph {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        edges.forEach((from, to) -> copy.put(from, java.util.Collections.unmodifiableMap(new TreeMap<>(to))));
        edges = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The graph of every {@code .java} file under the source roots (folders such as {@code src/main/java}), as one
     * graph: a cycle may pass through several roots.
     */
    static ImportGraph scan(Path... sourceRoots) {
        Map<String, Map<String, String>> edges = new TreeMap<>();
        for (Path root : sourceRoots) {
            scan(root, edges);
        }
        return new ImportGraph(edges);
    }

    /** The packages declared by the {@code .java} files under {@code sourceRoot}. */
    static Set<String> packagesIn(Path sourceRoot) {
        return scan(sourceRoot).edges().keySet();
    }

    private static void scan(Path sourceRoot, Map<String, Map<String, String>> edges) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String source;
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String code = codeOnly(source);
            String from = packageOf(code).orElse("");
            Map<String, String> targets = edges.computeIfAbsent(from, k -> new TreeMap<>());
            String shown = sourceRoot.relativize(file).toString().replace('\\', '/');
            for (String to : referencedPackages(code)) {
                if (!to.equals(from)) {
                    targets.putIfAbsent(to, shown);
                }
            }
        }
    }

    static Optional<String> packageOf(String code) {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The peg packages the code (already stripped of comments and literals) refers to. */
    static Set<String> referencedPackages(String code) {
        Set<String> found = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * The source with comments, string and character literals and text blocks replaced by spaces (line breaks
     * kept), so that only code is scanned.
     */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(source, i, end, out);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = endOfTextBlock(source, i + 3);
                blank(source, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i + 1, c);
                blank(source, i, end, out);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int endOfTextBlock(String s, int from) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith("\"\"\"", i)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int endOfLiteral(String s, int from, char quote) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n') {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return Math.min(i, s.length());
    }

    private static void blank(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(s.charAt(i) == '\n' ? '\n' : ' ');
        }
    }

    /**
     * Every package cycle, one line each: the shortest cycle through each package that is on one, each cycle
     * once, with the file behind every step, for example
     * {@code cli -> generate -> cli (cli/Main.java, generate/Stamp.java)}. Empty when the graph has no cycle.
     */
    List<String> cycles() {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (String start : edges.keySet()) {
            shortestCycleThrough(start).map(ImportGraph::rotatedToSmallest).ifPresent(seen::add);
        }
        List<String> lines = new ArrayList<>();
        for (List<String> cycle : seen) {
            StringBuilder path = new StringBuilder(shortName(cycle.get(0)));
            List<String> files = new ArrayList<>();
            for (int k = 0; k < cycle.size(); k++) {
                String from = cycle.get(k);
                String to = cycle.get((k + 1) % cycle.size());
                path.append(" -> ").append(shortName(to));
                files.add(edges.get(from).get(to));
            }
            lines.add(path + " (" + String.join(", ", files) + ")");
        }
        return lines;
    }

    /** Breadth first from {@code start}'s successors back to {@code start}: the fewest steps. */
    private Optional<List<String>> shortestCycleThrough(String start) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String next : edges.getOrDefault(start, Map.of()).keySet()) {
            if (!parent.containsKey(next)) {
                parent.put(next, start);
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(start)) {
                List<String> cycle = new ArrayList<>();
                String step = parent.get(start);
                while (!step.equals(start)) {
                    cycle.add(0, step);
                    step = parent.get(step);
                }
                cycle.add(0, start);
                return Optional.of(cycle);
            }
            for (String next : edges.getOrDefault(at, Map.of()).keySet()) {
                if (!parent.containsKey(next)) {
                    parent.put(next, at);
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> rotatedToSmallest(List<String> cycle) {
        int min = 0;
        for (int k = 1; k < cycle.size(); k++) {
            if (cycle.get(k).compareTo(cycle.get(min)) < 0) {
                min = k;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(min, cycle.size()));
        rotated.addAll(cycle.subList(0, min));
        return List.copyOf(rotated);
    }

    private static String shortName(String pkg) {
        return pkg.startsWith("it.peg.") ? pkg.substring("it.peg.".length()) : pkg;
    }
}
