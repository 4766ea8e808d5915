package it.peg.cli;

import it.peg.merge.Stages;
import org.apache.commons.cli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code peg merge --previous FILE}: last year's summary, the baselines of relative targets the plan gives none for,
 * as the nightly job must treat it: part of the identity merge stamps its caches, night state and manifest with, read
 * with the plan and checked to be the file the night started with, and never one of the summaries merge itself
 * rewrites.
 */
final class LastYearsSummary {
    private LastYearsSummary() {
    }

    /**
     * Whether {@code previous} is one of the summaries merge writes in {@code work} ({@code riepilogo.xlsx}, a
     * verifica's {@code riepilogo-MMDD.xlsx}): this year's values, rewritten every night, are no baselines.
     */
    static boolean isMergesOwn(Path previous, Path work) {
        Path file = previous.toAbsolutePath().normalize();
        try {
            file = previous.toRealPath(); // a link to merge's own summary is that summary
        } catch (java.io.IOException e) {
            // not there (or not reachable): its reading names it
        }
        Path name = file.getFileName();
        Path parent = file.getParent();
        if (name == null || parent == null
                || !name.toString().matches("riepilogo(-(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01]))?\\.xlsx")) {
            return false;
        }
        Path folder = work.toAbsolutePath().normalize();
        try {
            return parent.equals(folder) || Files.isDirectory(folder) && Files.isSameFile(parent, folder);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The stages reading the plan with last year's summary when {@code --previous} names one. The night is stamped
     * with the identity the summary had when it started (the end of {@code build}, {@link MergeCommand#identityOf}); one replaced
     * before the plan was read would have its baselines stamped with the identity of another file (quiet nights on
     * them once that one is back), so the file is looked at again once read, and a night that did not read the file
     * it started with stops.
     */
    static Stages readingPlanWith(Stages stages, CommandLine line, String build) {
        if (!line.hasOption("previous")) {
            return stages;
        }
        return stages.withReadPlan(planFile -> {
            it.peg.plan.PlanReadResult read = PlanLoader.read(planFile, line);
            if (!build.endsWith(identity(line))) {
                throw new it.peg.merge.SummaryUnreadableException("Il riepilogo dell'anno precedente "
                        + line.getOptionValue("previous") + " è cambiato mentre merge lo leggeva: nessun file scritto."
                        + " Rilanciare merge quando il file non viene più modificato.");
            }
            return read;
        });
    }

    /**
     * What tells last year's summary from another: empty without {@code --previous}, else {@code "+precedente:"} and
     * the first 16 hex digits of the file's SHA-256 ({@code "+precedente:?"} when it cannot be read: the plan's reading
     * then reports it), read again only when the file's stamp changed ({@link it.peg.merge.PreviousSummaryDigest}). Merge stamps its caches, night state and manifest with it, as with the seals' key: the plan's
     * relative targets are computed from this file, so a night with another summary, or with none, must read the plan
     * again and never take a quiet night's shortcut on what an earlier summary gave.
     */
    static String identity(CommandLine line) {
        if (!line.hasOption("previous")) {
            return "";
        }
        Path previous = Path.of(line.getOptionValue("previous"));
        // a FIFO would be waited on for ever: what is not a file is named by the plan's reading
        String sha = Files.isRegularFile(previous)
                ? it.peg.merge.PreviousSummaryDigest.of(previous, Path.of(line.getOptionValue("work"))) : "";
        return "+precedente:" + (sha.isEmpty() ? "?" : sha.substring(0, 16));
    }
}
