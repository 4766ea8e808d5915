package it.peg.readback;

import it.peg.domain.Finding;

import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads one file and prints a one-line summary: run in a child JVM with a small heap by {@link LargeSheetIT}. */
public final class ReadOneFile {
    private ReadOneFile() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        ReadResult r = new XlsxReturnedWorkbookReader().read(Path.of(args[0]));
        long ms = (System.nanoTime() - start) / 1_000_000;
        String cells = r.workbook().map(w -> w.cells().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().kind() + ":" + e.getValue().number().map(String::valueOf).orElse(e.getValue().text()))
                .collect(Collectors.joining(","))).orElse("");
        String codes = r.findings().stream().map(Finding::code).collect(Collectors.joining(","));
        System.out.println("cells[" + cells + "] findings[" + codes + "] meta[" + r.workbook().map(w -> w.metadata().toString()).orElse("")
                + "] ms=" + ms);
    }
}
