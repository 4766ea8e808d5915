package it.peg.generate;

import it.peg.bench.SyntheticPlan;
import it.peg.domain.Plan;
import it.peg.domain.Service;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Manual timing harness (not a test): generates the first N services of the synthetic plan three times on one
 * thread and prints ms per workbook of the last round, the total size and a digest of all the bytes.
 * Run: java -cp target/classes:target/test-classes:$(deps) it.peg.generate.GenerateTiming [services]
 */
final class GenerateTiming {
    private GenerateTiming() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Plan plan = SyntheticPlan.build(n, 42);
        List<Service> services = plan.services().subList(0, n);
        ServiceWorkbookGenerator gen = new ServiceWorkbookGenerator(WorkbookTemplate.bundled(), "bench");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int round = 1; round <= rounds; round++) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (Service s : services) {
                byte[] b = gen.generate(plan, s);
                bytes += b.length;
                md.update(b);
            }
            double ms = (System.nanoTime() - t0) / 1e6 / services.size();
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / services.size();
            System.out.printf("round %d: %.2f ms/workbook (thread cpu %.2f), %d bytes/workbook, sha %s%n", round, ms, cpu, bytes / services.size(),
                    HexFormat.of().formatHex(md.digest()).substring(0, 16));
        }
    }
}
