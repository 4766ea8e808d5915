package it.peg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The benchmark's printed table: per phase the files, seconds, files/s, the speed-up over the naive POI
 * reader ("x baseline": how many times faster), the cost relative to the floor ("x floor": how many
 * times slower than the JDK's zip + StAX, issue 6's floor; "x Woodstox": than the same bare pass with
 * Woodstox, the parser peg uses, a stricter floor) and the peak heap. Plain text, fixed columns, ready to
 * paste into docs/performance.md.
 */
public final class BenchTable {
    private static final String FORMAT = "%-42s %7s %9s %9s %11s %9s %11s %9s %9s";

    private BenchTable() {
    }

    public static List<String> lines(BenchResult r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "peg bench: %d servizi, %d core, load average %s, -Xmx %d MB, consolidate "
                        + "parallelo su %d thread", r.services(), r.cores(),
                r.loadAverage() < 0 ? "n/d" : String.format(Locale.ROOT, "%.2f", r.loadAverage()), r.maxHeap() >> 20,
                r.threads()));
        out.add(String.format(Locale.ROOT, FORMAT, "fase", "file", "secondi", "file/s", "x baseline", "x floor", "x Woodstox", "heap MB", "vivo MB"));
        out.add("-".repeat(124));
        Optional<Double> naive = r.row(Benchmark.NAIVE).flatMap(BenchResult.Row::seconds);
        // issue 6's floor is the JDK's zip + StAX; the bare pass with Woodstox is the stricter one peg holds itself
        // to: no reader built on that parser can do less
        Optional<Double> floor = r.row(Benchmark.FLOOR_JDK).flatMap(BenchResult.Row::seconds);
        Optional<Double> woodstox = r.row(Benchmark.FLOOR).flatMap(BenchResult.Row::seconds);
        for (BenchResult.Row row : r.rows()) {
            String secs = row.seconds().map(s -> String.format(Locale.ROOT, "%.2f", s)).orElse("-");
            String rate = row.filesPerSecond().map(s -> String.format(Locale.ROOT, "%.0f", s)).orElse("-");
            String vsNaive = "";
            String vsFloor = "";
            String vsWoodstox = "";
            if (row.comparable() && row.seconds().isPresent()) {
                double s = row.seconds().get();
                vsNaive = naive.filter(n -> s > 0).map(n -> String.format(Locale.ROOT, "%.1fx", n / s)).orElse("");
                vsFloor = floor.filter(f -> f > 0).map(f -> String.format(Locale.ROOT, "%.2fx", s / f)).orElse("");
                vsWoodstox = woodstox.filter(f -> f > 0).map(f -> String.format(Locale.ROOT, "%.2fx", s / f)).orElse("");
            }
            String heap = row.seconds().isPresent() ? Long.toString(row.peakHeap() >> 20) : "-";
            String live = row.seconds().isPresent() ? Long.toString(row.liveHeap() >> 20) : "-";
            out.add(String.format(Locale.ROOT, FORMAT, row.phase(), row.files(), secs, rate, vsNaive, vsFloor,
                    vsWoodstox, heap, live));
        }
        out.add("");
        out.add("x baseline = tempo della baseline POI / tempo della fase (quante volte più veloce);");
        out.add("x floor = tempo della fase / tempo del floor con zip e StAX del JDK (quante volte più lento);");
        out.add("x Woodstox = tempo della fase / tempo dello stesso floor con Woodstox, il parser di peg (più severo);");
        out.add("heap MB = somma dei picchi dei pool heap (limite superiore, conta anche la spazzatura);");
        out.add("vivo MB = massimo heap occupato dopo una garbage collection.");
        for (BenchResult.Row row : r.rows()) {
            if (!row.note().isEmpty()) {
                out.add("  " + row.phase() + ": " + row.note());
            }
        }
        if (!r.processes().isEmpty()) {
            out.add("");
            out.addAll(processLines(r));
        }
        for (String c : r.checks()) {
            out.add("Verifica: " + c);
        }
        return out;
    }

    private static final String PROCESS_FORMAT = "%-36s %6s %8s %8s %9s %9s %9s %5s %8s %8s";

    /**
     * The whole processes of issue 21: per phase the files, the median wall and CPU seconds, the ratio the issue sets a
     * target for (on wall time and on CPU time), the target, whether it is met, and the heap from the process's GC log.
     */
    static List<String> processLines(BenchResult r) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Processi interi (issue 21): una JVM nuova per processo, avviata come da bin/peg; "
                + "load average %s all'inizio, %s alla fine", load(r.loadAverage()), load(r.loadAfter())));
        out.add(String.format(Locale.ROOT, PROCESS_FORMAT, "fase", "file", "secondi", "CPU s", "rapporto", "su CPU",
                "obiettivo", "esito", "heap MB", "vivo MB"));
        out.add("-".repeat(116));
        for (BenchResult.ProcessRow row : r.processes()) {
            String secs = row.seconds().map(s -> String.format(Locale.ROOT, "%.2f", s)).orElse("-");
            String cpu = row.cpuSeconds().map(s -> String.format(Locale.ROOT, "%.2f", s)).orElse("-");
            String ratio = row.ratio().map(x -> ratio(x.kind(), x.value())).orElse("");
            String ratioCpu = row.ratio().flatMap(x -> x.cpu().map(c -> ratio(x.kind(), c))).orElse("");
            String target = row.ratio().flatMap(x -> x.target().map(t -> (x.kind() == BenchResult.Ratio.Kind.RATE
                    ? ">= " : "<= ") + ratio(x.kind(), t))).orElse("");
            String met = row.ratio().flatMap(BenchResult.Ratio::meetsTarget).map(m -> m ? "sì" : "no").orElse("");
            String heap = row.seconds().isPresent() && row.peakHeap() > 0 ? Long.toString(row.peakHeap() >> 20) : "-";
            String live = row.seconds().isPresent() && row.liveHeap() > 0 ? Long.toString(row.liveHeap() >> 20) : "-";
            out.add(String.format(Locale.ROOT, PROCESS_FORMAT, row.phase(), row.files(), secs, cpu, ratio, ratioCpu, target,
                    met, heap, live));
        }
        out.add("");
        out.add("rapporto: consolidate = tempo / tempo del floor della stessa dimensione (entrambi con l'avvio della JVM);");
        out.add("notti = tempo / tempo della prima notte; generate = schede al secondo. su CPU = lo stesso sul tempo di CPU");
        out.add("del processo (meno sensibile al carico della macchina). heap MB = massimo heap nel log GC del processo");
        out.add("(prima di una raccolta o all'uscita); vivo MB = massimo dopo una raccolta.");
        for (BenchResult.ProcessRow row : r.processes()) {
            if (!row.note().isEmpty()) {
                out.add("  " + row.phase() + " (" + row.files() + "): " + row.note());
            }
        }
        return out;
    }

    static String ratio(BenchResult.Ratio.Kind kind, double value) {
        return switch (kind) {
            case TIMES_FLOOR -> String.format(Locale.ROOT, "%.2fx", value);
            case SHARE_OF_FIRST -> String.format(Locale.ROOT, "%.1f%%", 100 * value);
            case RATE -> String.format(Locale.ROOT, "%.0f/s", value);
        };
    }

    private static String load(double load) {
        return load < 0 ? "n/d" : String.format(Locale.ROOT, "%.2f", load);
    }
}
