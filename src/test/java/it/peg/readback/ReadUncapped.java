package it.peg.readback;

import it.peg.domain.Finding;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads each file named with the content caps lifted (as if peg had none) and prints, per file, its name and the
 * codes of its findings: run in a child JVM with a small heap by HostileFilesIT, to show that running out of memory
 * on one file is a finding on that file and the next file is read as usual.
 */
public final class ReadUncapped {
    private ReadUncapped() {
    }

    public static void main(String[] args) {
        int big = Integer.MAX_VALUE - 16;
        ReadLimits limits = ReadLimits.defaults().withContent(
                new ReadLimits.Content(big, big, big, big, big, big, big, big, big, 1_000_000, big));
        XlsxReturnedWorkbookReader reader = new XlsxReturnedWorkbookReader(limits);
        for (String a : args) {
            ReadResult r = reader.read(Path.of(a));
            System.out.println(r.fileName() + " -> " + r.workbook().map(w -> "letto").orElse("non letto") + " ["
                    + r.findings().stream().map(Finding::code).collect(Collectors.joining(",")) + "]");
        }
    }
}
