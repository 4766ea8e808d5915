package it.peg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a process is started (as bin/peg starts peg) and how its heap is read from its GC log. */
class JavaProcessTest {
    @TempDir
    Path dir;

    @Test
    void theHeapIsTheHighestBeforeACollectionOrAtExitAndTheLiveDataTheHighestAfterOne() throws Exception {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.003s][info][gc] Using G1
                [0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 5.123ms
                [0.900s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 130M->41M(256M) 9.001ms
                [1.200s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 60M->20M(256M) 3.0ms
                [1.500s][info][gc,heap,exit] Heap
                [1.500s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 71680K [0x00000000f0000000, 0x0000000100000000)
                [1.500s][info][gc,heap,exit]  Metaspace       used 165000K, committed 166000K, reserved 1114112K
                """);
        assertArrayEquals(new long[]{130L << 20, 41L << 20}, JavaProcess.heap(log));
        Files.writeString(log, "[0.035s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 1439K [0x0, 0x1)\n");
        assertArrayEquals(new long[]{1439L << 10, 0}, JavaProcess.heap(log));
        assertArrayEquals(new long[]{0, 0}, JavaProcess.heap(dir.resolve("missing.log")));
    }

    @Test
    void theApplicationJarRunsWithItsMainClassAndItsOptions() {
        Path gc = dir.resolve("gc.log");
        JavaProcess jar = new JavaProcess(List.of("-Xss2m"), "/opt/peg/target/peg-app.jar", Optional.of("/opt/peg"))
                .withOptions("-Xmx256m");
        List<String> cmd = jar.command(List.of("-cp", "/opt/peg/target/peg-app.jar", JavaProcess.PEG_MAIN), gc,
                List.of("merge"));
        assertEquals(List.of("-Xss2m", "-Xmx256m", "-Dpeg.home=/opt/peg", "-Xlog:gc,gc+heap+exit:file=" + gc, "-cp",
                "/opt/peg/target/peg-app.jar", "it.peg.cli.Main", "merge"), cmd.subList(1, cmd.size()));
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), cmd.get(0));
    }

    @Test
    void aProcessGetsTheLauncherOptionsOfThisJvmButNotItsAgentsLogsRecordingsOrPegHome() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=/opt/peg/lib/peg.jsa",
                        "-Xmx2g", "-Dfile.encoding=UTF-8"),
                JavaProcess.inherited(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-XX:SharedArchiveFile=/opt/peg/lib/peg.jsa", "-Xmx2g", "-Dfile.encoding=UTF-8",
                        "-Dpeg.home=/opt/peg", "-javaagent:/tmp/profiler.jar", "-agentlib:jdwp=transport=dt_socket",
                        "-Xlog:gc:file=/tmp/gc.log", "-XX:StartFlightRecording=filename=x.jfr",
                        "-XX:ArchiveClassesAtExit=x.jsa", "-XX:DumpLoadedClassList=x.classlist")));
    }

    @Test
    void aProcessIsTimedCountedAndItsCpuTimeKnown() throws Exception {
        JavaProcess.Run run = JavaProcess.likeThisOne().main(dir, "floor", FloorMain.class,
                List.of(Files.writeString(dir.resolve("empty.txt"), "").toString()));
        assertEquals(0, run.exitCode(), run.firstError());
        assertEquals(1, run.stdoutLines());
        assertEquals(List.of("0 file, 0 celle, " + Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))
                + " thread"), Files.readAllLines(dir.resolve("floor.out")));
        assertEquals(System.getProperty("os.name").startsWith("Linux"), run.cpuMillis().isPresent());
    }
}
