package it.peg.bench;

import it.peg.readback.ReadResult;
import it.peg.readback.XlsxReturnedWorkbookReader;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reading of returned workbooks alone, as a process of its own: a fresh JVM (started with peg's options) reads
 * every file of a folder with {@link XlsxReturnedWorkbookReader}, on one thread, and prints that thread's CPU
 * seconds and allocated megabytes, and a digest of the results (the same digest: the same workbooks and findings).
 * Compares two builds' reading without the rest of consolidate (docs/performance.md, "h25-parse").
 *
 * <p>Arguments: a folder, then optionally {@code digest} (the digest costs some CPU of its own: leave it out when
 * measuring).
 */
public final class ReadingMain {
    private ReadingMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            s.sorted().forEach(files::add);
        }
        boolean digest = args.length > 1 && args[1].equals("digest");
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        XlsxReturnedWorkbookReader reader = new XlsxReturnedWorkbookReader();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        for (Path f : files) {
            ReadResult r = reader.read(f);
            if (digest) {
                md.update(r.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf("%d files: %.3f CPU s, %d MB allocated%s%n", files.size(), cpu / 1e9, allocated >> 20,
                digest ? ", digest " + HexFormat.of().formatHex(md.digest()).substring(0, 16) : "");
    }
}
