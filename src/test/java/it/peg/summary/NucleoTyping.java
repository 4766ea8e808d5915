package it.peg.summary;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs type_nucleo.py with the system Python's openpyxl: a summary edited by a program that is not POI. */
final class NucleoTyping {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private NucleoTyping() {
    }

    static void type(Path in, Path out, List<String> edits) throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 with openpyxl not available");
        }
        Path script = Files.createTempFile("type_nucleo", ".py");
        try (InputStream s = NucleoTyping.class.getResourceAsStream("type_nucleo.py")) {
            Files.copy(s, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), in.toString(),
                out.toString()));
        cmd.addAll(edits);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("type_nucleo.py failed: " + output);
        }
        Files.deleteIfExists(script);
    }
}
