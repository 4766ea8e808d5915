package it.peg.bench;

import it.peg.domain.Plan;
import it.peg.domain.PlanFingerprint;
import it.peg.domain.Submission;
import it.peg.domain.Verifica;
import it.peg.plan.PlanReader;
import it.peg.readback.RawWorkbook;
import it.peg.readback.XlsxReturnedWorkbookReader;
import it.peg.scoring.Scorer;
import it.peg.validation.SubmissionValidator;
import it.peg.validation.ValidationResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The assess+score work of consolidate alone, for measuring validation and scoring (issue 21, h25-validate): in a
 * fresh JVM started with peg's options ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), every returned workbook of
 * a folder is read first and the services' fingerprints computed (consolidate restores them with the plan from its
 * cache), then each workbook is validated and its service scored ahead on one thread, as an assess thread does, cold
 * code included. Prints the CPU time of that thread and of the process (JIT and GC included) over that part only.
 *
 * <p>Arguments: plan, folder of returned workbooks, date of the verifica ({@code 2024-12-31}).
 */
public final class AssessScoreMain {
    private AssessScoreMain() {
    }

    public static void main(String[] args) throws Exception {
        Plan plan = PlanReader.read(Path.of(args[0])).plan().orElseThrow();
        Verifica verifica = plan.settings().verificaAt(LocalDate.parse(args[2]));
        XlsxReturnedWorkbookReader reader = new XlsxReturnedWorkbookReader();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        List<RawWorkbook> workbooks = new ArrayList<>();
        for (Path f : files) {
            reader.read(f).workbook().ifPresent(workbooks::add);
        }
        PlanFingerprint.ofEveryService(plan);
        SubmissionValidator validator = new SubmissionValidator(verifica.date().plusDays(1));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long process0 = os.getProcessCpuTime();
        long thread0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        int scored = 0;
        int findings = 0;
        for (RawWorkbook wb : workbooks) {
            ValidationResult r = validator.validate(plan, wb);
            findings += r.findings().size();
            if (r.submission().isPresent()) {
                Submission s = r.submission().get();
                if (s.reportsAnythingAt(verifica.date()) && Scorer.scoreAhead(plan, verifica, s).isPresent()) {
                    scored++;
                }
            }
        }
        long thread1 = threads.getCurrentThreadCpuTime();
        long wall1 = System.nanoTime();
        long process1 = os.getProcessCpuTime();
        System.out.printf("files %d scored %d findings %d assess+score %.0f ms thread CPU, %.0f ms process CPU (JIT, GC"
                        + " included), %.0f ms wall%n", workbooks.size(), scored, findings, (thread1 - thread0) / 1e6,
                (process1 - process0) / 1e6, (wall1 - wall0) / 1e6);
    }
}
