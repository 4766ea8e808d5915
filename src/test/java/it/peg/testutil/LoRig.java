package it.peg.testutil;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shared lo-rig ({@code ../shared/lo-rig/fill.py}): an Italian office worker typing into LibreOffice Calc 7.4
 * it-IT with real key events (its {@code keys} mode), through Calc's own keyboard path: AutoInput, AutoCorrect, the
 * automatic {@code %} of percent cells, validity checks and protection, as a person gets them. {@code setFormula} and
 * {@code .uno:EnterString} skip all four, which is how the traps of issue 14 went unseen.
 *
 * <p>One call types many targets (a soffice start is about 2-3 s, a target about 60 ms): batch them. Where soffice is
 * installed (and always in CI) a missing rig fails the test instead of skipping it.
 */
public final class LoRig {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 300;

    private LoRig() {
    }

    /** {@code ../shared/lo-rig/fill.py} from the project folder. */
    static Path fillScript() {
        return Path.of("..", "shared", "lo-rig", "fill.py").toAbsolutePath().normalize();
    }

    /** Skips outside CI without soffice; fails when soffice is there (or in CI) but the rig or python3 is not. */
    public static void require() {
        LibreOffice.require();
        if (!Files.isRegularFile(fillScript()) || !Files.isExecutable(PYTHON)) {
            throw new AssertionError("the lo-rig is required where LibreOffice is installed: " + fillScript()
                    + " (from the shared folder beside the project) and " + PYTHON + " with python3-uno");
        }
    }

    /** What the rig did: its exit status (0 all taken, 3 some refused) and its report, one line per target. */
    public record Typed(int exit, String report) {
        /** The report's line for a target. */
        public String line(String target) {
            return report.lines().filter(l -> l.startsWith(target + "\t")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + target + " in\n" + report));
        }
    }

    /**
     * Types each text into its target (a defined name or {@code Sheet!B7}), in the map's order, then Enter, into
     * {@code in}, and saves {@code out} as xlsx. Fails the test unless every target took its input.
     */
    public static Typed typeAll(Path in, Path out, Map<String, String> targets) throws IOException, InterruptedException {
        Typed t = type(in, out, targets);
        if (t.exit() != 0) {
            throw new AssertionError("LibreOffice refused some input (exit " + t.exit() + "):\n" + t.report());
        }
        return t;
    }

    /** As {@link #typeAll}, but a refused input (exit 3) is returned for the test to check. */
    public static Typed type(Path in, Path out, Map<String, String> targets) throws IOException, InterruptedException {
        require();
        Path json = Files.createTempFile(out.toAbsolutePath().getParent(), "fill", ".json");
        Path log = Files.createTempFile(out.toAbsolutePath().getParent(), "fill", ".log");
        try {
            Files.writeString(json, json(targets), StandardCharsets.UTF_8);
            List<String> cmd = List.of(PYTHON.toString(), fillScript().toString(), "--mode", "keys", in.toString(),
                    out.toString(), json.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException("fill.py timed out after " + TIMEOUT_SECONDS + " s: " + cmd);
            }
            String report = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0 && p.exitValue() != 3 || !Files.isRegularFile(out)) {
                throw new IOException("fill.py failed (exit " + p.exitValue() + "): " + cmd + "\n" + report);
            }
            return new Typed(p.exitValue(), report);
        } finally {
            Files.deleteIfExists(json);
            Files.deleteIfExists(log);
        }
    }

    private static String json(Map<String, String> targets) {
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : targets.entrySet()) {
            if (b.length() > 1) {
                b.append(",\n");
            }
            b.append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
        }
        return b.append("}\n").toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
