package it.peg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor of a whole consolidate as a process of its own: a fresh JVM, started as peg's is, that unzips each
 * workbook and parses, with the JDK's StAX, the worksheet parts that hold its inputs, on as many threads as
 * consolidate uses, and prints the cells it crossed. JVM start-up counts, as it counts for consolidate.
 *
 * <p>Argument: a manifest, one workbook a line: {@code path TAB part,part,...} ({@link #manifestLine}).
 */
public final class FloorMain {
    private FloorMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        // the same bound as Consolidator.defaultThreads(), without loading the consolidator
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                FloorReader floor = FloorReader.jdk();
                long cells = 0;
                for (int i = next.getAndIncrement(); i < lines.size(); i = next.getAndIncrement()) {
                    String[] f = lines.get(i).split("\t", 2);
                    cells += floor.read(Path.of(f[0]), Arrays.asList(f[1].split(",")));
                }
                return cells;
            }));
        }
        long cells = 0;
        for (Future<Long> c : counts) {
            cells += c.get();
        }
        pool.shutdown();
        System.out.println(lines.size() + " file, " + cells + " celle, " + threads + " thread");
    }

    /** A line of the manifest: the workbook and the worksheet parts holding its inputs. */
    static String manifestLine(Path workbook, List<String> parts) {
        return workbook.toAbsolutePath() + "\t" + String.join(",", parts);
    }

    static void writeManifest(Path manifest, List<String> lines) throws IOException {
        Files.write(manifest, lines, StandardCharsets.UTF_8);
    }
}
