package it.peg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new JVM started as {@code bin/peg} starts peg: the same {@code java}, the options this JVM got (bin/peg's and
 * {@code PEG_JAVA_OPTS}), the {@code peg.home} property, the application jar (or, run from the build's classes as the
 * tests are, the same class path). Its console is captured to files and counted; its wall time, its CPU time and its heap (from a GC log
 * it writes, the one option added) are measured.
 */
final class JavaProcess {
    /** The main class of the application jar (its manifest's {@code Main-Class}). */
    static final String PEG_MAIN = "it.peg.cli.Main";
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");
    private static final Pattern EXIT_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final List<String> javaOptions;
    private final String classPath;
    private final Optional<String> home;

    JavaProcess(List<String> javaOptions, String classPath, Optional<String> home) {
        this.javaOptions = List.copyOf(javaOptions);
        this.classPath = classPath;
        this.home = home;
    }

    /**
     * As this JVM was started: its options (those {@code bin/peg} gives, its class data sharing archive included, then
     * {@code PEG_JAVA_OPTS}), {@code peg.home}, {@code java.class.path}. Run by bin/peg, {@code peg bench} thus starts
     * consolidate, merge and generate, and the floor too, with the launcher's options.
     */
    static JavaProcess likeThisOne() {
        return new JavaProcess(inherited(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                System.getProperty("java.class.path"), Optional.ofNullable(System.getProperty("peg.home")));
    }

    /**
     * The options of this JVM that a process started like it gets: all but {@code peg.home} (given again, from the
     * property), agents (a profiler or debugger of the bench), logging and recording options (the bench adds its
     * own GC log; a training run's class list or archive, a flight recording, are this process's own).
     */
    static List<String> inherited(List<String> inputArguments) {
        return inputArguments.stream().filter(a -> !a.startsWith("-Dpeg.home=") && !a.startsWith("-javaagent:")
                && !a.startsWith("-agentlib:") && !a.startsWith("-agentpath:") && !a.startsWith("-Xlog")
                && !a.startsWith("-XX:StartFlightRecording") && !a.startsWith("-XX:ArchiveClassesAtExit")
                && !a.startsWith("-XX:DumpLoadedClassList") && !a.equals("-Xshare:dump")).toList();
    }

    /** The JVM options every process gets (before the bench's GC log), as printed with the table. */
    List<String> options() {
        return javaOptions;
    }

    /** The same, with more options after {@code PEG_JAVA_OPTS} (a later {@code -Xmx} wins). */
    JavaProcess withOptions(String... more) {
        List<String> all = new ArrayList<>(javaOptions);
        all.addAll(List.of(more));
        return new JavaProcess(all, classPath, home);
    }

    /** The result of one process. Heap figures are 0 when the GC log could not be read. */
    record Run(int exitCode, double seconds, OptionalLong cpuMillis, long stdoutLines, long stderrLines, long peakHeap,
               long liveHeap, String firstError) {
        Optional<Double> cpuSeconds() {
            return cpuMillis.isPresent() ? Optional.of(cpuMillis.getAsLong() / 1000.0) : Optional.empty();
        }
    }

    /** peg itself, {@code bin/peg ARGS}: the class path and peg's main class, as bin/peg names them. */
    Run peg(Path scratch, String name, List<String> args) throws IOException {
        return run(scratch, name, List.of("-cp", classPath, PEG_MAIN), args);
    }

    /** Another main class on the same class path. */
    Run main(Path scratch, String name, Class<?> mainClass, List<String> args) throws IOException {
        return run(scratch, name, List.of("-cp", classPath, mainClass.getName()), args);
    }

    /** The command line: the JVM's options, {@code peg.home}, the bench's GC log, {@code target} and the arguments. */
    List<String> command(List<String> target, Path gcLog, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaOptions);
        home.ifPresent(h -> cmd.add("-Dpeg.home=" + h));
        // the one option bin/peg does not give: the heap is read from this log (at each collection and at exit)
        cmd.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
        cmd.addAll(target);
        cmd.addAll(args);
        return cmd;
    }

    private Run run(Path scratch, String name, List<String> target, List<String> args) throws IOException {
        Files.createDirectories(scratch);
        Path out = scratch.resolve(name + ".out");
        Path err = scratch.resolve(name + ".err");
        Path gc = scratch.resolve(name + ".gc.log");
        ProcessBuilder pb = new ProcessBuilder(command(target, gc, args))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        OptionalLong cpu0 = childrenCpuMillis();
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        OptionalLong cpu1 = childrenCpuMillis();
        OptionalLong cpu = cpu0.isPresent() && cpu1.isPresent() ? OptionalLong.of(cpu1.getAsLong() - cpu0.getAsLong())
                : OptionalLong.empty();
        long[] heap = heap(gc);
        return new Run(code, seconds, cpu, lines(out), lines(err), heap[0], heap[1], firstLine(err));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The first line of the process's error output (what a failed run says), or "" when there is none. */
    private static String firstLine(Path file) throws IOException {
        try (Stream<String> s = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return s.filter(l -> !l.isBlank()).findFirst().orElse("");
        }
    }

    static long lines(Path file) throws IOException {
        try (Stream<String> s = Files.lines(file, StandardCharsets.UTF_8)) {
            return s.count();
        } catch (UncheckedIOException e) {
            // not UTF-8 (a bug of its own, but the count stays meaningful)
            try (Stream<String> s = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                return s.count();
            }
        }
    }

    /**
     * CPU time of the children this JVM has waited for (Linux: {@code cutime + cstime} of /proc/self/stat, in clock
     * ticks of 10 ms): the difference around one process is that process's CPU time, whatever else runs on the host.
     */
    static OptionalLong childrenCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 16 and 17 of proc(5); f[0] is field 3
            return OptionalLong.of((Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * {peak, live} heap in bytes from the GC log: the peak is the highest heap before a collection or at exit (a lower
     * bound of the true peak, which may fall between two log lines), the live data the highest heap after a collection.
     */
    static long[] heap(Path gcLog) {
        long peak = 0;
        long live = 0;
        long atExit = 0;
        try (Stream<String> lines = Files.lines(gcLog, StandardCharsets.ISO_8859_1)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.contains("gc,heap,exit")) {
                    Matcher m = EXIT_USED.matcher(line);
                    if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                        atExit += Long.parseLong(m.group(1)) << 10;
                    }
                } else if (line.contains("GC(")) {
                    Matcher m = GC_PAUSE.matcher(line);
                    if (m.find()) {
                        peak = Math.max(peak, bytes(m.group(1), m.group(2)));
                        live = Math.max(live, bytes(m.group(3), m.group(4)));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return new long[]{0, 0};
        }
        return new long[]{Math.max(peak, atExit), live};
    }

    private static long bytes(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) {
            case "G" -> v << 30;
            case "M" -> v << 20;
            default -> v << 10;
        };
    }
}
